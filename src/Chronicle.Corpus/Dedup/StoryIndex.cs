namespace Chronicle.Corpus.Dedup;

/// <summary>
/// Story clusters built as reports arrive. Each report (a repost group counts as one report) is a TF-IDF vector
/// over its content words and entities; it joins the story whose reports it resembles most on average (the dot
/// product with the story's summed vectors over its size), when that mean similarity reaches
/// <see cref="DedupOptions.StoryThreshold"/> and its date keeps the story's dated reports within
/// <see cref="DedupOptions.WindowDays"/>. A report or story without a date can still join, with its similarity
/// discounted by <see cref="DedupOptions.UndatedWeight"/>. Candidates come from an inverted index over each report's
/// strongest terms (looked up with more of the arriving report's heaviest terms), whose postings keep the most recent
/// reports only, so an arrival costs a bounded amount whatever the size of the corpus. <see cref="Refine"/> then moves reports whose own story fits them less than
/// another (order effects of the single pass).
/// </summary>
public sealed class StoryIndex
{
    private readonly DedupOptions _options;
    private readonly List<StoryUnit> _units = [];
    private readonly List<int> _storyOf = [];
    private readonly List<Story> _stories = [];
    private readonly Dictionary<uint, List<int>> _postings = [];
    private readonly HashSet<int> _candidates = [];

    public StoryIndex(DedupOptions? options = null) => _options = options ?? DedupOptions.Default;

    public int Count => _units.Count;

    /// <summary>The story (an index, stable until <see cref="Refine"/>) of report <paramref name="unit"/>.</summary>
    public int StoryOf(int unit) => _storyOf[unit];

    /// <summary>Adds a report and returns its story.</summary>
    public int Add(StoryUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var index = _units.Count;
        _units.Add(unit);
        var (best, _) = BestStory(index, exclude: -1);
        if (best < 0)
        {
            best = _stories.Count;
            _stories.Add(new Story());
        }

        _storyOf.Add(best);
        _stories[best].Add(index, unit);
        Index(index, unit);
        return best;
    }

    /// <summary>
    /// Moves each report to the story that fits it best, or out on its own when none reaches the threshold;
    /// returns how many moved.
    /// </summary>
    public int Refine(int rounds = 2)
    {
        var moved = 0;
        for (var round = 0; round < rounds; round++)
        {
            var movedThisRound = 0;
            for (var u = 0; u < _units.Count; u++)
            {
                var own = _storyOf[u];
                var ownScore = _stories[own].Members.Count > 1 ? Score(_units[u], _stories[own], self: true) : double.NegativeInfinity;
                var (best, bestScore) = BestStory(u, exclude: own);
                int target;
                if (best >= 0 && bestScore > ownScore)
                {
                    target = best;
                }
                else if (ownScore < _options.StoryThreshold && _stories[own].Members.Count > 1)
                {
                    target = _stories.Count;
                    _stories.Add(new Story());
                }
                else
                {
                    continue;
                }

                _stories[own].Remove(u, _units[u], _units);
                _stories[target].Add(u, _units[u]);
                _storyOf[u] = target;
                movedThisRound++;
            }

            moved += movedThisRound;
            if (movedThisRound == 0)
            {
                break;
            }
        }

        return moved;
    }

    private (int Story, double Score) BestStory(int unit, int exclude)
    {
        _candidates.Clear();
        var u = _units[unit];
        foreach (var term in u.Strongest(_options.QueryTerms))
        {
            if (_postings.TryGetValue(term, out var list))
            {
                foreach (var other in list)
                {
                    if (other != unit && _storyOf[other] != exclude)
                    {
                        _candidates.Add(_storyOf[other]);
                    }
                }
            }
        }

        var best = -1;
        var bestScore = _options.StoryThreshold;
        foreach (var story in _candidates)
        {
            var score = Score(u, _stories[story], self: false);
            if (score >= bestScore && (best < 0 || score > bestScore || story < best))
            {
                best = story;
                bestScore = score;
            }
        }

        return (best, best < 0 ? double.NegativeInfinity : bestScore);
    }

    /// <summary>Mean cosine of the report with the story's reports (itself left out when it is one of them), discounted without dates.</summary>
    private double Score(StoryUnit unit, Story story, bool self)
    {
        var size = story.Members.Count - (self ? 1 : 0);
        if (size <= 0)
        {
            return double.NegativeInfinity;
        }

        var dot = 0.0;
        for (var i = 0; i < unit.Terms.Length; i++)
        {
            if (story.Sum.TryGetValue(unit.Terms[i], out var w))
            {
                dot += unit.Weights[i] * w;
            }
        }

        if (self)
        {
            dot -= unit.Norm2;
        }

        var mean = dot / size;
        if (unit.FirstDay is not { } first || unit.LastDay is not { } last || story.FirstDay is not { } storyFirst || story.LastDay is not { } storyLast)
        {
            return mean * _options.UndatedWeight;
        }

        var span = Math.Max(last, storyLast) - Math.Min(first, storyFirst);
        return span <= _options.WindowDays ? mean : double.NegativeInfinity;
    }

    private void Index(int index, StoryUnit unit)
    {
        foreach (var term in unit.Strongest(_options.RetrievalTerms))
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                _postings[term] = list = [];
            }

            if (list.Count >= _options.MaxPostingDocuments)
            {
                list.RemoveAt(0);
            }

            list.Add(index);
        }
    }

    private sealed class Story
    {
        public List<int> Members { get; } = [];

        public Dictionary<uint, double> Sum { get; } = [];

        public int? FirstDay { get; private set; }

        public int? LastDay { get; private set; }

        public void Add(int index, StoryUnit unit)
        {
            Members.Add(index);
            for (var i = 0; i < unit.Terms.Length; i++)
            {
                Sum[unit.Terms[i]] = Sum.GetValueOrDefault(unit.Terms[i]) + unit.Weights[i];
            }

            Widen(unit);
        }

        public void Remove(int index, StoryUnit unit, List<StoryUnit> units)
        {
            Members.Remove(index);
            for (var i = 0; i < unit.Terms.Length; i++)
            {
                var left = Sum.GetValueOrDefault(unit.Terms[i]) - unit.Weights[i];
                if (Math.Abs(left) < 1e-9)
                {
                    Sum.Remove(unit.Terms[i]);
                }
                else
                {
                    Sum[unit.Terms[i]] = left;
                }
            }

            FirstDay = LastDay = null;
            foreach (var m in Members)
            {
                Widen(units[m]);
            }
        }

        private void Widen(StoryUnit unit)
        {
            if (unit.FirstDay is { } first)
            {
                FirstDay = FirstDay is { } f ? Math.Min(f, first) : first;
            }

            if (unit.LastDay is { } last)
            {
                LastDay = LastDay is { } l ? Math.Max(l, last) : last;
            }
        }
    }
}
