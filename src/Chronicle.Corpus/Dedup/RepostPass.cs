using Chronicle.Storage;

namespace Chronicle.Corpus.Dedup;

/// <summary>
/// One streamed pass over the stored texts: each is sketched (in parallel, a batch at a time), checked against the
/// repost index and added to it. Only fingerprints are kept for every document; the word counts are kept for one
/// document per repost group, the fullest, which speaks for the group in story clustering.
/// </summary>
internal sealed class RepostPass
{
    private const int BatchSize = 256;

    private readonly IReadOnlyList<DocumentFeatures> _documents;
    private readonly Dictionary<long, int> _position;
    private readonly UnionFind _groups;
    private readonly RepostIndex _index;
    private readonly List<int> _added = [];

    private RepostPass(IReadOnlyList<DocumentFeatures> documents, UnionFind groups, DedupOptions options)
    {
        _documents = documents;
        _groups = groups;
        _index = new RepostIndex(options);
        _position = new Dictionary<long, int>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            _position[documents[i].Id] = i;
        }

        Fingerprints = new uint[documents.Count][];
    }

    /// <summary>Each document's winnowed fingerprints (empty when its text was not read).</summary>
    public uint[][] Fingerprints { get; }

    /// <summary>For each repost group (by union-find root), the fullest member and its sketch.</summary>
    public Dictionary<int, (int Document, TextSketch Sketch)> Representatives { get; } = [];

    /// <summary>Unions reposts in <paramref name="groups"/> (which may already hold whole-text near-duplicates).</summary>
    public static async Task<RepostPass> RunAsync(ICorpusStore store, IReadOnlyList<DocumentFeatures> documents, UnionFind groups, DedupOptions options, CancellationToken cancellationToken)
    {
        var pass = new RepostPass(documents, groups, options);
        var batch = new List<StoredText>(BatchSize);
        await foreach (var text in store.DocumentTextsAsync(cancellationToken))
        {
            batch.Add(text);
            if (batch.Count == BatchSize)
            {
                pass.Process(batch);
                batch.Clear();
            }
        }

        pass.Process(batch);
        for (var i = 0; i < documents.Count; i++)
        {
            pass.Fingerprints[i] ??= [];
        }

        return pass;
    }

    private void Process(List<StoredText> batch)
    {
        var sketches = new TextSketch[batch.Count];
        Parallel.For(0, batch.Count, k => sketches[k] = TextSketch.Of(batch[k].Text));
        for (var k = 0; k < batch.Count; k++)
        {
            if (!_position.TryGetValue(batch[k].Id, out var i))
            {
                continue; // stored after the features were read
            }

            var sketch = sketches[k];
            Fingerprints[i] = sketch.Fingerprints;
            var found = _index.Add(sketch.Fingerprints);
            _added.Add(i);
            var contenders = new List<(int Document, TextSketch Sketch)> { (i, sketch) };
            if (Representatives.Remove(_groups.Find(i), out var own))
            {
                contenders.Add(own);
            }

            foreach (var f in found)
            {
                if (Representatives.Remove(_groups.Find(_added[f]), out var other))
                {
                    contenders.Add(other);
                }

                _groups.Union(i, _added[f]);
            }

            Representatives[_groups.Find(i)] = contenders
                .OrderByDescending(c => c.Sketch.Fingerprints.Length)
                .ThenBy(c => c.Document)
                .First();
        }
    }
}
