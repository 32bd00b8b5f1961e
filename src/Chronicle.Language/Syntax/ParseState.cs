namespace Chronicle.Language.Syntax;

/// <summary>
/// The configuration of an arc-eager transition parser over one sentence: words 1..N, the root at 0 and a
/// "nothing" slot at N + 1 that positions without a word point to (so feature reads need no branches). Arrays are
/// reused from sentence to sentence.
/// </summary>
internal sealed class ParseState
{
    public const int Shift = 0;
    public const int Reduce = 1;
    public const int Left = 2;
    public const int Right = 3;
    public const int Actions = 4;

    /// <summary>The label value of a word without an arc yet.</summary>
    public const byte NoLabel = byte.MaxValue;

    public int N;
    public int Nil;
    public int Depth;
    public int Buffer;
    public bool RootTaken;

    public int[] Stack = [];
    public int[] Head = [];
    public byte[] Label = [];
    public int[] Left1 = [];
    public int[] Left2 = [];
    public int[] Right1 = [];
    public int[] Right2 = [];
    public byte[] LeftCount = [];
    public byte[] RightCount = [];
    public ulong[] LeftLabels = [];
    public ulong[] RightLabels = [];

    /// <summary>Per position: word (lower-case hash), tag, word and tag together, word cluster.</summary>
    public ulong[] Word = [];
    public ulong[] Tag = [];
    public ulong[] WordTag = [];
    public ulong[] Cluster = [];

    /// <summary>Per position: the hash of the word's last three letters.</summary>
    public ulong[] Suffix = [];

    /// <summary>
    /// Per position and word role (index <c>position * 4 + role</c>): whether <see cref="WordSums"/> holds the summed
    /// action weights of that word's own features in that role, which do not change while the sentence is parsed.
    /// </summary>
    public bool[] WordSummed = [];

    /// <summary>Per position and word role, the four actions' integer weight sums (index <c>(position * 4 + role) * 4</c>).</summary>
    public int[] WordSums = [];

    public int S0 => Depth > 0 ? Stack[Depth - 1] : Nil;

    public int S1 => Depth > 1 ? Stack[Depth - 2] : Nil;

    public int N0 => Buffer <= N ? Buffer : Nil;

    public bool Done => Buffer > N;

    /// <summary>Starts a sentence of <paramref name="n"/> words; the caller then fills the word facts of 1..n.</summary>
    public void Reset(int n)
    {
        Ensure(n + 2);
        N = n;
        Nil = n + 1;
        Depth = 1;
        Stack[0] = 0;
        Buffer = 1;
        RootTaken = false;
        WordSummed.AsSpan(0, (Nil + 1) * ParserFeatures.WordRoles).Clear();
        for (var i = 0; i <= Nil; i++)
        {
            Head[i] = -1;
            Label[i] = NoLabel;
            Left1[i] = Nil;
            Left2[i] = Nil;
            Right1[i] = Nil;
            Right2[i] = Nil;
            LeftCount[i] = 0;
            RightCount[i] = 0;
            LeftLabels[i] = 0;
            RightLabels[i] = 0;
        }

        Word[0] = 0x52_4F_4F_54UL;
        Tag[0] = 1001;
        WordTag[0] = 0x52_4F_4F_54_01UL;
        Cluster[0] = 0xFFFF_FFFF_FFFFUL;
        Suffix[0] = 0x52_4F_4F_54UL;
        Word[Nil] = 0x4E_49_4CUL;
        Tag[Nil] = 1002;
        WordTag[Nil] = 0x4E_49_4C_02UL;
        Cluster[Nil] = 0xFFFF_FFFF_FFFEUL;
        Suffix[Nil] = 0x4E_49_4CUL;
    }

    public bool IsValid(int action) => action switch
    {
        Shift => Buffer <= N,
        Reduce => Depth > 0 && S0 != 0 && Head[S0] >= 0,
        Left => Buffer <= N && Depth > 0 && S0 != 0 && Head[S0] < 0,
        Right => Buffer <= N && Depth > 0 && (S0 != 0 || !RootTaken),
        _ => false,
    };

    /// <summary>The dependent and head of the arc <paramref name="action"/> would add (Left, Right only).</summary>
    public (int Head, int Dependent) ArcOf(int action) => action == Left ? (Buffer, S0) : (S0, Buffer);

    /// <summary>Applies an action; for arcs, <paramref name="label"/> is the relation given to the new arc.</summary>
    public void Apply(int action, byte label)
    {
        switch (action)
        {
            case Shift:
                Stack[Depth++] = Buffer++;
                break;
            case Reduce:
                Depth--;
                break;
            case Left:
                AddArc(Buffer, Stack[--Depth], label);
                break;
            default:
                var head = S0;
                AddArc(head, Buffer, label);
                RootTaken |= head == 0;
                Stack[Depth++] = Buffer++;
                break;
        }
    }

    public void AddArc(int head, int dependent, byte label)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        var bit = label < 64 ? 1UL << label : 0;
        if (dependent < head)
        {
            if (Left1[head] == Nil || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] == Nil || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }

            LeftCount[head] = (byte)Math.Min(LeftCount[head] + 1, byte.MaxValue);
            LeftLabels[head] |= bit;
        }
        else
        {
            if (Right1[head] == Nil || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] == Nil || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }

            RightCount[head] = (byte)Math.Min(RightCount[head] + 1, byte.MaxValue);
            RightLabels[head] |= bit;
        }
    }

    private void Ensure(int size)
    {
        if (Stack.Length >= size)
        {
            return;
        }

        size = Math.Max(size, Math.Max(64, Stack.Length * 2));
        Stack = new int[size];
        Head = new int[size];
        Label = new byte[size];
        Left1 = new int[size];
        Left2 = new int[size];
        Right1 = new int[size];
        Right2 = new int[size];
        LeftCount = new byte[size];
        RightCount = new byte[size];
        LeftLabels = new ulong[size];
        RightLabels = new ulong[size];
        Word = new ulong[size];
        Tag = new ulong[size];
        WordTag = new ulong[size];
        Cluster = new ulong[size];
        Suffix = new ulong[size];
        WordSummed = new bool[size * ParserFeatures.WordRoles];
        WordSums = new int[size * ParserFeatures.WordRoles * Actions];
    }
}
