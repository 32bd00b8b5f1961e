namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Finds reposts as documents arrive: a document repeats an earlier one when they share a passage (winnowed
/// shingle fingerprints) long enough not to be a shared quote and large enough to be a real part of the shorter
/// text. Containment is measured against the shorter text, so a teaser, an excerpt or a wire story wrapped in
/// other chrome is found as well as a whole copy. Candidates come from an inverted index over one fingerprint in
/// two (chosen by value, so two texts sample the same ones); each posting keeps a bounded number of documents,
/// so boilerplate shared by thousands of pages costs a bounded amount.
/// </summary>
public sealed class RepostIndex
{
    /// <summary>Fingerprints indexed for retrieval: those whose low bit is zero (one in two).</summary>
    private const uint SampleMask = 1;

    /// <summary>Candidates checked per document, the ones sharing the most sampled fingerprints first.</summary>
    private const int MaxCandidates = 16;

    private readonly DedupOptions _options;
    private readonly List<uint[]> _fingerprints = [];
    private readonly Dictionary<uint, int> _single = [];
    private readonly Dictionary<uint, List<int>> _many = [];
    private readonly List<int> _touched = [];
    private int[] _hits = new int[256];

    public RepostIndex(DedupOptions? options = null) => _options = options ?? DedupOptions.Default;

    /// <summary>Documents added so far (their indexes are 0…Count-1 in the order added).</summary>
    public int Count => _fingerprints.Count;

    public uint[] FingerprintsOf(int document) => _fingerprints[document];

    /// <summary>
    /// Adds a document's fingerprints and returns the earlier documents it shares a passage with (best first), which
    /// is empty for an original text.
    /// </summary>
    public List<int> Add(uint[] fingerprints)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        var document = _fingerprints.Count;
        if (_hits.Length <= document)
        {
            Array.Resize(ref _hits, _hits.Length * 2);
        }

        foreach (var f in fingerprints)
        {
            if ((f & SampleMask) != 0)
            {
                continue;
            }

            if (_many.TryGetValue(f, out var list))
            {
                foreach (var other in list)
                {
                    Hit(other);
                }

                if (list.Count < _options.MaxPostingDocuments)
                {
                    list.Add(document);
                }
            }
            else if (_single.Remove(f, out var first))
            {
                Hit(first);
                _many[f] = [first, document];
            }
            else
            {
                _single[f] = document;
            }
        }

        _fingerprints.Add(fingerprints);
        var found = new List<(int Document, double Containment)>();

        // The documents sharing the most sampled fingerprints first, then the earliest.
        _touched.Sort((a, b) => _hits[a] != _hits[b] ? _hits[b].CompareTo(_hits[a]) : a.CompareTo(b));
        foreach (var other in _touched.Take(MaxCandidates))
        {
            var containment = Containment(fingerprints, _fingerprints[other], _options);
            if (containment > 0)
            {
                found.Add((other, containment));
            }
        }

        foreach (var other in _touched)
        {
            _hits[other] = 0;
        }

        _touched.Clear();
        return [.. found.OrderByDescending(f => f.Containment).Select(f => f.Document)];
    }

    /// <summary>Counts one more shared sampled fingerprint with an earlier document (a flat counter per document: this runs for every posting entry).</summary>
    private void Hit(int other)
    {
        if (_hits[other]++ == 0)
        {
            _touched.Add(other);
        }
    }

    /// <summary>
    /// The share of the shorter text's fingerprints found in the other, when the shared passage is long enough to
    /// be a repost (else 0).
    /// </summary>
    public static double Containment(uint[] left, uint[] right, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(options);
        var smaller = Math.Min(left.Length, right.Length);
        if (smaller == 0)
        {
            return 0;
        }

        var shared = TextSketch.Shared(left, right);
        var containment = (double)shared / smaller;
        return shared >= options.MinSharedFingerprints && containment >= options.MinPassageContainment ? containment : 0;
    }
}
