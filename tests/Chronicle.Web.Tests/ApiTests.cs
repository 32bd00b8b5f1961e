using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chronicle.Testing;

namespace Chronicle.Web.Tests;

[Collection(WebServerGroup.Name)]
public sealed class ApiTests(WebServerFixture server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Health_reports_ok_with_every_ingested_document()
    {
        var health = await GetJsonAsync("/api/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("store").GetString());
        Assert.Equal(Directory.GetFiles(RepoPaths.Examples).Length + WebServerFixture.ExtraDocuments, health.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task Search_finds_a_word_of_one_example_and_counts_facets()
    {
        var result = await GetJsonAsync("/api/search?q=Kunduz");
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.GetProperty("snippet").GetString()!.Contains("Kunduz", StringComparison.Ordinal));
        Assert.Equal(hits.Count, result.GetProperty("total").GetInt32());
        var facets = result.GetProperty("facets");
        Assert.NotEmpty(facets.GetProperty("language").EnumerateArray());
        Assert.NotEmpty(facets.GetProperty("entity").EnumerateArray());
    }

    [Fact]
    public async Task Facet_filters_narrow_the_results()
    {
        var all = await GetJsonAsync("/api/search");
        Assert.True(all.GetProperty("total").GetInt32() >= 2);
        var language = all.GetProperty("facets").GetProperty("language")[0];
        var byLanguage = await GetJsonAsync("/api/search?language=" + language.GetProperty("value").GetString());
        Assert.Equal(language.GetProperty("count").GetInt32(), byLanguage.GetProperty("total").GetInt32());
        var none = await GetJsonAsync("/api/search?theme=NO_SUCH_THEME");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var entity = all.GetProperty("facets").GetProperty("entity")[0];
        var byEntity = await GetJsonAsync("/api/search?entity=" + Uri.EscapeDataString(entity.GetProperty("value").GetString()!));
        Assert.InRange(byEntity.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_document_comes_back_as_the_stored_contract_with_spans_inside_its_text()
    {
        var id = await FindDocumentAsync("Kunduz");
        var body = await GetJsonAsync($"/api/documents/{id}");
        Assert.Equal(id, body.GetProperty("summary").GetProperty("id").GetInt64());
        var document = body.GetProperty("document");
        var text = document.GetProperty("text").GetString()!;
        Assert.Contains("Kunduz", text, StringComparison.Ordinal);
        var entities = document.GetProperty("entities").EnumerateArray().ToList();
        Assert.NotEmpty(entities);
        foreach (var mention in entities.SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
        {
            Assert.InRange(mention[0].GetInt32(), 0, mention[1].GetInt32() - 1);
            Assert.InRange(mention[1].GetInt32(), 1, text.Length);
        }
    }

    [Fact]
    public async Task Errors_are_problem_details()
    {
        await AssertProblemAsync(await Client.GetAsync("/api/documents/987654321"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Client.GetAsync("/api/search?from=yesterday"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Client.GetAsync("/api/entities/timeline"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Client.GetAsync("/api/clusters/987654321"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await Client.GetAsync("/no-such-page.html"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_entity_has_a_timeline_of_the_documents_naming_it()
    {
        var top = await GetJsonAsync("/api/entities?limit=5");
        var name = top[0].GetProperty("name").GetString()!;
        var timeline = await GetJsonAsync("/api/entities/timeline?name=" + Uri.EscapeDataString(name));
        var entries = timeline.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(top[0].GetProperty("documents").GetInt64(), entries.Select(e => e.GetProperty("documentId").GetInt64()).Distinct().Count());
        Assert.Equal(JsonValueKind.Array, timeline.GetProperty("events").ValueKind);
        var quotes = await GetJsonAsync("/api/entities/quotes?name=" + Uri.EscapeDataString(name));
        Assert.Equal(JsonValueKind.Array, quotes.ValueKind);
    }

    [SkippableFact]
    public async Task Quotes_of_a_speaker_are_found_by_name()
    {
        var id = await FindDocumentAsync("Kunduz");
        var document = (await GetJsonAsync($"/api/documents/{id}")).GetProperty("document");
        var speaker = document.GetProperty("quotes").EnumerateArray()
            .Select(q => q.GetProperty("speakerName").GetString())
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        Skip.If(speaker is null, "The analyser attributed no quote in the wire example.");
        var quotes = await GetJsonAsync("/api/entities/quotes?name=" + Uri.EscapeDataString(speaker!));
        Assert.Contains(quotes.EnumerateArray(), q => q.GetProperty("documentId").GetInt64() == id);
    }

    [Fact]
    public async Task Dated_reports_put_an_entity_on_a_timeline_in_date_order()
    {
        var timeline = await GetJsonAsync("/api/entities/timeline?name=Kunduz");
        var dates = timeline.GetProperty("timeline").EnumerateArray()
            .Select(e => e.GetProperty("date").GetString()).Where(d => d is not null).ToList();
        Assert.True(dates.Count >= 2, "both dated reports are on the timeline");
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var byDate = await GetJsonAsync("/api/search?from=2024-03-06&to=2024-03-06");
        Assert.Equal(1, byDate.GetProperty("total").GetInt32());
        var months = (await GetJsonAsync("/api/search")).GetProperty("facets").GetProperty("date");
        Assert.Contains(months.EnumerateArray(), m => m.GetProperty("value").GetString() == "2024-03" && m.GetProperty("count").GetInt32() == 2);
        var sites = (await GetJsonAsync("/api/search?site=valley-post.example")).GetProperty("hits");
        Assert.Equal("valley-post.example", Assert.Single(sites.EnumerateArray()).GetProperty("document").GetProperty("site").GetString());
    }

    [SkippableFact]
    public async Task A_story_cluster_shows_its_reports_side_by_side()
    {
        var clusters = await GetJsonAsync("/api/clusters");
        Skip.If(clusters.GetArrayLength() == 0, "The consolidation grouped no reports into a story.");
        var id = clusters[0].GetProperty("id").GetInt64();
        var story = await GetJsonAsync($"/api/clusters/{id}");
        var members = story.GetProperty("cluster").GetProperty("members").GetArrayLength();
        Assert.True(members >= 2);
        Assert.Equal(Math.Min(members, 12), story.GetProperty("reports").GetArrayLength());
        Assert.All(story.GetProperty("reports").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("lead").GetString())));
    }

    [Fact]
    public async Task Network_clusters_map_and_stats_answer_json()
    {
        Assert.Equal(JsonValueKind.Array, (await GetJsonAsync("/api/network")).ValueKind);
        Assert.Equal(JsonValueKind.Array, (await GetJsonAsync("/api/clusters")).ValueKind);
        var points = await GetJsonAsync("/api/map");
        Assert.Equal(JsonValueKind.Array, points.ValueKind);
        foreach (var point in points.EnumerateArray())
        {
            Assert.InRange(point.GetProperty("lat").GetDouble(), -90, 90);
            Assert.InRange(point.GetProperty("lon").GetDouble(), -180, 180);
        }

        Assert.True((await GetJsonAsync("/api/stats")).GetProperty("documents").GetInt64() > 0);
    }

    [Fact]
    public async Task A_pasted_article_is_analysed_into_the_json_contract()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Examples, "wire-border-clashes.txt"));
        using var response = await Client.PostAsJsonAsync("/api/analyze", new { text, format = "text" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        foreach (var field in new[] { "source", "text", "sentences", "entities", "quotes", "counts", "events", "tone", "themes", "rhetoric", "diagnostics" })
        {
            Assert.True(document.TryGetProperty(field, out _), field);
        }

        Assert.Contains("Kunduz", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(document.GetProperty("entities").EnumerateArray());
    }

    [Fact]
    public async Task Plain_text_bodies_are_analysed_too()
    {
        using var content = new StringContent("Rebels attacked the town of Idlib on Monday, killing 7 civilians, the Syrian Observatory said.", Encoding.UTF8, "text/plain");
        using var response = await Client.PostAsync("/api/analyze", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Idlib", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analyse_endpoint_rejects_empty_oversized_and_unknown_bodies()
    {
        await AssertProblemAsync(await Client.PostAsJsonAsync("/api/analyze", new { text = "  " }), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await Client.PostAsJsonAsync("/api/analyze", new { text = new string('a', 70 * 1024) }), HttpStatusCode.RequestEntityTooLarge);
        using var chunked = new StreamContent(new MemoryStream(new byte[70 * 1024]));
        chunked.Headers.ContentType = new("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await AssertProblemAsync(await Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
        using var binary = new ByteArrayContent([1, 2, 3]);
        binary.Headers.ContentType = new("application/octet-stream");
        await AssertProblemAsync(await Client.PostAsync("/api/analyze", binary), HttpStatusCode.UnsupportedMediaType);
        using var broken = new StringContent("{\"text\":", Encoding.UTF8, "application/json");
        await AssertProblemAsync(await Client.PostAsync("/api/analyze", broken), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_analyse_endpoint_is_rate_limited_per_client()
    {
        await using var app = ChronicleWebApp.Build(server.Options() with { AnalyzePermitsPerMinute = 2 });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/analyze", new { text = "The minister met the envoy in Geneva." });
            statuses.Add(response.StatusCode);
            if (i == 2)
            {
                await AssertProblemAsync(response, HttpStatusCode.TooManyRequests, dispose: false);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy()
    {
        using var response = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var api = await Client.GetAsync("/api/health");
        Assert.True(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task The_page_layout_itself_is_not_served()
    {
        await AssertProblemAsync(await Client.GetAsync("/_layout.html"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("document.html")]
    [InlineData("entity.html")]
    [InlineData("map.html")]
    [InlineData("stories.html")]
    [InlineData("story.html")]
    [InlineData("analyze.html")]
    public async Task Every_page_is_served_locally_with_no_inline_script_or_handler(string page)
    {
        var html = await Client.GetStringAsync("/" + page);
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Matches(@"<title>Chronicle · \w+</title>", html);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
        Assert.DoesNotMatch(@"(src|href)\s*=\s*""(https?:)?//", html);
        foreach (System.Text.RegularExpressions.Match script in System.Text.RegularExpressions.Regex.Matches(html, @"src=""([^""]+)"""))
        {
            var js = await Client.GetStringAsync("/" + script.Groups[1].Value);
            Assert.DoesNotContain("innerHTML", js, StringComparison.Ordinal);
            Assert.DoesNotContain("insertAdjacentHTML", js, StringComparison.Ordinal);
        }
    }

    private async Task<long> FindDocumentAsync(string word)
    {
        var result = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(word));
        return result.GetProperty("hits")[0].GetProperty("document").GetProperty("id").GetInt64();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, bool dispose = true)
    {
        try
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        }
        finally
        {
            if (dispose)
            {
                response.Dispose();
            }
        }
    }
}
