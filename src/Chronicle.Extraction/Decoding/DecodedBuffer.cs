using System.Text;

namespace Chronicle.Extraction.Decoding;

/// <summary>Text decoded into a rented buffer (its first <see cref="Length"/> characters), with the encoding used and how it was chosen.</summary>
internal readonly record struct DecodedBuffer(char[] Buffer, int Length, Encoding Encoding, EncodingSource Source, bool HadInvalidBytes);
