using System.Text;
using Chronicle.Annotations;
using Chronicle.Diagnostics;
using Chronicle.Extraction.Decoding;

namespace Chronicle.Extraction.Tests;

public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("windows-1251", "Правительство объявило о новых мерах поддержки для семей, пострадавших от наводнения в регионе.")]
    [InlineData("koi8-r", "Правительство объявило о новых мерах поддержки для семей, пострадавших от наводнения в регионе.")]
    [InlineData("windows-1256", "أعلنت الحكومة عن إجراءات جديدة لدعم الأسر المتضررة من الفيضانات في المنطقة الشمالية.")]
    [InlineData("windows-1252", "Le gouvernement a annoncé de nouvelles mesures pour les familles touchées par les inondations à l'été.")]
    [InlineData("iso-8859-2", "Rząd ogłosił nowe środki wsparcia dla rodzin poszkodowanych w powodzi na południu kraju.")]
    [InlineData("GB18030", "政府宣布了新的措施，以支持在北方地区受到洪水影响的家庭，并表示将在下周开始发放援助。")]
    [InlineData("big5", "政府宣布了新的措施，以支持在北方地區受到洪水影響的家庭，並表示將在下週開始發放援助。")]
    [InlineData("shift_jis", "政府は、北部地域で洪水の被害を受けた家族を支援するための新しい措置を発表しました。")]
    public void Undeclared_legacy_text_is_guessed_and_decoded(string encodingName, string text)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes(text);
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(EncodingSource.Guessed, decoded.Source);
        Assert.Equal(text, decoded.Text);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", 1251)]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=koi8-r\">", 20866)]
    [InlineData("<meta charset='shift_jis'>", 932)]
    [InlineData("<meta charset=gb2312>", 54936)]
    [InlineData("<meta charset=\"iso-8859-1\">", 1252)]
    public void Declared_charsets_are_found_and_mapped_as_browsers_do(string meta, int codePage)
    {
        var bytes = Encoding.ASCII.GetBytes("<!DOCTYPE html><html><head>" + meta + "<title>x</title></head><body></body></html>");
        Assert.Equal(codePage, CharsetSniffer.FindDeclared(bytes)?.CodePage);
    }

    [Fact]
    public void An_xml_declaration_names_the_encoding()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1256\"?><html></html>");
        Assert.Equal(1256, CharsetSniffer.FindDeclared(bytes)?.CodePage);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_declaration()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<meta charset=\"windows-1251\"><p>Żółw</p>")).ToArray();
        var decoded = TextDecoder.DecodeHtml(bytes);
        Assert.Equal(EncodingSource.ByteOrderMark, decoded.Source);
        Assert.Contains("Żółw", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bytes_under_a_wrong_legacy_declaration_are_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Café in São Paulo</p>");
        Assert.Contains("Café in São Paulo", TextDecoder.DecodeHtml(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_bytes_never_throw_and_are_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("<html lang=\"en\"><head><meta charset=\"utf-8\"></head><body><p>Broken ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80 })
            .Concat(Encoding.UTF8.GetBytes(" bytes inside an otherwise ordinary paragraph of article text.</p></body></html>")).ToArray();
        var document = new ArticleExtractor().FromHtml(bytes, new DocumentSource(null));
        Assert.Contains(document.Diagnostics, d => d.Code == DiagnosticCode.InvalidEncoding);
        Assert.Contains("ordinary paragraph", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_in_any_amount_never_throw()
    {
        var random = new Random(7);
        var extractor = new ArticleExtractor();
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            random.NextBytes(bytes);
            var document = extractor.FromHtml(bytes, new DocumentSource(null));
            Assert.NotNull(document.Text);
        }
    }
}
