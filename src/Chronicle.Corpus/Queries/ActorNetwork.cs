using Chronicle.Storage;

namespace Chronicle.Corpus.Queries;

/// <summary>An actor network: nodes are actors (CAMEO code or name), edges aggregate the events between them.</summary>
public sealed record ActorNetwork(IReadOnlyList<ActorNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    public static ActorNetwork From(IReadOnlyList<NetworkEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var nodes = new Dictionary<string, ActorNode>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            Add(nodes, edge.Source, edge.SourceName, edge.Events);
            Add(nodes, edge.Target, edge.TargetName, edge.Events);
        }

        return new ActorNetwork(nodes.Values.OrderByDescending(n => n.Events).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(), edges);
    }

    private static void Add(Dictionary<string, ActorNode> nodes, string id, string label, long events) =>
        nodes[id] = nodes.TryGetValue(id, out var node) ? node with { Events = node.Events + events } : new ActorNode(id, label, events);
}
