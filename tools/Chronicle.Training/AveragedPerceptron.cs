namespace Chronicle.Training;

/// <summary>Averaged perceptron weights with lazy averaging (each weight remembers when it last changed).</summary>
internal sealed class AveragedPerceptron
{
    private readonly double[] _totals;
    private readonly int[] _stamps;
    private int _time;

    public AveragedPerceptron(int bits, int classes)
    {
        Classes = classes;
        Mask = (1u << bits) - 1;
        Weights = new float[(1 << bits) * classes];
        _totals = new double[Weights.Length];
        _stamps = new int[Weights.Length];
    }

    public int Classes { get; }

    public uint Mask { get; }

    /// <summary>The current (not averaged) weights, used while training.</summary>
    public float[] Weights { get; }

    public void Tick() => _time++;

    public void Update(ReadOnlySpan<uint> features, int gold, int guess)
    {
        foreach (var feature in features)
        {
            var row = (int)(feature & Mask) * Classes;
            Change(row + gold, 1f);
            Change(row + guess, -1f);
        }
    }

    public float[] Averaged()
    {
        var averaged = new float[Weights.Length];
        for (var k = 0; k < Weights.Length; k++)
        {
            var total = _totals[k] + (double)(_time - _stamps[k]) * Weights[k];
            averaged[k] = _time == 0 ? 0 : (float)(total / _time);
        }

        return averaged;
    }

    private void Change(int k, float delta)
    {
        _totals[k] += (double)(_time - _stamps[k]) * Weights[k];
        _stamps[k] = _time;
        Weights[k] += delta;
    }
}
