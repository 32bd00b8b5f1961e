namespace Chronicle.Analysis;

/// <summary>How an input's bytes are read.</summary>
public enum InputKind
{
    Text,
    Html,
}
