namespace Chronicle.Attribution.Text;

/// <summary>
/// Common given names by gender, to resolve "he"/"she" to the right person. Small on purpose: context (titles,
/// pronouns after a first mention) decides the rest.
/// </summary>
internal static class FirstNames
{
    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
        "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "josh", "kenneth", "kevin", "brian", "george",
        "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
        "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "greg", "frank", "alexander", "raymond", "patrick",
        "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle",
        "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin",
        "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan",
        "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip",
        "johnny", "bill", "mike", "boris", "vladimir", "sergei", "sergey", "dmitry", "yevgeny", "oleg", "ivan", "alexei", "igor",
        "andrzej", "pawel", "paweł", "jan", "piotr", "tomasz", "mateusz", "donald", "emmanuel", "francois", "françois", "jacques",
        "pierre", "jean", "nicolas", "recep", "ahmet", "mehmet", "mustafa", "ali", "hassan", "hussein", "mohammad", "mohammed",
        "muhammad", "ahmed", "ahmad", "abdul", "abdullah", "omar", "khalid", "ibrahim", "yousef", "yusuf", "qassem", "qasem",
        "bashar", "hamid", "javad", "mahmoud", "narendra", "rahul", "amit", "shinzo",
        "jens", "justin", "scott", "malcolm", "rodrigo", "oscar", "marcelo",
        "andres", "andrés", "manuel", "carlos", "luis", "jorge", "pedro", "miguel", "antonio", "francisco", "javier", "kyriakos",
        "nikos", "volodymyr", "petro", "viktor", "aleksandar", "aleksandr", "alexandr", "vladimir", "benjamin",
        "naftali", "yair", "mike", "brett", "sadiq", "hamid", "mark",
        "phil", "howard", "bill", "hubert", "nikos",
        "patrick", "ali", "harry", "jonathan",
    };

    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy",
        "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa",
        "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda",
        "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine",
        "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina",
        "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "theresa",
        "ann", "anne", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia", "grace",
        "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany",
        "charlotte", "marie", "kayla", "lori", "monica", "veronica", "tatiana", "olga", "irina", "natalia",
        "svetlana", "elena", "yelena", "anastasia", "ewa", "agnieszka", "malgorzata", "katarzyna", "sophie",
        "nancy", "hillary", "kamala", "ursula",
        "federica", "christine", "angela", "theresa", "nicola", "priti", "sushma", "nirmala", "aung", "benazir", "golda",
        "ilhan", "alexandria", "fatima", "aisha", "maryam", "zainab", "leila", "layla", "mona", "noor", "rania", "yasmin",
        "cristina", "ana", "carmen", "isabel", "lucia", "sofia", "valentina", "marine", "segolene", "ségolène", "margrethe",
        "jutta", "ingrid", "annalena", "julia", "katie", "kate", "jane", "sue", "liz", "meghan", "kristalina", "michele",
    };

    public static Gender GenderOf(ReadOnlySpan<char> firstName)
    {
        var male = Male.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstName);
        var female = Female.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstName);
        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }
}
