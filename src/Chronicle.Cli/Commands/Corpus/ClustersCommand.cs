using System.CommandLine;
using System.Globalization;
using Chronicle.Corpus.Queries;

namespace Chronicle.Cli.Commands.Corpus;

/// <summary><c>chronicle clusters [--json]</c>: stories with more than one report, their reports and shared entities.</summary>
public static class ClustersCommand
{
    public static Command Create(CliIo io)
    {
        var limit = new Option<int>("--limit") { Description = "Most clusters to list.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "One JSON object per cluster." };
        var store = new StoreOption();
        var command = new Command("clusters", "List story clusters: reports of the same story, reposts flagged.") { limit, json };
        store.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var corpus = store.Open(result, io, mustExist: true);
            if (corpus is null)
            {
                return ExitCodes.Usage;
            }

            var clusters = await new CorpusQueries(corpus).ClustersAsync(Math.Max(1, result.GetValue(limit)), cancellationToken);
            if (clusters.Count == 0 && !result.GetValue(json))
            {
                await io.Out.WriteLineAsync("No story has more than one report.");
            }

            foreach (var cluster in clusters)
            {
                if (result.GetValue(json))
                {
                    await io.Out.WriteLineAsync(CorpusJson.Line(cluster));
                    continue;
                }

                await io.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Cluster {cluster.Id}: {cluster.Members.Count} reports, {cluster.FirstDate ?? "?"} to {cluster.LastDate ?? "?"}, {cluster.EventRecords} events — {cluster.Label}"));
                if (cluster.TopEntities.Count > 0)
                {
                    await io.Out.WriteLineAsync("  entities: " + string.Join(", ", cluster.TopEntities));
                }

                foreach (var member in cluster.Members)
                {
                    var flag = Relation(member);
                    await io.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  [{member.DocumentId}] {member.Site ?? "?"}: {member.Title ?? member.Url ?? "(untitled)"}{flag}"));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>How a report relates to the others: canonical of a repost group, or which kind of repost of which report.</summary>
    private static string Relation(Chronicle.Storage.ClusterMember member)
    {
        if (member.DuplicateGroup is not { } group)
        {
            return string.Empty;
        }

        if (group == member.DocumentId)
        {
            return " (canonical: the fullest of its reposts)";
        }

        var kind = member.Relation ?? "copy";
        return string.Create(CultureInfo.InvariantCulture, $" ({kind} of [{group}]{(member.Syndicated ? ", on another site" : string.Empty)})");
    }
}
