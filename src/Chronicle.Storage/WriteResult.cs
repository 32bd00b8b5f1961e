namespace Chronicle.Storage;

/// <summary>What one batch write changed.</summary>
/// <param name="Added">New documents stored.</param>
/// <param name="Unchanged">Documents whose normalised text was already stored (second runs, exact reposts).</param>
/// <param name="Errors">Error records stored.</param>
public readonly record struct WriteResult(int Added, int Unchanged, int Errors)
{
    public static WriteResult operator +(WriteResult left, WriteResult right) =>
        new(left.Added + right.Added, left.Unchanged + right.Unchanged, left.Errors + right.Errors);

    public static WriteResult Add(WriteResult left, WriteResult right) => left + right;
}
