using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Events.Common;
using Chronicle.Pipeline;

namespace Chronicle.Events.Actors;

/// <summary>Sets <see cref="Entity.Actor"/> (and the country when missing) from the entity's name, aliases and title.</summary>
public sealed class ActorCodingStage : ILanguageBoundStage
{
    private readonly ActorCoder _coder;

    public ActorCodingStage(ActorCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        _coder = coder;
    }

    public string Name => "actors";

    /// <summary>English only: the actor dictionaries are English.</summary>
    public bool Handles(string language) => StageLanguages.IsEnglish(language);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Entities.IsDefaultOrEmpty)
        {
            return document;
        }

        var builder = ImmutableArray.CreateBuilder<Entity>(document.Entities.Length);
        foreach (var entity in document.Entities)
        {
            builder.Add(CodeEntity(entity));
        }

        return document with { Entities = builder.MoveToImmutable() };
    }

    /// <summary>The entity with its actor code filled in, when one can be found.</summary>
    public Entity CodeEntity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Actor is not null)
        {
            return entity;
        }

        var code = _coder.Code(entity.Role is null ? entity.Name : entity.Role + " " + entity.Name, entity.Country);
        if (code is null)
        {
            foreach (var alias in entity.Aliases)
            {
                code = _coder.Code(alias, entity.Country);
                if (code is not null)
                {
                    break;
                }
            }
        }

        // A person is not coded by a place inside the name ("Sudesh Amman" is no Jordanian official).
        if (code is not null && entity.Type == EntityType.Person && entity.Role is null && !NamesOffice(entity.Name))
        {
            code = null;
        }

        // A place that is not a country or seat of power is not an actor by itself.
        if (code is null || (entity.Type == EntityType.Loc && code.Length > 3 && !code.EndsWith("GOV", StringComparison.Ordinal)))
        {
            return entity;
        }

        var country = entity.Country ?? (code.Length >= 3 && char.IsUpper(code[0]) && !code.StartsWith("IGO", StringComparison.Ordinal)
            && !code.StartsWith("NGO", StringComparison.Ordinal) && !code.StartsWith("IMG", StringComparison.Ordinal) && IsCountryBlock(code)
            ? code[..3]
            : null);
        return entity with { Actor = code, Country = country };
    }

    /// <summary>True when a word of the name is a known person, organisation or title, not only a place or demonym.</summary>
    private bool NamesOffice(string name)
    {
        var words = TextScan.PhraseWords(name);
        var i = 0;
        while (i < words.Count)
        {
            if (_coder.Lexicon.LongestAt(words, i, words.Count) is { } match)
            {
                if (match.Entry.Kind is ActorKind.Person or ActorKind.Organisation or ActorKind.Agent)
                {
                    return true;
                }

                i += match.Words;
                continue;
            }

            i++;
        }

        return false;
    }

    private bool IsCountryBlock(string code) =>
        _coder.Lexicon.Find(code[..3].ToLowerInvariant()) is null && CountryTable.Shared.ByIso3(code[..3]) is not null;
}
