using System.Collections.Immutable;
using Chronicle.Annotations;
using Chronicle.Text;

namespace Chronicle.Language.Entities;

/// <summary>
/// Merges the raw mentions of one document into entities: name variants ("Theresa May" … "May",
/// "Bashar al-Assad" … "Assad"), parenthesised acronyms ("Revolutionary Guards Corps (IRGC)" … "IRGC"),
/// titles kept apart as roles, demonyms linked to their country ("Iranian regime" → Iran) and known people and
/// organisations linked to Wikidata.
/// </summary>
public sealed partial class EntityMerger
{
    private static readonly HashSet<string> GroupAdjectives = new(StringComparer.Ordinal)
    {
        "Shiite", "Shia", "Shi'ite", "Sunni", "Alawite", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jew", "Jews",
        "Arab", "Arabs", "Kurdish", "Kurd", "Kurds", "Islamist", "Islamists", "Islamic", "Druze", "Yazidi", "Catholic", "Orthodox",
        "Protestant", "Hindu", "Buddhist", "Sikh", "Pashtun", "Tajik", "Uzbek", "Hazara", "Baloch", "Tamil", "Rohingya", "Western",
    };

    private readonly CountryLookup _countries;
    private readonly ActorLookup _actors;
    private readonly EntityNames _names = EntityNames.Default;
    private readonly PlaceNames _places = PlaceNames.Default;

    public EntityMerger(CountryLookup? countries = null, ActorLookup? actors = null)
    {
        _countries = countries ?? CountryLookup.Default;
        _actors = actors ?? ActorLookup.Default;
    }

    public ImmutableArray<Entity> Merge(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Tokens;
        var mentions = Prepare(text, tokens, document.Mentions);
        var groups = new List<Group>();
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);

        Group GroupFor(string key, EntityType type, Func<Group> create)
        {
            if (!byKey.TryGetValue(key, out var group))
            {
                group = create();
                group.Type = type;
                byKey[key] = group;
                groups.Add(group);
            }

            return group;
        }

        // Countries and demonyms first: they never become people or organisations.
        var rest = new List<Mention>();
        foreach (var original in mentions)
        {
            // Religious and ethnic group adjectives are descriptions, not people or organisations.
            var mention = original.Type != EntityType.Misc && GroupAdjectives.Contains(original.Text) ? original with { Type = EntityType.Misc } : original;
            var country = mention.Type == EntityType.Person ? null : _countries.ByName(mention.Text);
            var demonym = country is null ? _countries.ByDemonym(mention.Text) : null;
            var target = country ?? demonym;
            if (target is null)
            {
                if (Classify(mention) is { } named)
                {
                    rest.Add(named);
                }

                continue;
            }

            var group = GroupFor("C:" + target.Alpha3, EntityType.Loc, () => new Group { Name = target.Name, Country = target.Alpha3, Named = false });
            group.Add(mention.Span, mention.Text);
            group.Named |= country is not null;
        }

        // Full person names before short ones, so "May" finds "Theresa May" wherever it comes.
        var people = rest.Where(m => m.Type == EntityType.Person).OrderByDescending(m => m.Words.Length).ThenBy(m => m.Span.Start).ToList();
        foreach (var mention in people)
        {
            var group = FindPerson(groups, mention) ?? GroupFor("P:" + mention.Text, EntityType.Person, () => new Group { Name = mention.Text });
            group.Add(mention.Span, mention.Text);
            group.Role ??= mention.Role;
            group.Country ??= mention.RoleCountry;
        }

        foreach (var mention in rest.Where(m => m.Type != EntityType.Person).OrderByDescending(m => m.Text.Length).ThenBy(m => m.Span.Start))
        {
            // A lone surname tagged as something else still belongs to the person ("Assad and his backers").
            // So does a titled surname tagged as an organisation ("General Soleimani" after "Qassem Soleimani").
            var untitled = mention.Words.Length > 1 && mention.Type == EntityType.Org ? WithoutTitle(mention) : null;
            var person = mention.Words.Length == 1 && mention.Type != EntityType.Loc ? FindPerson(groups, mention)
                : untitled is not null ? FindPerson(groups, untitled) : null;
            if (person is not null)
            {
                person.Add((untitled ?? mention).Span, (untitled ?? mention).Text);
                continue;
            }

            // Short forms go under their standard name ("U.N." → United Nations), and meet the full name there.
            var canonical = _names.Canonical(mention.Text);
            var group = mention.Type == EntityType.Org ? FindByAcronym(groups, mention) : null;
            group ??= GroupFor(mention.Type + ":" + (canonical ?? mention.Text), mention.Type, () => new Group { Name = canonical ?? mention.Text, Standard = canonical is not null });
            group.Add(mention.Span, mention.Text);
            if (mention.Acronym is not null)
            {
                group.Acronyms.Add(mention.Acronym);
            }
        }

