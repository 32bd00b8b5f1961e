using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Testing;
using Microsoft.Playwright;

namespace Chronicle.Web.Tests;

/// <summary>
/// The UI in Debian's chromium, headless: search, read a document with its highlights, follow an entity, paste an
/// article, and a hostile article that must stay text. Screenshots go to <c>screenshots/</c> in the test output.
/// </summary>
[Collection(WebServerGroup.Name)]
public sealed class BrowserTests(WebServerFixture server, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<IBrowserContext> _contexts = [];
    private bool _dialogOpened;

    private static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Search_then_open_a_document_with_highlights_then_its_entity_page()
    {
        var page = await OpenAsync("/");
        await page.FillAsync("input[name=q]", "checkpoint");
        await page.ClickAsync("form#search button[type=submit]");
        await page.WaitForSelectorAsync(".hit a.doc-link");
        Assert.True(await page.Locator("#facets .facet").CountAsync() > 0, "facets are shown");
        await ShootAsync(page, "search");

        // A facet narrows the search and shows as a removable filter.
        await page.Locator("#facets [data-facet=language] a").First.ClickAsync();
        await page.WaitForSelectorAsync("#filters .chip.filter");
        await page.WaitForSelectorAsync(".hit a.doc-link");
        Assert.Contains("language", await page.InnerTextAsync("#filters"), StringComparison.Ordinal);

        await page.Locator(".hit a.doc-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#doc-text .ent");
        var id = long.Parse(new Uri(page.Url).Query.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        var stored = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/documents/{id}")).RootElement.GetProperty("document");
        await AssertHighlightedAsync(page, stored);

        // Clicking a highlight shows its evidence card; a quote also lights up its speaker.
        var quote = page.Locator("#doc-text .quote");
        if (await quote.CountAsync() > 0)
        {
            await quote.First.ClickAsync();
            await page.WaitForSelectorAsync("#detail .card");
            Assert.Contains("Speaker", await page.InnerTextAsync("#detail"), StringComparison.Ordinal);
        }
        else
        {
            await page.Locator("#doc-text .ent").First.ClickAsync();
            await page.WaitForSelectorAsync("#detail .card");
        }

        await ShootAsync(page, "document");
        var entityName = await page.Locator("#entities a.entity-link").First.GetAttributeAsync("href");
        Assert.NotNull(entityName);
        await page.Locator("#entities a.entity-link").First.ClickAsync();
        await page.WaitForSelectorAsync("#timeline");
        await page.WaitForSelectorAsync("#documents table");
        Assert.True(await page.Locator("#documents tbody tr").CountAsync() > 0, "the entity's documents are listed");
        Assert.True(await page.Locator("#network").CountAsync() == 1);
        await ShootAsync(page, "entity");
        AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task A_pasted_article_is_analysed_and_highlighted()
    {
        var page = await OpenAsync("/analyze.html");
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Examples, "wire-border-clashes.txt"));
        await page.FillAsync("textarea[name=text]", text);
        await page.ClickAsync("form#analyze button[type=submit]");
        await page.WaitForSelectorAsync("#doc-text .ent", new() { Timeout = 30_000 });
        using var response = await server.Client.PostAsJsonAsync("/api/analyze", new { text });
        await AssertHighlightedAsync(page, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        await ShootAsync(page, "analyze");
        AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task A_hostile_stored_article_shows_its_markup_as_text_and_runs_nothing()
    {
        using var search = await server.Client.GetAsync("/api/search?q=" + WebServerFixture.HostileWord);
        var hit = JsonDocument.Parse(await search.Content.ReadAsStringAsync()).RootElement.GetProperty("hits")[0];
        var id = hit.GetProperty("document").GetProperty("id").GetInt64();
        var stored = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/documents/{id}")).RootElement.GetProperty("document");

        var page = await OpenAsync($"/document.html?id={id}");
        await page.WaitForSelectorAsync("#doc-text");
        await AssertInertAsync(page, stored.GetProperty("text").GetString()!, stored.GetProperty("title").GetString());
        await ShootAsync(page, "hostile-document");

        var search2 = await OpenAsync("/?q=" + WebServerFixture.HostileWord);
        await search2.WaitForSelectorAsync(".hit");
        Assert.Equal(0, await search2.Locator("#results img, #results script, #results b").CountAsync());
        Assert.True(await search2.EvaluateAsync<bool>("() => window.__xss === undefined"));
    }

    [SkippableFact]
    public async Task A_hostile_pasted_article_shows_its_markup_as_text_and_runs_nothing()
    {
        var page = await OpenAsync("/analyze.html");
        await page.FillAsync("textarea[name=text]", WebServerFixture.HostileText);
        await page.ClickAsync("form#analyze button[type=submit]");
        await page.WaitForSelectorAsync("#doc-text", new() { Timeout = 30_000 });
        using var response = await server.Client.PostAsJsonAsync("/api/analyze", new { text = WebServerFixture.HostileText });
        var analysed = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        await AssertInertAsync(page, analysed.GetProperty("text").GetString()!, analysed.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task The_map_and_story_pages_render_offline()
    {
        var page = await OpenAsync("/map.html");
        await page.WaitForSelectorAsync("svg.world path.country");

        // Real outlines: one path per Natural Earth country, each a shape with an area, not a dot.
        Assert.True(await page.Locator("svg.world path.country").CountAsync() > 150);
        var france = await page.Locator("svg.world path.country[data-name='France']").BoundingBoxAsync();
        Assert.NotNull(france);
        Assert.True(france.Width > 5 && france.Height > 5, "France is drawn as an outline");

        // A country holding geocoded events lists their documents when clicked.
        var withDocuments = page.Locator("svg.world path.country.has-docs");
        Assert.True(await withDocuments.CountAsync() > 0, "the corpus has events placed inside some country");
        var name = await withDocuments.First.GetAttributeAsync("data-name");
        // Dispatched on the outline itself: a point in its box may be sea or an event disc drawn above it.
        await withDocuments.First.DispatchEventAsync("click");
        await page.WaitForSelectorAsync("#place .country-documents li a");
        Assert.Equal(name, await page.InnerTextAsync("#place h2"));
        Assert.Contains("document.html?id=", await page.Locator("#place .country-documents li a").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        await ShootAsync(page, "map");
        var stories = await OpenAsync("/stories.html");
        await stories.WaitForSelectorAsync("#stories > *");
        if (await stories.Locator(".story a").CountAsync() > 0)
        {
            await stories.Locator(".story a").First.ClickAsync();
            await stories.WaitForSelectorAsync("#reports .report");
            Assert.True(await stories.Locator("#reports .report").CountAsync() >= 2, "reports side by side");
            Assert.DoesNotContain("entity.html", await stories.InnerTextAsync("#reports"), StringComparison.Ordinal);
            await ShootAsync(stories, "story");
        }

        var timeline = await OpenAsync("/entity.html?name=Kunduz");
        await timeline.WaitForSelectorAsync("svg.timeline .bar");
        await ShootAsync(timeline, "entity-timeline");
        var entities = await OpenAsync("/entity.html");
        await entities.WaitForSelectorAsync("table.grid tbody tr");
        AssertNoConsoleErrors();
    }

    /// <summary>Every layer the analysis found is marked in the text: one highlight per entity type, quote, count and event at least.</summary>
    private static async Task AssertHighlightedAsync(IPage page, JsonElement document)
    {
        // The whole text, unchanged, in order: highlighting only wraps pieces of it.
        Assert.Equal(document.GetProperty("text").GetString(), await page.Locator("#doc-text").TextContentAsync());
        foreach (var type in document.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Distinct())
        {
            Assert.True(await page.Locator($"#doc-text .ent-{type}").CountAsync() > 0, $"{type} entities are highlighted");
        }

        foreach (var (layer, css) in new[] { ("quotes", "quote"), ("counts", "count"), ("events", "event") })
        {
            var expected = document.GetProperty(layer).GetArrayLength() > 0;
            Assert.True(expected == await page.Locator($"#doc-text .{css}").CountAsync() > 0, $"{layer} highlighted exactly when present");
            Assert.Contains($"{char.ToUpperInvariant(layer[0])}{layer[1..]} ({document.GetProperty(layer).GetArrayLength()})", await page.InnerTextAsync($"#{layer}"), StringComparison.Ordinal);
        }
    }

    private async Task AssertInertAsync(IPage page, string text, string? title)
    {
        var shown = await page.InnerTextAsync("#doc-text");
        // Whatever markup survived into the analysed text is on screen as characters, not elements.
        foreach (var marker in new[] { "<script>", "onerror=", "onmouseover=", "<b " })
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                Assert.Contains(marker, shown, StringComparison.Ordinal);
            }
        }

        Assert.Contains("<script>", text + title, StringComparison.Ordinal);
        if (title is not null)
        {
            Assert.Equal(title, await page.InnerTextAsync("h1.doc-title"));
        }

        Assert.Equal(0, await page.Locator("main script, main img, #doc-text b").CountAsync());
        await page.Locator("#doc-text span").First.HoverAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "no injected script ran");
        Assert.False(_dialogOpened, "no dialog opened");
    }

    private async Task<IPage> OpenAsync(string path)
    {
        Skip.If(chromium.Browser is null, $"{ChromiumFixture.ExecutablePath} is not installed (apt-get install -y chromium); browser tests need it.");
        var context = await chromium.Browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            _dialogOpened = true;
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        return page;
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    /// <summary>Content-Security-Policy violations and script failures surface as console errors.</summary>
    private void AssertNoConsoleErrors() => Assert.True(_consoleErrors.Count == 0, string.Join("\n", _consoleErrors));
}
