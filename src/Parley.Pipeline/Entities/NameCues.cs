using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>Words inside or around a capitalised name that say what it names: "Ministry", "River", "Mr.", "in".</summary>
internal static class NameCues
{
    /// <summary>Words that make a name an organisation wherever they stand in it.</summary>
    public static readonly FrozenSet<string> OrgWords = FrozenSet.Create(StringComparer.Ordinal,
        "Ministry", "Council", "Party", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "plc", "Co.",
        "AG", "GmbH", "Holdings", "Industries", "Bank", "Bancorp", "Agency", "Organization", "Organisation", "Association", "Union",
        "Committee", "Commission", "Department", "Institute", "Institution", "University", "College", "Academy", "School", "Group",
        "Company", "Court", "Army", "Navy", "Forces", "Front", "Movement", "Authority", "Office", "Service", "Services", "Foundation",
        "Fund", "Federation", "Assembly", "Parliament", "Congress", "Senate", "Board", "Bureau", "News", "Times", "Post", "Network",
        "Airlines", "Airways", "Motors", "Brigade", "Guard", "Police", "Alliance", "League", "Church", "Hospital", "Club", "Society",
        "Trust", "Partners", "Securities", "Investments", "Capital", "Energy", "Press", "Records", "Studios", "Entertainment", "Media",
        "Television", "Radio", "Magazine", "Journal", "Herald", "Tribune", "Telegraph", "Gazette", "Exchange", "Reserve", "Coalition",
        "Consortium", "Cooperative", "Council", "Tribunal", "Directorate", "Cabinet", "Administration", "Command", "Corps", "Regiment",
        "Battalion", "Division", "Laboratory", "Laboratories", "Labs", "Systems", "Technologies", "Pharmaceuticals", "Petroleum",
        "Oil", "Gas", "Telecom", "Communications", "Railways", "Railway", "Shipping", "Insurance", "Bros", "Bros.", "FC", "Inc", "Co",
        "Brotherhood", "Lines", "Air", "Project", "Endowment", "Chamber", "Biotech", "Hospitals", "Mission", "Secretariat", "Caucus",
        "Program", "Programme", "Brokerage", "Associates", "Voice", "Research", "Confederation", "Mines", "Limited");

    /// <summary>Organisation words that close a body's name and never qualify another's: "Harbor Cement Company and ...".</summary>
    public static readonly FrozenSet<string> ClosingOrgWords = FrozenSet.Create(StringComparer.Ordinal,
        "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "LLC", "PLC", "plc", "GmbH", "Authority",
        "Association", "Agency", "Federation", "Confederation");

    /// <summary>Organisation words only as a name's last word: "the Kigali Daily" (but "Daily Clarion" is not named by it).</summary>
    public static readonly FrozenSet<string> LastOrgWords = FrozenSet.Create(StringComparer.Ordinal, "Daily");

    /// <summary>Languages that are no demonym, named after a broadcaster ("VOA Mandarin") or before its service ("Persian Service").</summary>
    public static readonly FrozenSet<string> Languages = FrozenSet.Create(StringComparer.Ordinal,
        "Mandarin", "Cantonese", "Persian", "Farsi", "Arabic", "Dari", "Pashto", "Swahili", "Hausa", "Amharic", "Tigrinya", "Kurdish",
        "Tibetan", "Uyghur", "Korean", "Bangla", "Hindi", "Urdu", "Oromo", "Kinyarwanda", "Lingala", "Shona", "Ndebele", "Creole");

    /// <summary>Capitalised job titles inside a run of names ("Presidential Advisor Mesut Casin"): the person's name starts after the last.</summary>
    public static readonly FrozenSet<string> TitleWords = FrozenSet.Create(StringComparer.Ordinal,
        "Advisor", "Adviser", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Chairman", "Chairwoman", "Commissioner",
        "Coordinator", "Envoy", "Ambassador", "Secretary", "Minister", "President", "Governor", "Mayor", "Senator", "Congressman",
        "Congresswoman", "Lawmaker", "Commander", "Correspondent", "Prosecutor", "Attorney", "Chancellor", "Premier", "Speaker",
        "Councilman", "Councilwoman", "Councillor", "Councilor", "Alderman");

