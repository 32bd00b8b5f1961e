using System.Text;

namespace Chronicle.Extraction.Decoding;

/// <summary>Text decoded from bytes, with the encoding used and how it was chosen.</summary>
public sealed record DecodedText(string Text, Encoding Encoding, EncodingSource Source, bool HadInvalidBytes);
