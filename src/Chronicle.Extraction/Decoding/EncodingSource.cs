namespace Chronicle.Extraction.Decoding;

public enum EncodingSource
{
    ByteOrderMark,
    Declared,
    Guessed,
    Default,
}