    /// <summary>Institutions named by one capitalised word mid-sentence: "remained in Parliament", "told Congress".</summary>
    public static readonly FrozenSet<string> Institutions = FrozenSet.Create(StringComparer.Ordinal,
        "Parliament", "Congress", "Senate", "Cabinet", "Council", "Assembly", "Ministry", "Army", "Navy", "Court", "Commission", "Committee",
        "Secretariat", "Politburo", "Duma", "Knesset", "Bundestag", "Junta", "Brotherhood");

    /// <summary>Words that make a name a place when they end it ("Jordan River") or start it ("Lake Victoria").</summary>
    public static readonly FrozenSet<string> PlaceWords = FrozenSet.Create(StringComparer.Ordinal,
        "River", "Lake", "Mount", "Mt.", "Mountain", "Mountains", "Island", "Islands", "Isle", "Bay", "Gulf", "Sea", "Ocean", "Valley",
        "Hill", "Hills", "Beach", "Coast", "Peninsula", "Desert", "Forest", "County", "Province", "Region", "District", "Canyon",
        "Falls", "Springs", "Heights", "Harbor", "Harbour", "Strait", "Cape", "Village", "Plateau", "Basin", "Delta", "Highlands",
        "Oblast", "Prefecture", "Governorate", "Territory", "Territories", "Reef", "Reefs", "Shoal", "Atoll", "Archipelago", "Lagoon",
        "Straits", "Glacier");

    /// <summary>Built places: streets, squares, buildings ("Wall Street", "Tahrir Square", "Heathrow Airport").</summary>
    public static readonly FrozenSet<string> FacilityWords = FrozenSet.Create(StringComparer.Ordinal,
        "Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Boulevard", "Blvd", "Blvd.", "Lane", "Square", "Bridge",
        "Airport", "Station", "Stadium", "Tower", "Towers", "Palace", "Park", "Plaza", "Building", "Centre", "Center", "Mall", "Hotel",
        "Cathedral", "Mosque", "Temple", "Museum", "Highway", "Freeway", "Port", "Dam", "Prison", "Base", "Pass", "Gate", "Tunnel", "Canal",
        "Facility", "Terminal", "Compound", "Route", "Motorway", "Expressway");

    /// <summary>Words that end the name of a law, treaty or plan ("Schengen Agreement", "Coast Guard Law"): not an organisation or place.</summary>
    public static readonly FrozenSet<string> LawWords = FrozenSet.Create(StringComparer.Ordinal,
        "Agreement", "Agreements", "Treaty", "Accord", "Accords", "Act", "Law", "Charter", "Convention", "Protocol", "Bill", "Constitution",
        "Doctrine", "Declaration", "Pact", "Amendment", "Initiative");

    /// <summary>All-capital words that are not organisations: "COVID", "PCR", "GDP", "CEO".</summary>
    public static readonly FrozenSet<string> CommonAcronyms = FrozenSet.Create(StringComparer.Ordinal,
        "COVID", "PCR", "GDP", "GNP", "CEO", "CFO", "COO", "CTO", "SVP", "EVP", "VP", "DNA", "RNA", "HIV", "AIDS", "SARS", "MERS", "ICBM",
        "WMD", "UAV", "TV", "PM", "MP", "MPs", "SUV", "VIP", "ID", "IT", "AI", "UFO", "LGBT", "LGBTQ", "FAQ", "PhD", "OK", "AM", "PS",
        "RFP", "IRR", "ROI", "IPO", "ETF", "LNG", "LPG", "CO2", "EV", "EVs", "GPS", "SMS", "USB", "PDF", "URL", "ISO", "ASAP");

    /// <summary>Lower-case nouns after a name that make it a built place: "JFK airport", "Bagram airbase".</summary>
    public static readonly FrozenSet<string> FacilityNounsAfter = FrozenSet.Create(StringComparer.Ordinal,
        "airport", "airbase", "airfield", "stadium", "prison", "jail", "seaport", "bridge", "dam", "mosque", "church", "cathedral", "temple");

