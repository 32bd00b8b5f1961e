using System.Collections.Immutable;
using Chronicle.Language.Gazetteers;
using Chronicle.Language.Tagging;

namespace Chronicle.Language.Syntax;

/// <summary>
/// The trained parts of the syntax layer: a tagger whose tags pair a universal POS with a Penn tag
/// ("VERB|VBD"), the lemmatiser, the transition weights and the arc labeller, all trained on UD English EWT.
/// </summary>
internal sealed class SyntaxModel
{
    public const string TaggerFile = "syntax-tags.bin.gz";
    public const string LemmaFile = "syntax-lemmas.bin.gz";
    public const string ActionFile = "syntax-actions.bin.gz";
    public const string RelationFile = "syntax-relations.bin.gz";
    public const string RootRelation = "root";

    private static readonly Lazy<SyntaxModel?> Shared = new(LoadDefault);

    public SyntaxModel(PosTagger tagger, Lemmatizer lemmatizer, ActionWeights actions, PerceptronModel relations)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Actions = actions;
        Relations = relations;
        var tags = tagger.Model.Labels;
        Upos = [.. tags.Select(t => string.Intern(t.Split('|')[0]))];
        Xpos = [.. tags.Select(t => string.Intern(t.Split('|')[^1]))];
        XposHash = [.. Xpos.Select(x => FeatureHash.Chars(x, lower: false))];
        RootLabel = (byte)Math.Max(0, relations.Labels.IndexOf(RootRelation));
    }

    /// <summary>The embedded model, or null when the assembly carries none.</summary>
    public static SyntaxModel? Default => Shared.Value;

    public PosTagger Tagger { get; }

    public Lemmatizer Lemmatizer { get; }

    public ActionWeights Actions { get; }

    public PerceptronModel Relations { get; }

    /// <summary>Per tag id: the universal POS, the Penn tag and the hash of the Penn tag's text.</summary>
    public ImmutableArray<string> Upos { get; }

    public ImmutableArray<string> Xpos { get; }

    public ImmutableArray<ulong> XposHash { get; }

    public byte RootLabel { get; }

    private static SyntaxModel? LoadDefault()
    {
        using var tags = ResourceFiles.TryOpen(TaggerFile);
        using var lemmas = ResourceFiles.TryOpen(LemmaFile);
        using var actions = ResourceFiles.TryOpen(ActionFile);
        using var relations = ResourceFiles.TryOpen(RelationFile);
        if (tags is null || lemmas is null || actions is null || relations is null)
        {
            return null;
        }

        return new SyntaxModel(new PosTagger(PerceptronModel.Load(tags)), Lemmatizer.Load(lemmas), ActionWeights.Load(actions), PerceptronModel.Load(relations));
    }
}
