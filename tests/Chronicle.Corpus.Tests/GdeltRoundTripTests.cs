using Chronicle.Annotations;
using Chronicle.Corpus.Export.Gdelt;
using Chronicle.Text;

namespace Chronicle.Corpus.Tests;

public sealed class GdeltRoundTripTests
{
    private static readonly DateTimeOffset Added = new(2021, 1, 10, 14, 30, 0, TimeSpan.Zero);

    private static Document Sample()
    {
        const string text = "Police in Minsk detained about 40 protesters on Sunday, rights groups said.";
        return new Document(text, new DocumentSource(null, "https://news.example.org/minsk"))
        {
            Published = "2021-01-10",
            Title = "Police detain 40 in Minsk",
            Tone = new Chronicle.Annotations.Tone(-4.37, 1.95, 6.32, 8.27, 22.1, 0.49, 411),
            Entities =
            [
                new Entity("e1", EntityType.Loc, "Minsk", [new TextSpan(10, 15)], "BLR", new GeoPoint(53.9, 27.5667, 625144, "city", "PPLC", "BY")),
            ],
            Counts = [new CasualtyCount("ARREST", 40, true, "protesters", new TextSpan(31, 33))],
            Themes = [new Theme("ARREST", [new TextSpan(16, 24)]), new Theme("PROTEST", [new TextSpan(34, 44)])],
            Quotes = [new Quote(new TextSpan(0, 10), "Police in ", null, "rights groups", "said")],
            Events =
            [
                new CodedEvent("173", new EventActor("Belarus police", "BLRCOP", null), new EventActor("protesters", "BLROPP", null),
                    new TextSpan(0, text.Length), -5.0, 4, "COERCE", new EventLocation("Minsk", "BLR", 53.9, 27.5667, 4, "e1"), "2021-01-10"),
            ],
        };
    }

    [Fact]
    public void Event_rows_have_61_columns_and_read_back_equal()
    {
        var rows = GdeltEventWriter.ToRows(Sample(), 990001234, Added).ToList();
        using var writer = new StringWriter();
        foreach (var row in rows)
        {
            GdeltEventWriter.Write(writer, row);
        }

        var line = writer.ToString().TrimEnd('\n');
        var columns = line.Split('\t');
        Assert.Equal(61, columns.Length);
        Assert.Equal(["990001234", "20210110", "202101", "2021"], columns[..4]);
        Assert.Equal("BLRCOP", columns[5]);
        Assert.Equal("BLR", columns[7]);
        Assert.Equal("COP", columns[12]);
        Assert.Equal(["173", "173", "17", "4", "-5.0"], columns[26..31]);
        Assert.Equal("BO", columns[53]);
        Assert.Equal("https://news.example.org/minsk", columns[60]);

        var read = GdeltEventReader.Read(new StringReader(writer.ToString())).ToList();
        Assert.Equal(rows, read);
    }

    [Fact]
    public void Gkg_records_have_27_columns_and_read_back_equal()
    {
        var record = GkgWriter.ToRecord(Sample(), 57, Added);
        using var writer = new StringWriter();
        GkgWriter.Write(writer, record);
        var columns = writer.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(27, columns.Length);
        Assert.Equal("20210110143000-57", columns[0]);
        Assert.Equal("ARREST#40#protesters#0######;", columns[5]);
        Assert.Equal("ARREST#40#protesters#0#######31;", columns[6]);
        Assert.Equal("ARREST,16;PROTEST,34;", columns[8]);
        Assert.StartsWith("4#Minsk#BO#BO#53.9#27.5667#625144", columns[9], StringComparison.Ordinal);
        Assert.Equal("-4.37,1.95,6.32,8.27,22.1,0.49,411", columns[15]);
        Assert.Equal("0|10|said|Police in ", columns[22]);
        Assert.Contains("<PAGE_TITLE>Police detain 40 in Minsk</PAGE_TITLE>", columns[26], StringComparison.Ordinal);

        var read = Assert.Single(GkgReader.Read(new StringReader(writer.ToString())));
        Assert.Equal(record, read);
        Assert.Equal(read.Tone[1] - read.Tone[2], read.Tone[0], 2);
    }

    [Fact]
    public void Malformed_lines_are_skipped_not_thrown()
    {
        var skipped = new List<string>();
        Assert.Empty(GdeltEventReader.Read(new StringReader("not\ta\trow\n"), skipped.Add));
        Assert.Empty(GkgReader.Read(new StringReader("x\ty\n"), skipped.Add));
        Assert.Equal(2, skipped.Count);
    }

    [Fact]
    public void Actor_codes_split_into_country_group_and_types()
    {
        var actor = GdeltEventWriter.ActorOf(new EventActor("Iranian regime", "IRNGOVMIL", null));
        Assert.Equal(("IRN", "GOV", "MIL", "IRANIAN REGIME"), (actor.CountryCode, actor.Type1Code, actor.Type2Code, actor.Name));
        var igo = GdeltEventWriter.ActorOf(new EventActor("United Nations", "IGOUNO", null));
        Assert.Equal(("", "IGO", "UNO"), (igo.CountryCode, igo.KnownGroupCode, igo.Type1Code));
    }
}