    /// <summary>
    /// Lower-case nouns for a body right before its name: "the group Somali Public Agenda", "the newspaper Le Monde", "state
    /// utility Harbor Power", "the dockers' union Kalvik" (not "trader" or "operator", which come before people's names too).
    /// </summary>
    public static readonly FrozenSet<string> OrgNounsBefore = FrozenSet.Create(StringComparer.Ordinal,
        "group", "organization", "organisation", "company", "firm", "agency", "newspaper", "daily", "outlet", "charity", "broadcaster",
        "startup", "watchdog", "publication", "nonprofit", "magazine", "website", "consultancy", "tabloid", "airline", "journal",
        "union", "utility", "lender", "insurer", "carmaker", "automaker", "conglomerate", "regulator", "retailer", "refiner", "subsidiary");

    /// <summary>Lower-case nouns for a body right after its name: "the Bring Back Our Girls movement", "the Wagner group".</summary>
    public static readonly FrozenSet<string> OrgNounsAfter = FrozenSet.Create(StringComparer.Ordinal,
        "group", "movement", "campaign", "coalition", "militia", "organization", "organisation", "company", "firm", "party", "gang",
        "website", "newspaper", "magazine", "union", "federation", "confederation", "utility", "lender", "conglomerate");

    /// <summary>Lower-case nouns for a person right before a name: "the politician Ana Lopez", "novelist Tomas Berg".</summary>
    public static readonly FrozenSet<string> PersonNounsBefore = FrozenSet.Create(StringComparer.Ordinal,
        "journalist", "reporter", "politician", "activist", "lawyer", "writer", "author", "poet", "novelist", "businessman",
        "businesswoman", "economist", "analyst", "blogger", "singer", "actor", "actress", "artist", "photographer", "filmmaker",
        "columnist", "publisher", "consultant", "engineer", "researcher", "scholar", "historian", "student", "farmer", "pilot", "son",
        "daughter", "wife", "husband", "brother", "sister", "mother", "father", "uncle", "aunt", "nephew", "niece", "cousin", "grandson",
        "granddaughter", "widow", "fiancee", "fiance");

