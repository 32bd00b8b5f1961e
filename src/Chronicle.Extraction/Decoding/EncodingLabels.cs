using System.Text;

namespace Chronicle.Extraction.Decoding;

/// <summary>Maps charset labels to encodings the way browsers do (WHATWG Encoding: latin1 means windows-1252, gb2312 means GB18030).</summary>
public static class EncodingLabels
{
    static EncodingLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding for <paramref name="label"/>, or null when it is unknown.</summary>
    public static Encoding? Resolve(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            case "":
                return null;
            case "utf8" or "utf-8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                // A page that says UTF-16 in an ASCII-readable meta tag cannot be UTF-16.
                return new UTF8Encoding(false);
            case "latin1" or "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "us-ascii" or "ascii" or "cp1252" or "l1" or "cp819" or "x-cp1252":
                return Encoding.GetEncoding(1252);
            case "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "chinese" or "csgb2312" or "euc-cn" or "cp936" or "gb18030":
                return Encoding.GetEncoding("GB18030");
            case "big5-hkscs" or "x-x-big5" or "cn-big5" or "csbig5":
                return Encoding.GetEncoding("big5");
            case "sjis" or "x-sjis" or "shift-jis" or "ms_kanji" or "windows-31j" or "cp932" or "ms932":
                return Encoding.GetEncoding("shift_jis");
            case "iso-8859-9" or "latin5":
                return Encoding.GetEncoding(1254);
            case "tis-620" or "iso-8859-11":
                return Encoding.GetEncoding(874);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
