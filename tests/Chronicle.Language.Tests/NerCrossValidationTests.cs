using System.IO.Compression;
using System.Text;
using Chronicle.Language.Tagging;

namespace Chronicle.Language.Tests;

/// <summary>The cross-validated training figures stored beside the embedded recogniser.</summary>
public sealed class NerCrossValidationTests
{
    [Fact]
    public void The_embedded_model_carries_its_cross_validated_counts()
    {
        var cv = NerCrossValidation.LoadDefault();
        Assert.NotNull(cv);
        Assert.True(cv.Folds >= 2);
        Assert.True(cv.FirstEpochs >= 1 && cv.SecondEpochs >= 1);
        foreach (var type in (string[])["PER", "ORG", "LOC"])
        {
            var (tp, predicted, gold) = cv.Counts[type];
            Assert.InRange(tp, 1, Math.Min(predicted, gold));
        }
    }

    [Fact]
    public void The_table_is_read_back_as_written()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("# comment\ncorpus\tCoNLL-2003 train, first pass\nfolds\t3\nepochs\t9\t7\nPER\t90\t100\t110\n"));
        }

        buffer.Position = 0;
        var cv = NerCrossValidation.Read(buffer);
        Assert.NotNull(cv);
        Assert.Equal(("CoNLL-2003 train, first pass", 3, 9, 7), (cv.Corpus, cv.Folds, cv.FirstEpochs, cv.SecondEpochs));
        Assert.Equal((90, 100, 110), cv.Counts["PER"]);
    }
}
