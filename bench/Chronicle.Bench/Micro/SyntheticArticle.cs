using System.Text;

namespace Chronicle.Bench.Micro;

/// <summary>
/// Generated inputs of growing size (1×, 10×, 100× one article) so that non-linear cost in any stage shows up as a
/// rate that falls with size. The wording mixes quotes, figures, names and places, like the news the stages target.
/// </summary>
public static class SyntheticArticle
{
    private static readonly string[] Paragraphs =
    [
        "GENEVA (Reuters) - At least 42 civilians were killed and more than 100 wounded on Tuesday when shells hit a market in the northern city, the United Nations said.",
        "\"We are horrified by the scale of the attack,\" said Jane Morrow, a spokeswoman for the UN refugee agency, adding that about 3,000 families had fled since Sunday.",
        "Government forces accused rebel groups of firing from residential areas, while opposition leaders blamed the army for what they called a deliberate massacre.",
        "According to the health ministry, 17 of the dead were children. Dr. Omar Haddad, who runs the city's main hospital, told reporters that supplies were running out.",
        "The Security Council will meet on Thursday in New York, diplomats said. France and the United Kingdom have called for an independent investigation.",
    ];

    public static string Text(int scale)
    {
        var builder = new StringBuilder();
        for (var copy = 0; copy < scale; copy++)
        {
            foreach (var paragraph in Paragraphs)
            {
                builder.Append(paragraph).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    public static byte[] Html(int scale)
    {
        var builder = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Shelling kills dozens</title>")
            .Append("<style>body{font-family:serif}</style><script>window.ads=[];</script></head><body>")
            .Append("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header><article><h1>Shelling kills dozens</h1>");
        for (var copy = 0; copy < scale; copy++)
        {
            foreach (var paragraph in Paragraphs)
            {
                builder.Append("<p>").Append(paragraph.Replace("\"", "&quot;", StringComparison.Ordinal)).Append("</p>");
            }

            builder.Append("<div class=\"ad\"><span>Advertisement</span></div>");
        }

        builder.Append("</article><footer><p>© Example News</p></footer></body></html>");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
