namespace Chronicle.Attribution.Text;

/// <summary>
/// Word lists that tell a name from the titles, offices and function words around it ("French President François
/// Hollande", "the Emergencies Ministry"). Used when no entity layer is present and to strip titles when one is.
/// </summary>
internal static class NameLexicon
{
    /// <summary>Titles and roles that stand before a person's name.</summary>
    public static readonly HashSet<string> Titles = Set(
        "president", "minister", "secretary", "governor", "mayor", "senator", "sen", "sen.", "rep", "rep.", "representative",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner", "director", "chairman", "chairwoman", "chair",
        "judge", "justice", "king", "queen", "prince", "princess", "pope", "sheriff", "captain", "capt", "capt.", "lieutenant", "lt",
        "lt.", "colonel", "col", "col.", "major", "sergeant", "sgt", "sgt.", "officer", "commander", "admiral", "general", "gen", "gen.",
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "professor", "prof", "prof.", "attorney", "chancellor", "premier",
        "leader", "chief", "head", "envoy", "speaker", "superintendent", "inspector", "detective", "constable", "commissioner",
        "coordinator", "counsel", "prosecutor", "lawyer", "sir", "lady", "lord", "dame", "sheikh", "ayatollah", "imam", "cardinal",
        "bishop", "archbishop", "rabbi", "father", "brother", "sister", "emir", "sultan", "crown", "vice", "deputy", "acting",
        "assistant", "undersecretary", "under-secretary", "councillor", "councilor", "councilman", "councilwoman", "congressman",
        "congresswoman", "mp", "spokesmen", "minister-president", "secretary-general", "director-general", "ceo", "founder",
        "pastor", "marshal", "chairperson", "adviser", "advisor", "correspondent", "editor", "analyst", "researcher", "expert",
        "professor", "agent", "investigator", "spokespeople", "supt", "insp", "ret", "chief-of-staff", "aide", "whip");

    /// <summary>Words that name an office or portfolio inside a title ("Foreign", "Emergency Situations", "of State").</summary>
    public static readonly HashSet<string> Portfolio = Set(
        "foreign", "interior", "defence", "defense", "health", "emergencies", "emergency", "situations", "home", "finance",
        "state", "affairs", "civil", "aviation", "prime", "regional", "national", "federal", "internal", "external", "economy",
        "economic", "trade", "energy", "education", "transport", "security", "information", "communications", "labour", "labor",
        "agriculture", "environment", "culture", "tourism", "development", "public", "works", "war", "military", "armed",
        "attorney-general", "solicitor-general", "general", "district", "county", "city", "police", "fire", "press", "media",
        "human", "rights", "intelligence", "justice", "legal", "treasury", "commerce", "industry", "water", "resources");

    /// <summary>Head words of organisations.</summary>
    public static readonly HashSet<string> OrganisationHeads = Set(
        "ministry", "committee", "council", "forces", "force", "office", "department", "service", "services", "agency", "police",
        "army", "navy", "guard", "guards", "corps", "party", "court", "government", "commission", "organization", "organisation",
        "union", "nations", "bank", "institute", "university", "association", "federation", "authority", "authorities",
        "administration", "command", "coalition", "front", "movement", "brigade", "brigades", "militia", "group", "network",
        "company", "corporation", "inc", "inc.", "ltd", "times", "post", "news", "press", "agency", "tribunal", "assembly",
        "parliament", "congress", "senate", "cabinet", "bureau", "directorate", "center", "centre", "foundation", "fund", "red",
        "crescent", "cross", "watch", "international", "reuters", "associated", "mission", "taskforce", "unit", "squad",
        "fighters", "jihad", "state", "alliance", "federation", "board", "house", "kremlin", "pentagon", "interpol", "nato", "tv",
        "radio", "television", "channel", "newspaper", "magazine", "daily", "herald", "tribune", "journal", "gazette");

    /// <summary>Head words of places and facilities.</summary>
    public static readonly HashSet<string> PlaceHeads = Set(
        "avenue", "street", "road", "square", "airport", "hospital", "hotel", "mosque", "cathedral", "church", "river", "island",
        "islands", "mountains", "mountain", "province", "region", "county", "district", "city", "base", "palace", "college",
        "school", "stadium", "bridge", "valley", "sea", "ocean", "gulf", "bay", "lake", "park", "station", "port", "strait",
        "peninsula", "desert", "camp", "prison", "temple", "building", "tower", "plaza", "boulevard", "highway", "state", "republic",
        "kingdom", "emirates", "territory", "territories", "coast", "border", "heights", "strip", "bank");