    /// <summary>Other heads of a phrase describing a person in apposition: "Carmella, a retired Italian nurse,", "Pant, the vice president of".</summary>
    public static readonly FrozenSet<string> PersonHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "man", "woman", "mother", "father", "resident", "residents", "native", "citizen", "teenager", "veteran", "survivor", "refugee",
        "migrant", "volunteer", "nurse", "doctor", "physician", "teacher", "vendor", "trader", "driver", "mechanic", "worker", "official",
        "leader", "founder", "co-founder", "owner", "chief", "head", "member", "expert", "specialist", "professor", "activist", "candidate");

    /// <summary>Lower-case nouns for someone's job before "with" or "at" and the employer's name: "a consultant with Orvel Partners".</summary>
    public static readonly FrozenSet<string> EmployeeNouns = FrozenSet.Create(StringComparer.Ordinal,
        "journalist", "reporter", "correspondent", "editor", "columnist", "consultant", "analyst", "economist", "researcher", "fellow",
        "director", "manager", "executive", "officer", "engineer", "strategist", "partner", "employee", "worker", "staffer", "lawyer",
        "attorney", "spokesman", "spokeswoman", "spokesperson", "professor", "lecturer", "scientist", "adviser", "advisor");

    /// <summary>Lower-case particles inside names: "Croix des Bouquets", "Lionel Bethune de Moro", "Osama bin Laden".</summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
        "de", "des", "du", "la", "le", "del", "della", "di", "da", "dos", "das", "van", "von", "der", "den", "bin", "ibn", "ter",
        "arap", "bint", "ould", "wa");

    /// <summary>Lower-case nouns after a name that make it a place: "the Kakuma camp", "the Dasht-e-Barchi neighborhood".</summary>
    public static readonly FrozenSet<string> PlaceNounsAfter = FrozenSet.Create(StringComparer.Ordinal,
        "camp", "camps", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "district", "province", "region", "village",
        "villages", "town", "township", "county", "area", "suburb", "settlement", "valley", "enclave", "municipality", "governorate", "slum", "slums", "shantytown");

    /// <summary>Honorifics before a person's name; they are not part of the name's span.</summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mister", "Madam", "Mme", "Mme.", "Dr", "Dr.", "Prof", "Prof.", "Professor",
        "Sir", "Dame", "Lord", "Lady", "Capt", "Capt.", "Captain", "Sgt", "Sgt.", "Sergeant", "Lt", "Lt.", "Lieutenant", "Col", "Col.",
        "Colonel", "Gen", "Gen.", "General", "Maj", "Maj.", "Major", "Adm", "Adm.", "Admiral", "Cmdr", "Cmdr.", "Commander", "Sen",
        "Sen.", "Rep", "Rep.", "Gov", "Gov.", "Rev", "Rev.", "Reverend", "Fr", "Fr.", "Father", "Sister", "Sheikh", "Shaikh", "Imam",
        "Rabbi", "Ayatollah", "Judge", "Justice", "Doctor", "Uncle", "Aunt", "Auntie", "Coach", "Officer", "Detective", "Agent",
        "Pope", "Cardinal", "Bishop", "Archbishop", "Prince", "Princess", "King", "Queen", "Emir", "Sultan", "Crown", "Mawlawi", "Maulana",
        "Mullah");

    /// <summary>Words before a name that place it: "in Varkala", "near Tikrit".</summary>
    public static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "near", "outside", "across", "throughout", "inside", "towards", "toward", "via");

    /// <summary>Nouns that, with "of", introduce a place: "the village of Qarashahr", "the mayor of Gdansk", "the suburb of Tamara".</summary>
    public static readonly FrozenSet<string> PlaceNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "city", "cities", "town", "towns", "village", "villages", "provinces", "regions", "districts", "parts", "part", "port", "capital", "province", "region", "district", "state", "island", "mayor",
        "governor", "outskirts", "suburbs", "residents", "streets", "centre", "center", "north", "south", "east", "west", "county", "emperor",
        "emperors", "kingdom", "rulers", "citizens", "inhabitants", "suburb", "municipality", "municipalities", "neighborhood", "neighbourhood",
        "parish", "parishes", "commune", "township", "prefecture", "governorate", "oblast", "islands", "atoll");

    /// <summary>Words after a name that make it a speaker, so a person ("Lopez said").</summary>
    public static readonly FrozenSet<string> Speech = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "told", "added", "wrote", "asked", "stated", "explained", "argued", "insisted", "noted", "recalled", "replied");

    /// <summary>Religious and ethnic group words: a name made only of these is a group (NORP), not a person or organisation.</summary>
    public static readonly FrozenSet<string> GroupWords = FrozenSet.Create(StringComparer.Ordinal,
        "Sunni", "Sunnis", "Shiite", "Shiites", "Shia", "Shi'ite", "Muslim", "Muslims", "Christian", "Christians", "Catholic", "Catholics",
        "Protestant", "Protestants", "Orthodox", "Jewish", "Jew", "Jews", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs",
        "Arab", "Arabs", "Kurd", "Kurds", "Kurdish", "Pashtun", "Pashtuns", "Tamil", "Tamils", "Uyghur", "Uyghurs", "Uighur", "Uighurs",
        "Rohingya", "Alawite", "Alawites", "Druze", "Yazidi", "Yazidis", "Berber", "Berbers", "Hutu", "Tutsi", "Evangelical", "Islamist",
        "Islamists", "Latino", "Latinos", "Hispanic", "Hispanics", "Democrat", "Democrats", "Republican", "Republicans", "Maoist", "Maoists",
        "Shi’ite", "Shi’ites", "Shi'ites", "Hazara", "Hazaras", "Rastafarian", "Rastafarians", "Islam", "Judaism", "Christianity",
        "Hinduism", "Buddhism", "Sikhism", "Catholicism", "Protestantism");

    /// <summary>A name token: a capitalised word (ALL-CAPS included).</summary>
    public static bool IsNameShape(Token token) => token.Is(TokenShape.Capitalized) && token.Is(TokenShape.Word);

    public static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