        return Build(groups, document.Published);
    }

    private ImmutableArray<Entity> Build(List<Group> groups, string? published)
    {
        // A country met only as an adjective ("Syrian", "French ambassador") is not an entity of the article.
        var ordered = groups.Where(g => g.Spans.Count > 0 && g.Named).OrderBy(g => g.Spans.Min(s => s.Start)).ToList();
        var entities = ImmutableArray.CreateBuilder<Entity>(ordered.Count);
        var id = 1;
        foreach (var group in ordered)
        {
            var name = group.Name;
            if ((group.Type != EntityType.Loc || group.Country is null) && !group.Standard)
            {
                // Canonical name: the longest surface form.
                foreach (var form in group.Forms)
                {
                    if (form.Length > name.Length)
                    {
                        name = form;
                    }
                }
            }

            string? wikidata = null;
            var country = group.Country;
            var role = group.Role;
            if (group.Type is EntityType.Person or EntityType.Org)
            {
                foreach (var form in (IEnumerable<string>)[name, .. group.Forms])
                {
                    var actor = group.Type == EntityType.Person
                        ? (form.Contains(' ', StringComparison.Ordinal) ? _actors.Person(form, published) : null)
                        : _actors.Organisation(form);
                    if (actor is not null)
                    {
                        wikidata = actor.WikidataId;
                        country ??= actor.Country;
                        role ??= group.Type == EntityType.Person ? actor.Role : null;
                        break;
                    }
                }
            }

            var spans = group.Spans.OrderBy(s => s.Start).Distinct().ToImmutableArray();
            var aliases = group.Forms.Where(f => !string.Equals(f, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray();
            entities.Add(new Entity("e" + id++, group.Type, name, spans, country, Role: role, WikidataId: wikidata) { Aliases = aliases });
        }

        return entities.MoveToImmutable();
    }

    private static Group? FindPerson(List<Group> groups, Mention mention)
    {
        var key = Surname(mention.Words[^1].AsSpan());
        Group? best = null;
        foreach (var group in groups)
        {
            if (group.Type != EntityType.Person)
            {
                continue;
            }

            if (group.Forms.Contains(mention.Text))
            {
                return group;
            }

            // "May" → "Theresa May", "Assad" → "Bashar al-Assad", "Hollande" → "François Hollande".
            // The name's word count and last word are read in place (no split per group and mention).
            var name = group.Name.AsSpan();
            var wordCount = name.Count(' ') + 1;
            if (mention.Words.Length < wordCount && SameName(Surname(name[(name.LastIndexOf(' ') + 1)..]), key))
            {
                if (best is null || group.Name.Length > best.Name.Length)
                {
                    best = group;
                }
            }
        }

        return best ?? (mention.Type == EntityType.Person && mention.Words.Length == 1 ? ByFirstName(groups, mention.Words[0]) : null);
    }

    private static Group? FindByAcronym(List<Group> groups, Mention mention)
    {
        foreach (var group in groups)
        {
            if (group.Type != EntityType.Org)
            {
                continue;
            }

            if (group.Acronyms.Contains(mention.Text) || (mention.Acronym is not null && group.Acronyms.Contains(mention.Acronym))
                || IsAcronymOf(mention.Text, group.Name) || IsAcronymOf(group.Name, mention.Text))
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="acronym"/> spells the initials of <paramref name="name"/>'s capitalised words.</summary>
    internal static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length < 2 || acronym.Length > 8 || !name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        // Checked without allocating: this runs for every organisation mention against every organisation.
        Span<char> letters = stackalloc char[8];
        var count = 0;
        foreach (var c in acronym)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters[count++] = c;
            }
        }

        if (count < 2)
        {
            return false;
        }

        // The capitalised words' initials must spell the letters exactly, in order.
        var matched = 0;
        var wordStart = true;
        foreach (var c in name)
        {
            if (c is ' ' or '-')
            {
                wordStart = true;
                continue;
            }

            if (wordStart && char.IsUpper(c))
            {
                if (matched == count || letters[matched] != c)
                {
                    return false;
                }

                matched++;
            }

            wordStart = false;
        }

        return matched == count;
    }

    // Arabic articles joined to a surname.
    private static readonly string[] ArticlePrefixes = ["al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"];

    /// <summary>The comparable part of a surname: "al-Assad" → "Assad".</summary>
    internal static ReadOnlySpan<char> Surname(ReadOnlySpan<char> word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length > prefix.Length + 1)
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }

    /// <summary>Cleans mentions: splits at possessives, strips titles into roles, attaches parenthesised acronyms.</summary>
    private List<Mention> Prepare(string text, ImmutableArray<Token> tokens, ImmutableArray<EntityMention> raw)
    {
        var result = new List<Mention>(raw.Length);
        var tokenIndex = new Dictionary<int, int>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            tokenIndex[tokens[i].Span.Start] = i;
        }

        foreach (var mention in raw)
        {
            if (!tokenIndex.TryGetValue(mention.Span.Start, out var first))
            {
                continue;
            }

            var last = first;
            while (last + 1 < tokens.Length && tokens[last + 1].Span.End <= mention.Span.End)
            {
                last++;
            }

            // "IRGC's Quds": the possessive ends one name and starts another; so does a lower-case word that is no name's
            // glue or punctuation that no name holds ("Hall and continued", "Queen, and argued that").
            var start = first;
            for (var k = first; k <= last + 1; k++)
            {
                var ends = k <= last && (IsPossessive(text, tokens[k]) || Breaks(text, tokens, k, last, mention.Type));
                if (k == last + 1 || ends)
                {
                    AddTrimmed(text, tokens, start, k - 1, mention.Type, result);
                    start = k + 1;
                }
            }
        }

        JoinCutNames(text, result);
        AttachAcronyms(text, tokens, result);
        AgreeOnTypes(result);
        MarkLowerElsewhere(text, tokens, result);
        return result;
    }

    /// <summary>True when token <paramref name="k"/> cannot sit inside a name of this type.</summary>
    private bool Breaks(string text, ImmutableArray<Token> tokens, int k, int last, EntityType type)
    {
        var word = tokens[k].Span.Slice(text);
        if (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote)
        {
            return word is not ("-" or "&" or "." or "'" or "’");
        }

        if (tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        if (!IsLowerWord(word))
        {
            return false;
        }

        if (!_names.IsGlue(word))
        {
            return true;
        }

        // "and" joins two names of people ("Melaye and Murray-Bruce") but may sit inside an organisation's or a
        // place's ("Trinidad and Tobago") when a capitalised word follows it.
        return word is "and" && (type == EntityType.Person || k == last || IsLowerWord(tokens[k + 1].Span.Slice(text)));
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters;
    }

    /// <summary>Adds tokens <paramref name="first"/> … <paramref name="last"/> as a mention without glue words at its ends.</summary>
    private void AddTrimmed(string text, ImmutableArray<Token> tokens, int first, int last, EntityType type, List<Mention> result)
    {
        while (first <= last && (IsLowerWord(tokens[first].Span.Slice(text)) || tokens[first].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol))
        {
            first++;
        }

        while (last >= first && (IsLowerWord(tokens[last].Span.Slice(text)) || tokens[last].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Symbol))
        {
            last--;
        }

        // A user handle or hashtag ("@NGRSenate", "#Brexit") is an address, not a name.
        if (first > last || (tokens[first].Span.Start > 0 && text[tokens[first].Span.Start - 1] is '@' or '#'))
        {
            return;
        }

        // "Interim BART Police Chief Ed Alvarez" tagged as one organisation: the title and the name after it are a person.
        if (type != EntityType.Person && TitledPersonAt(text, tokens, first, last) is { } roleStart)
        {
            AddMention(text, tokens, roleStart, last, EntityType.Person, result);
            return;
        }

        // "US Secretary of State", "Supreme Leader of Iran": the office is no name, the country and the place are.
        if (type != EntityType.Person && OfficeTitles.TrySplit(text, tokens, first, last, IsCountryOrDemonym, IsShortForm, out var before, out var after))
        {
            if (before.First <= before.Last)
            {
                AddMention(text, tokens, before.First, before.Last, type, result);
            }

            if (after.First <= after.Last)
            {
                AddTrimmed(text, tokens, after.First, after.Last, type, result);
            }

            return;
        }

        AddMention(text, tokens, first, last, type, result);
    }

    /// <summary>
    /// Where a title that heads a full name (two capitalised words or more, ending the mention) starts, or null: the
    /// title must follow other words or be an abbreviation ("Sen. Ben Sasse"), so "General Electric Company" stays whole.
    /// </summary>
    private static int? TitledPersonAt(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var k = last - 2; k >= first; k--)
        {
            var word = tokens[k].Span.Slice(text);
            if (!RoleWords.IsHead(word) || (k == first && word[^1] != '.'))
            {
                continue;
            }

            for (var n = k + 1; n <= last; n++)
            {
                var name = tokens[n].Span.Slice(text);
                if (tokens[n].Kind != TokenKind.Word || !char.IsUpper(name[0]) || IsRoleWord(name))
                {
                    return null;
                }
            }

            var start = k;
            while (start > first && IsRoleWord(tokens[start - 1].Span.Slice(text)) && char.IsUpper(text[tokens[start - 1].Span.Start]))
            {
                start--;
            }

            return start;
        }

        return null;
    }

    private void AddMention(string text, ImmutableArray<Token> tokens, int first, int last, EntityType type, List<Mention> result)
    {
        string? role = null;
        string? roleCountry = null;
        if (type == EntityType.Person)
        {
            // Titles inside the mention ("President Bashar al-Assad") move out of the name.
            var roleStart = first;
            while (first < last && IsRoleWord(tokens[first].Span.Slice(text)))
            {
                first++;
            }

            // Titles just before it ("French President François Hollande").
            var before = roleStart;
            while (before > 0 && IsRoleWord(tokens[before - 1].Span.Slice(text)) && char.IsUpper(text[tokens[before - 1].Span.Start]))
            {
                before--;
            }

            if (first > before)
            {
                // Trim lower-case glue words off the front of the role ("of the").
                var roleFirst = before;
                while (roleFirst < first && !char.IsUpper(text[tokens[roleFirst].Span.Start]))
                {
                    roleFirst++;
                }

                if (roleFirst < first && HasHead(text, tokens, roleFirst, first))
                {
                    role = text[tokens[roleFirst].Span.Start..tokens[first - 1].Span.End];
                    if (roleFirst > 0)
                    {
                        var word = tokens[roleFirst - 1].Span.Slice(text).ToString();
                        roleCountry = (_countries.ByDemonym(word) ?? _countries.ByName(word))?.Alpha3;
                    }
                }
            }
        }

        var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
        var surface = text[span.Start..span.End];
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            words[k - first] = tokens[k].Span.Slice(text).ToString();
        }

        // A lone word the tagger does not call a proper noun ("Although", "Hispanic", "Families") names nothing.
        var common = first == last && tokens[first].Pos is { } pos && !pos.StartsWith("NNP", StringComparison.Ordinal) && !IsAllCapitals(words[0]);
        result.Add(new Mention(span, type, surface, words) { Role = role, RoleCountry = roleCountry, Common = common });
    }

    private static bool HasHead(string text, ImmutableArray<Token> tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (RoleWords.IsHead(tokens[k].Span.Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRoleWord(ReadOnlySpan<char> word) => RoleWords.IsHead(word) || RoleWords.IsModifier(word);

    private static bool IsPossessive(string text, Token token)
    {
        var word = token.Span.Slice(text);
        return word is "'s" or "’s" or "'" or "’";
    }

    /// <summary>
    /// "Revolutionary Guards Corps (IRGC)": the capitalised words before a bracketed acronym become one organisation
    /// mention, replacing whatever the recogniser made of them, and the acronym joins it.
    /// </summary>
    private static void AttachAcronyms(string text, ImmutableArray<Token> tokens, List<Mention> mentions)
    {
        for (var i = 1; i + 2 < tokens.Length; i++)
        {
            if (text[tokens[i].Span.Start] != '(' || text[tokens[i + 2].Span.Start] != ')')
            {
                continue;
            }

            var acronym = tokens[i + 1].Span.Slice(text).ToString();
            if (acronym.Length is < 2 or > 8 || acronym.Any(char.IsLower) || !acronym.Any(char.IsLetter))
            {
                continue;
            }

            // Walk left over capitalised words and inner glue words ("of", "for", "and", "the").
            var first = i;
            while (first > 0)
            {
                var word = tokens[first - 1].Span.Slice(text);
                if (char.IsUpper(word[0]) && tokens[first - 1].Kind == TokenKind.Word)
                {
                    first--;
                }
                else if (word is "of" or "for" or "and" or "the" && first < i && first - 2 >= 0 && char.IsUpper(text[tokens[first - 2].Span.Start]))
                {
                    first--;
                }
                else
                {
                    break;
                }
            }

            while (first < i && !char.IsUpper(text[tokens[first].Span.Start]))
            {
                first++;
            }

            if (i - first < 2 || char.ToUpperInvariant(text[tokens[first].Span.Start]) != acronym[0] && !InitialsContain(text, tokens, first, i, acronym))
            {
                continue;
            }

            var span = new TextSpan(tokens[first].Span.Start, tokens[i - 1].Span.End);
            var acronymSpan = tokens[i + 1].Span;
            var type = EntityType.Org;
            foreach (var m in mentions)
            {
                if (m.Span == acronymSpan && m.Type != EntityType.Person)
                {
                    type = m.Type;
                }
            }

            RemoveCovered(mentions, span, acronymSpan);
            var expansion = text[span.Start..span.End];
            var words = expansion.Split(' ');
            mentions.Add(new Mention(span, type, expansion, words) { Acronym = acronym });
            mentions.Add(new Mention(acronymSpan, type, acronym, [acronym]) { Acronym = acronym });
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // Its own method: a lambda in the token loop would allocate its captured state on every token.
    private static void RemoveCovered(List<Mention> mentions, TextSpan span, TextSpan acronymSpan) =>
        mentions.RemoveAll(m => m.Span.Overlaps(span) || m.Span == acronymSpan);

    private static bool InitialsContain(string text, ImmutableArray<Token> tokens, int first, int end, string acronym)
    {
        var hits = 0;
        for (var k = first; k < end; k++)
        {
            if (acronym.Contains(text[tokens[k].Span.Start], StringComparison.Ordinal))
            {
                hits++;
            }
        }

        return hits * 2 >= end - first;
    }

    /// <summary>
    /// The same name keeps one type through the article: where its mentions disagree (person, organisation, place), the
    /// type most of them got wins; a tie leaves them as they are.
    /// </summary>
    private static void AgreeOnTypes(List<Mention> mentions)
    {
        var votes = new Dictionary<string, (int Person, int Org, int Loc)>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            var v = votes.GetValueOrDefault(m.Text);
            votes[m.Text] = m.Type switch
            {
                EntityType.Person => (v.Person + 1, v.Org, v.Loc),
                EntityType.Org => (v.Person, v.Org + 1, v.Loc),
                EntityType.Loc => (v.Person, v.Org, v.Loc + 1),
                _ => v,
            };
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var (person, org, loc) = votes[mentions[i].Text];
            var best = Math.Max(person, Math.Max(org, loc));
            var winners = (person == best ? 1 : 0) + (org == best ? 1 : 0) + (loc == best ? 1 : 0);
            if (mentions[i].Type is EntityType.Person or EntityType.Org or EntityType.Loc && winners == 1)
            {
                var type = person == best ? EntityType.Person : org == best ? EntityType.Org : EntityType.Loc;
                if (type != mentions[i].Type)
                {
                    mentions[i] = mentions[i] with { Type = type };
                }
            }
        }
    }

    /// <summary>
    /// A one-word organisation whose word the article also writes in lower case ("Committee" … "the committee",
    /// "Times" … "three times") is a common word capitalised by its place, not a name.
    /// </summary>
    private static void MarkLowerElsewhere(string text, ImmutableArray<Token> tokens, List<Mention> mentions)
    {
        HashSet<string>? lower = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Org || m.Words.Length != 1 || IsAllCapitals(m.Text))
            {
                continue;
            }

            if (lower is null)
            {
                lower = new HashSet<string>(StringComparer.Ordinal);
                foreach (var token in tokens)
                {
                    var word = token.Span.Slice(text);
                    if (token.Kind == TokenKind.Word && word.Length > 0 && char.IsLower(word[0]))
                    {
                        lower.Add(word.ToString());
                    }
                }
            }

            if (lower.Contains(m.Text.ToLowerInvariant()))
            {
                mentions[i] = m with { Common = true };
            }
        }
    }

    private static bool IsAllCapitals(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);

    /// <summary>
    /// The mention as a name of the article, retyped by what its last word says (a place's or a facility's) and by the
    /// gazetteer, or null when it names nothing: a common word, a title alone, an abbreviation that is no name, a facility.
    /// </summary>
    private Mention? Classify(Mention mention)
    {
        if (mention.Common || _names.IsNotName(mention.Text) || (mention.Words.All(w => IsRoleWord(w)) && mention.Words.Any(w => RoleWords.IsHead(w))))
        {
            return null;
        }

        switch (_names.HeadOf(mention.Words))
        {
            case NameHead.Facility when mention.Type != EntityType.Person:
                return null;
            case NameHead.Place when mention.Type != EntityType.Person || mention.Words.Length > 1:
                return mention with { Type = EntityType.Loc };
            case NameHead.Event:
                return mention with { Type = EntityType.Misc };
            case NameHead.Organisation when mention.Type is EntityType.Person or EntityType.Loc:
                return mention with { Type = EntityType.Org };
        }

        // A known organisation's name tagged as a person ("Agence France-Presse") is the organisation.
        if (mention.Type == EntityType.Person && (_names.IsStandard(mention.Text) || (_actors.Organisation(mention.Text) is not null && _actors.Person(mention.Text) is null)))
        {
            return mention with { Type = EntityType.Org };
        }

        // A known person's full name tagged as an organisation or a place ("Queen Elizabeth II" as ORG) is the person,
        // titles kept apart as for any person, unless the name is also a known organisation's or place's.
        if (mention.Type is EntityType.Org or EntityType.Loc && mention.Words.Length > 1
            && (WithoutTitle(mention) ?? mention) is { Words.Length: > 1 } bare
            && _actors.Person(bare.Text) is not null && _actors.Organisation(bare.Text) is null && !_places.Contains(bare.Text))
        {
            return bare with { Type = EntityType.Person, Role = ReferenceEquals(bare, mention) ? mention.Role : mention.Text[..(bare.Span.Start - mention.Span.Start)].Trim() };
        }

        // A known place tagged as an organisation (or as a person, when it has several words) is the place, unless the
        // name is also a known organisation's or person's.
        if (mention.Type != EntityType.Loc && (mention.Type == EntityType.Org || mention.Words.Length > 1)
            && _places.Contains(mention.Text) && _actors.Organisation(mention.Text) is null && _actors.Person(mention.Text) is null)
        {
            return mention with { Type = EntityType.Loc };
        }

        return mention;
    }

    private sealed record Mention(TextSpan Span, EntityType Type, string Text, string[] Words)
    {
        public bool Common { get; init; }

        public string? Role { get; init; }

        public string? RoleCountry { get; init; }

        public string? Acronym { get; init; }
    }

    private sealed class Group
    {
        public required string Name { get; set; }

        /// <summary>False for a country group that only demonyms reached.</summary>
        public bool Named { get; set; } = true;

        /// <summary>True when <see cref="Name"/> is a standard name from the naming rules, kept over longer surface forms.</summary>
        public bool Standard { get; set; }

        public EntityType Type { get; set; }

        public string? Country { get; set; }

        public string? Role { get; set; }

        public List<TextSpan> Spans { get; } = [];

        public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Acronyms { get; } = new(StringComparer.Ordinal);

        public void Add(TextSpan span, string form)
        {
            Spans.Add(span);
            Forms.Add(form);
        }
    }
}
