namespace Chronicle.Events.Themes;

/// <summary>
/// A GKG-like taxonomy of news themes, each with the words and phrases that evoke it (lower-case; a trailing
/// <c>*</c> matches any ending, so "bomb*" covers "bombs", "bombing", "bombed"). Codes follow GDELT's GKG names
/// where one exists.
/// </summary>
public static class ThemeTaxonomy
{
    public static IReadOnlyList<(string Code, string[] Phrases)> All { get; } =
    [
        ("ARMEDCONFLICT", ["war", "wars", "civil war", "armed conflict", "fighting", "offensive", "frontline", "front line", "combat", "clashes", "battle*", "insurgency", "hostilities"]),
        ("KILL", ["kill*", "dead", "death toll", "deaths", "died", "slain", "murder*", "massacre*", "executed", "fatalities", "bodies"]),
        ("WOUND", ["wounded", "injured", "injuries", "injuring", "hurt", "hospitalised", "hospitalized", "casualties"]),
        ("TERROR", ["terror*", "suicide bomb*", "jihadist*", "extremist*", "isis", "isil", "al-qaeda", "islamic state"]),
        ("REFUGEES", ["refugee*", "displaced", "fled their homes", "asylum", "migrants", "exodus", "camps"]),
        ("HUMAN_RIGHTS_ABUSES", ["human rights", "torture*", "crime against humanity", "crimes against humanity", "war crime*", "atrocit*", "abuses", "political prisoners", "executions"]),
        ("SANCTIONS", ["sanction*", "embargo*", "asset freeze", "travel ban"]),
        ("ELECTION", ["election*", "vote", "voters", "ballot*", "polls", "polling", "candidate*", "referendum", "turnout", "electoral"]),
        ("PROTEST", ["protest*", "demonstrat*", "rally", "rallies", "marchers", "riot*", "unrest"]),
        ("ARREST", ["arrest*", "detain*", "custody", "jailed", "imprison*", "warrant*"]),
        ("MILITARY", ["military", "troops", "soldiers", "army", "armed forces", "air force", "navy", "deployment", "airstrike*", "air strike*"]),
        ("TAX_FNCACT_POLICE", ["police", "policemen", "officers", "law enforcement"]),
        ("CRISISLEX_T03_DEAD", ["death toll", "bodies", "dead", "fatalities"]),
        ("CRISISLEX_T02_INJURED", ["injured", "wounded", "injuries"]),
        ("NATURAL_DISASTER", ["earthquake*", "hurricane*", "flood*", "tsunami", "cyclone*", "wildfire*", "landslide*", "storm surge"]),
        ("FIRE", ["fire", "fires", "blaze", "flames", "firefighters"]),
        ("SOC_GENERALCRIME", ["crime*", "criminal*", "murder*", "theft", "robbery", "gang*"]),
        ("TRIAL", ["trial", "court", "judge", "jury", "verdict", "sentenced", "convicted", "prosecutor*", "acquitted", "guilty"]),
        ("LEGISLATION", ["law", "bill", "legislation", "parliament", "lawmakers", "amendment"]),
        ("DIPLOMACY", ["diplomat*", "ambassador*", "embassy", "talks", "summit", "negotiat*", "foreign minister*", "envoy"]),
        ("PEACE", ["peace", "ceasefire", "truce", "peace talks", "reconciliation", "peacekeep*"]),
        ("WMD", ["chemical weapon*", "nuclear weapon*", "sarin", "chlorine gas", "biological weapon*", "weapons of mass destruction"]),
        ("NUCLEAR", ["nuclear", "uranium", "enrichment", "reactor"]),
        ("SIEGE", ["siege", "besieged", "blockade*", "encircled"]),
        ("BOMBING", ["bomb*", "explosion*", "blast*", "explosive*", "ied", "car bomb*"]),
        ("SHOOTING", ["shooting*", "gunman", "gunmen", "gunfire", "shot", "opened fire"]),
        ("KIDNAP", ["kidnap*", "abduct*", "hostage*", "hijack*"]),
        ("CORRUPTION", ["corrupt*", "bribe*", "embezzl*", "fraud"]),
        ("MEDIA_CENSORSHIP", ["censor*", "press freedom", "journalists", "reporters without borders", "media freedom"]),
        ("FREESPEECH", ["free speech", "freedom of expression", "dissent", "dissidents"]),
        ("HEALTH_PANDEMIC", ["pandemic", "epidemic", "covid*", "coronavirus", "virus", "outbreak", "lockdown*", "quarantine"]),
        ("MEDICAL", ["hospital*", "doctors", "surgeon*", "medical", "patients", "clinic*"]),
        ("HUMANITARIAN_AID", ["humanitarian", "aid", "relief", "food aid", "aid agencies", "assistance"]),
        ("FOOD_SECURITY", ["famine", "hunger", "starvation", "food shortage*", "malnutrition"]),
        ("ECON_OIL", ["oil", "crude", "petroleum", "refinery", "refineries", "aramco", "opec"]),
        ("ECONOMY", ["economy", "economic", "inflation", "recession", "gdp", "unemployment", "markets"]),
        ("GOVERNMENT", ["government", "minister*", "cabinet", "administration", "president"]),
        ("LEADER", ["president", "prime minister", "chancellor", "king", "supreme leader", "head of state"]),
        ("REBELLION", ["rebel*", "insurgent*", "militia*", "militant*", "uprising", "revolution"]),
        ("TRANSPORT_ACCIDENT", ["crash*", "collision", "derail*", "capsized", "plane crash", "air crash"]),
        ("CYBER_ATTACK", ["cyber*", "hack*", "malware", "ransomware"]),
        ("BORDER", ["border*", "frontier", "checkpoint*", "crossing*"]),
        ("RELIGION", ["church", "mosque*", "cathedral", "synagogue", "temple", "worshippers", "religious"]),
        ("CHILDREN", ["children", "child", "kids", "schoolchildren", "minors"]),
        ("WOMEN", ["women", "woman", "girls"]),
        ("SECURITY_SERVICES", ["intelligence", "security forces", "security services", "spy", "spies"]),
        ("INVESTIGATION", ["investigat*", "inquiry", "probe", "inspection*"]),
        ("ETHNIC_VIOLENCE", ["ethnic cleansing", "genocide", "sectarian", "pogrom"]),
        ("MIGRATION", ["migra*", "deport*", "immigra*", "border crossing*"]),
        ("PROPAGANDA", ["propaganda", "disinformation", "misinformation", "fake news", "fabrication*"]),
        ("UNGP_CRIME_VIOLENCE", ["violence", "violent", "assault*", "attack*"]),
        ("TERRITORY", ["territory", "territorial", "annex*", "occupied", "occupation", "sovereignty", "maritime border", "exclusive economic zone", "eez"]),
    ];
}