    /// <summary>Capitalised words that start sentences or sit before names without being part of them.</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "the", "a", "an", "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "but", "or", "nor", "so", "yet", "as",
        "after", "before", "during", "since", "until", "while", "when", "where", "if", "though", "although", "because", "that",
        "this", "these", "those", "there", "here", "his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we",
        "i", "you", "according", "also", "however", "meanwhile", "yesterday", "today", "tomorrow", "last", "next", "earlier",
        "later", "some", "many", "most", "all", "both", "each", "every", "other", "another", "such", "no", "not", "one", "two",
        "three", "several", "about", "over", "under", "into", "than", "then", "what", "who", "which", "why", "how", "local",
        "former", "late", "new", "more", "less", "police", "officials", "authorities", "reports", "speaking", "asked", "following",
        "despite", "among", "between", "against", "without", "within", "through", "around", "near", "via", "per", "upon",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "do", "does", "did",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "shall", "let", "please", "thank", "thanks", "yes", "well", "now", "just", "only", "even", "still", "again", "ago");

    /// <summary>Lower-case words inside names ("Ministry of Foreign Affairs", "Mohammad bin Salman").</summary>
    public static readonly HashSet<string> Connectors = Set("of", "for", "de", "del", "da", "dos", "das", "al", "el", "bin", "ibn", "van", "von", "der", "den", "la", "le", "du", "di", "y", "on");

    public static readonly HashSet<string> FemaleTitles = Set(
        "mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "queen", "lady", "princess", "duchess", "dame", "sister", "congresswoman",
        "chairwoman", "spokeswoman", "councilwoman", "baroness", "empress");

    public static readonly HashSet<string> MaleTitles = Set(
        "mr", "mr.", "king", "prince", "sir", "lord", "duke", "father", "brother", "congressman", "chairman", "spokesman",
        "councilman", "baron", "emperor", "sheikh", "ayatollah", "imam", "pope", "cardinal", "bishop", "archbishop", "rabbi", "emir", "sultan");

    /// <summary>Words before a place name that are part of it ("New Zealand", "Saudi Arabia", "El Paso").</summary>
    public static readonly HashSet<string> PlacePrefixes = Set(
        "new", "south", "north", "east", "west", "united", "saudi", "el", "los", "las", "san", "santa", "sri", "hong", "costa",
        "puerto", "great", "upper", "lower", "central", "northern", "southern", "eastern", "western", "gaza", "west", "mount", "lake",
        "port", "fort", "saint", "st", "st.", "al", "abu", "tel", "cape", "burkina", "sierra", "czech", "dominican", "ivory");

    public static bool IsDemonym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (Contains(DemonymWords, word))
        {
            return true;
        }

        if (word.Length < 5 || Contains(FirstNamesLikeDemonyms, word))
        {
            return false;
        }

        return word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
            || word.EndsWith("can", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> FirstNamesLikeDemonyms = Set(
        "brian", "christian", "julian", "adrian", "vivian", "damian", "sebastian", "fabian", "marian", "lillian", "jillian",
        "gillian", "dorian", "florian", "kilian", "killian", "cristian", "maximilian", "cyprian", "lucian", "valerian", "doreen");

    private static readonly HashSet<string> DemonymWords = Set(
        "french", "british", "dutch", "greek", "swiss", "thai", "chinese", "german", "turkish", "polish", "irish", "danish",
        "swedish", "finnish", "kurdish", "yemeni", "iraqi", "israeli", "pakistani", "saudi", "kuwaiti", "qatari", "omani",
        "bahraini", "emirati", "afghan", "filipino", "uzbek", "kazakh", "tajik", "czech", "slovak", "serb", "croat", "welsh",
        "scottish", "english", "spanish", "portuguese", "japanese", "vietnamese", "lebanese", "sudanese", "congolese", "somali",
        "bangladeshi", "nepali", "azerbaijani", "iranian", "syrian", "russian", "american", "western", "arab", "muslim", "jewish",
        "catholic", "islamic", "shiite", "sunni", "kurd", "kurds");

    /// <summary>Determiners that introduce somebody new, not a known holder of the role: "a", "an", "one", "another".</summary>
    public static readonly HashSet<string> IndefiniteDeterminers = Set("a", "an", "one", "another");

    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
