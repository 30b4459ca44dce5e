package org.articlesearch.split;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Small word lists that tell a person's name from the capitalized words around it, and speech
 * verbs from other verbs. Lists, not a tagger: splitting must stay fast.
 */
final class NameRules {
    private NameRules() {
    }

    /** Titles written before a name; dropped from the speaker ("Sen. Ted Cruz" is "Ted Cruz"). */
    static final WordSet HONORIFICS = WordSet.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "sen", "senator", "rep", "representative", "gov", "governor",
            "president", "pres", "vice", "rev", "reverend", "gen", "general", "col", "colonel", "capt",
            "captain", "lt", "sgt", "sergeant", "judge", "justice", "secretary", "minister", "mayor",
            "chancellor", "prime", "chairman", "chairwoman", "chief", "commissioner", "ambassador",
            "father", "sister", "brother", "rabbi", "imam", "pope", "king", "queen", "prince", "princess",
            "coach", "officer", "detective", "speaker", "leader", "candidate", "attorney", "adm", "admiral",
            "sheriff", "deputy", "former", "st", "archbishop", "bishop", "cardinal");

    /**
     * Titles only when abbreviated with a period: "Del. Stacey Plaskett" (a delegate to Congress), but
     * "Lana Del Rey".
     */
    private static final WordSet ABBREVIATED_TITLES = WordSet.of("del");

    /** Whether a word before a name is a title: on {@link #HONORIFICS}, or abbreviated as one ("Del."). */
    /** "Sir" and "Dame", which British news puts before a first name alone ("Sir Paul", "Dame Kelly"). */
    static boolean isKnightly(String word) {
        return word.equalsIgnoreCase("sir") || word.equalsIgnoreCase("dame");
    }

    static boolean isTitle(String word) {
        boolean period = word.endsWith(".");
        String key = (period ? word.substring(0, word.length() - 1) : word).toLowerCase(java.util.Locale.ROOT);
        return HONORIFICS.contains(key) || period && ABBREVIATED_TITLES.contains(key);
    }

    /** Capitalized job titles that stand before a name ("House Speaker Paul Ryan"). */
    static final WordSet ROLES = WordSet.of("speaker", "leader", "director", "secretary", "chairman", "chairwoman",
            "chair", "editor", "manager", "spokesman", "spokeswoman", "spokesperson", "president", "minister",
            "governor", "senator", "mayor", "ambassador", "chief", "commissioner", "judge", "officer", "congressman",
            "congresswoman", "councilman", "councilwoman", "executive", "founder", "strategist", "adviser", "advisor",
            "analyst", "columnist", "correspondent", "reporter", "anchor", "host", "moderator", "coach", "captain",
            "economist", "professor", "attorney", "lawyer", "counsel", "treasurer", "whip", "candidate", "nominee",
            "delegate", "chancellor", "premier", "general", "admiral", "commander", "sheriff", "superintendent");

    /** Words for what a person is or does, written before the name at a sentence start ("Actress Jane Doe"). */
    static final WordSet ROLE_NOUNS = WordSet.of("teacher", "student", "teenager", "activist", "actress",
            "actor", "singer", "rapper", "comedian", "writer", "author", "novelist", "historian", "pastor", "priest",
            "bishop", "businessman", "businesswoman", "billionaire", "entrepreneur", "investor", "donor", "voter",
            "farmer", "doctor", "nurse", "scientist", "researcher", "veteran", "retiree", "pollster", "consultant",
            "spokesperson", "aide", "blogger", "journalist", "commentator", "filmmaker", "director", "chef", "player",
            "striker", "midfielder", "defender", "goalkeeper", "boss", "manager", "owner", "resident", "protester", "mp",
            "mep", "msp", "mla", "keeper", "drummer", "guitarist", "dj", "agent", "winger", "wing", "flanker",
            "prop", "hooker", "fly-half", "scrum-half", "full-back", "goalscorer", "batsman", "bowler", "skipper",
            "backbencher", "producer", "bookmaker", "bookmakers", "constable");

    /**
     * What people of a country are called: "the 27-year-old Austrian said" names no one, and
     * "Spaniard Guillermo Garcia-Lopez" is Guillermo Garcia-Lopez. (Words that are first names too,
     * "German", "Dane", "Scot", "Finn", are left out: "German Ortega says".)
     */
    static final WordSet DEMONYMS = WordSet.of("american", "americans", "british", "briton", "english", "englishman",
            "french", "frenchman", "frenchwoman", "australian", "irish", "irishman", "scottish", "welsh",
            "welshman", "european", "russian", "chinese", "japanese", "indian", "mexican", "canadian", "italian",
            "spanish", "spaniard", "african", "asian", "zealander", "zealanders", "israeli", "palestinian", "iranian",
            "iraqi", "syrian",
            "saudi", "argentine", "argentinian", "austrian", "swiss", "swede", "swedish", "dutch", "dutchman",
            "belgian", "brazilian", "portuguese", "kenyan", "ethiopian", "nigerian", "ghanaian", "cameroonian",
            "zimbabwean", "jamaican", "norwegian", "danish", "finnish", "icelandic", "czech", "slovak", "croatian",
            "serbian", "bosnian", "romanian", "bulgarian", "hungarian", "ukrainian", "belarusian", "greek",
            "turkish", "egyptian", "moroccan", "algerian", "tunisian", "libyan", "lebanese", "jordanian",
            "afghan", "pakistani", "bangladeshi", "nepalese", "thai", "vietnamese", "korean",
            "indonesian", "malaysian", "singaporean", "filipino", "colombian", "venezuelan", "chilean",
            "peruvian", "uruguayan", "paraguayan", "bolivian", "ecuadorian", "cuban", "kiwi");

    /**
     * Countries and continents: a lone capitalized word on this list is no person a pronoun can mean,
     * though a country speaks through its government ("Russia said").
     */
    static final WordSet COUNTRIES = WordSet.of("afghanistan", "albania", "algeria", "argentina", "armenia", "australia",
            "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
            "bulgaria", "burma", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo", "croatia",
            "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "england", "estonia", "ethiopia", "europe",
            "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary",
            "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan",
            "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania", "luxembourg",
            "malaysia", "mali", "malta", "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique",
            "myanmar", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan",
            "palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
            "rwanda", "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain",
            "sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia", "turkey",
            "uganda", "ukraine", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe",
            "britain", "america", "africa", "asia");

    /** US states and large cities, which never speak by themselves ("Michigan said" is someone in it). */
    static final WordSet PLACES = WordSet.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania",
            "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin", "wyoming", "london", "paris", "berlin",
            "moscow", "beijing", "tokyo", "brussels", "washington", "chicago", "boston", "manchester", "liverpool",
            "glasgow", "edinburgh", "cardiff", "belfast", "dublin", "madrid", "rome", "milan", "baghdad", "kabul",
            "tehran", "jerusalem", "cairo", "delhi", "mumbai", "sydney", "melbourne", "toronto", "geneva", "vienna",
            "charlotte", "cleveland", "philadelphia", "atlanta", "miami", "houston", "dallas", "denver", "seattle",
            "detroit", "baltimore", "tulsa", "brooklyn", "manhattan", "westminster", "whitehall", "hollywood");

    /**
     * Capitalized words that never speak alone: party adjectives and demonyms ("Republican presidential
     * candidate Donald Trump" is no "Republican" speaking), media words and holidays.
     */
    private static final WordSet NOT_SPEAKERS = WordSet.of("republican", "republicans", "democratic", "democrat",
            "democrats", "conservative", "conservatives", "liberal", "liberals", "tory", "tories", "gop", "lib", "dem", "dems",
            "american",
            "americans", "british", "english", "french", "german", "australian", "irish", "scottish", "welsh",
            "european", "russian", "chinese", "japanese", "indian", "mexican", "canadian", "italian", "spanish",
            "african", "asian", "israeli", "palestinian", "iranian", "iraqi", "syrian", "saudi", "muslim", "christian",
            "jewish", "catholic", "hispanic", "latino", "latina", "tv", "ceo", "web", "internet", "online", "band",
            "christmas", "easter", "thanksgiving", "halloween", "pac", "twitter", "facebook", "instagram", "youtube");

    /**
     * The name a speaker is shown by, or null when it names no one who can speak: offices before it go
     * ("State Hillary Clinton" of "Secretary of State Hillary Clinton"), and a lone place, party adjective,
     * demonym or media word ("Republican", "Michigan", "TV", "Twitter") is no speaker; nor is a place
     * after a particle ("Stade de France").
     */
    static String speakerName(String name) {
        if (name == null) return null;
        String[] words = name.split(" ");
        int first = 0;
        while (words.length - first > 2 && OFFICES.containsLowerCased(words[first])) first++;
        // "Tom McCabe MSP", "Jane Doe QC": letters after a name are no part of it.
        boolean postNominal = words.length - first > 2 && POST_NOMINALS.containsLowerCased(words[words.length - 1]);
        if (postNominal) {
            words = java.util.Arrays.copyOf(words, words.length - 1);
            // "Ealing North MP", "Manchester Central MP": a constituency's member, named by the seat alone.
            if (COMPASS.containsLowerCased(words[words.length - 1]) || onlyPartyOrPlaceWords(words, first)) return null;
        }
        // "Spaniard Guillermo Garcia-Lopez": a demonym before a person's name is no part of it (but "Welsh
        // Assembly Government", "Scottish Labour Party" are the names of bodies).
        if (words.length - first >= 3 && DEMONYMS.containsLowerCased(words[first]) && !FirstNames.isFirstName(words[first])
                && looksLikePerson(words[first + 1], words[words.length - 1])) {
            first++;
        }
        if (words.length - first == 1 && (NOT_SPEAKERS.containsLowerCased(words[first]) || DEMONYMS.containsLowerCased(words[first])
                || PLACES.containsLowerCased(words[first]) || POST_NOMINALS.containsLowerCased(words[first]))) {
            return null;
        }
        // "The Conservative Party Co-Chairman said", "the Labour Party Chairman": an office, not a name.
        if (words.length - first >= 2 && endsWithOffice(words)) return null;
        // "North Hykeham", "South Shields", "West Bromwich": a point of the compass and one word is a place.
        if (words.length - first == 2 && COMPASS.containsLowerCased(words[first]) && !words[first].equals(words[first].toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        int last = words.length - 1;
        if (last - first >= 2 && NAME_PARTICLES.containsLowerCased(words[last - 1]) && PLACES.containsLowerCased(words[last])) return null;
        if (words.length - first >= 2 && onlyPartyOrPlaceWords(words, first)) return null; // "Scottish Conservative"; a country alone may speak
        return first == 0 && !postNominal ? name : String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
    }

    /** Whether the name's last word is a role: after a joining "co-" or "vice-", or after an organisation's word. */
    private static boolean endsWithOffice(String[] words) {
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && ROLES.contains(last.substring(hyphen + 1))) {
            String prefix = last.substring(0, hyphen);
            return prefix.equals("co") || prefix.equals("vice") || prefix.equals("deputy");
        }
        return ROLES.contains(last) && ORG_OR_PLACE.containsLowerCased(words[words.length - 2]);
    }

    private static final WordSet COMPASS = WordSet.of("north", "south", "east", "west", "central", "northeast", "northwest",
            "southeast", "southwest", "mid");

    private static final WordSet POST_NOMINALS = WordSet.of("mp", "msp", "mep", "mla", "qc", "kc", "obe", "mbe", "cbe",
            "kbe", "dbe", "phd");

    /** Whether every word from {@code first} on is a party word, a demonym or a place: "Scottish Conservative", "New York". */
    static boolean onlyPartyOrPlaceWords(String[] words, int first) {
        for (int i = first; i < words.length; i++) {
            String w = withoutPossessive(words[i]);
            if (!NOT_SPEAKERS.containsLowerCased(w) && !PLACES.containsLowerCased(w) && !COUNTRIES.containsLowerCased(w)) return false;
        }
        return first < words.length;
    }

    /** {@link #onlyPartyOrPlaceWords(String[], int)} of the words {@code t[from, to)}, without cutting them out. */
    static boolean onlyPartyOrPlaceWords(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token w = t.get(i);
            if (!w.withoutPossessiveIn(NOT_SPEAKERS) && !w.withoutPossessiveIn(PLACES) && !w.withoutPossessiveIn(COUNTRIES)) return false;
        }
        return from < to;
    }

    /** Offices named after "of": "Secretary of State John Kerry", "Chancellor of the Exchequer Gordon Brown". */
    static final WordSet OFFICES = WordSet.of("state", "defense", "defence", "homeland", "security", "treasury", "justice",
            "labor", "labour", "commerce", "energy", "education", "interior", "agriculture", "transportation", "transport",
            "health", "veterans", "affairs", "housing", "exchequer", "foreign", "home", "staff", "culture", "trade",
            "industry", "environment", "finance", "sport", "media", "work", "pensions", "the");

    /** The title as a role: "Sen." and "senator" are one ("the senator" means whom "Sen. Jane Doe" names). */
    static String normalTitle(String key) {
        String k = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
        return switch (k) {
            case "sen" -> "senator";
            case "gov" -> "governor";
            case "rep", "representative", "congresswoman" -> "congressman";
            case "pres" -> "president";
            case "gen" -> "general";
            case "prof" -> "professor";
            case "dr" -> "doctor";
            case "spokeswoman", "spokesperson" -> "spokesman";
            case "chairwoman", "chair" -> "chairman";
            case "businesswoman" -> "businessman";
            default -> k;
        };
    }

    /** Titles that are never a surname: alone, they name no one ("Mr", "the Senator"). */
    static final WordSet TITLES_ONLY = WordSet.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sen", "senator", "rep", "representative", "gov", "governor", "president", "pres", "rev", "reverend",
            "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "sergeant", "adm", "admiral", "st",
            "secretary", "minister", "mayor", "chancellor", "chairman", "chairwoman", "commissioner", "ambassador",
            "sheriff", "judge", "justice", "lord", "lady", "sir", "dame", "archbishop", "bishop", "cardinal");

    /** Capitalized words that start sentences or name times, never people. */
    static final WordSet NOT_NAMES = WordSet.of("the", "a", "an", "and", "but", "or", "so", "yet", "for",
            "nor", "in", "on", "at", "by", "to", "of", "from", "with", "as", "if", "when", "while", "after",
            "before", "since", "until", "because", "although", "though", "however", "meanwhile", "still",
            "also", "then", "now", "this", "that", "these", "those", "his", "her", "their", "our", "my",
            "its", "your", "he", "she", "they", "we", "i", "you", "it", "there", "here", "what", "who",
            "why", "how", "where", "which", "some", "many", "most", "all", "both", "each", "every", "one",
            "two", "three", "no", "not", "yes", "last", "next", "first", "asked", "speaking", "according",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "whenever", "wherever", "whatever", "whoever", "however",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tomorrow", "tonight", "mon", "tue", "wed",
            "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "please", "thank", "thanks", "let", "do", "does", "did", "is", "are",
            "was", "were", "be", "will", "would", "can", "could", "should", "must", "like", "even",
            "just", "only", "more", "other", "such", "than", "over", "under", "about", "into", "during",
            "against", "among", "without", "within", "through", "across", "despite", "like", "unlike",
            "earlier", "later", "again", "instead", "indeed", "perhaps", "maybe", "once", "ever",
            "never", "another", "any", "few", "several", "much", "very", "well", "said", "says",
            "update", "updated", "read", "see", "watch", "listen", "click", "share", "via", "photo", "amid",
            "among", "following", "regarding", "upon", "toward", "towards", "beyond", "throughout", "aides",
            "officials", "sources", "experts", "analysts", "critics", "supporters", "voters", "residents",
            "witnesses", "investigators", "lawmakers", "pollsters", "advocates", "observers", "opponents",
            "organizers", "organisers", "protesters", "protestors", "delegates", "democrats", "republicans",
            "conservatives", "liberals", "others", "people", "many", "police", "prosecutors", "reporters",
            // Adverbs that open sentences, and more groups of people ("Possibly as a result, …", "Judges said").
            "possibly", "probably", "shortly", "clearly", "finally", "currently", "recently", "initially",
            "eventually", "ultimately", "previously", "similarly", "unfortunately", "fortunately", "surprisingly",
            "interestingly", "importantly", "sadly", "judges", "ministers", "campaigners", "doctors", "scientists",
            "researchers", "fans", "economists", "traders", "lawyers", "parents", "teachers", "workers", "insiders",
            "bosses", "executives");

    /**
     * Bodies whose names end with the word, so that "the commission said" can mean the article's "Electoral
     * Commission": an organisation speaking, as a spokesman's does.
     */
    static final WordSet BODIES = WordSet.of("committee", "commission", "council", "agency", "authority", "ministry",
            "department", "board", "union", "institute", "association", "federation", "foundation", "tribunal");

    /** A name's last word that makes it an organisation or a place, not a person. */
    static final WordSet ORG_OR_PLACE = WordSet.of("party", "committee", "department", "ministry", "council", "industry",
            "association", "union", "university", "college", "school", "court", "congress", "senate",
            "house", "commission", "agency", "bank", "group", "inc", "corp", "corporation", "ltd", "plc",
            "company", "co", "foundation", "institute", "news", "times", "post", "network", "airlines",
            "airways", "motors", "club", "league", "fc", "office", "service", "services", "media",
            "review", "square", "park", "center", "centre", "hall", "church", "hospital", "airport", "prison", "jail",
            "station", "street", "road", "avenue", "city", "county", "state", "states", "island",
            "islands", "valley", "river", "mountains", "republic", "kingdom", "nations", "administration",
            "campaign", "board", "bureau", "authority", "organisation", "organization", "police", "army",
            "forces", "journal", "magazine", "press", "tv", "radio", "channel", "show", "programme",
            "program", "festival", "awards", "cup", "championship", "series", "games", "olympics",
            "coalition", "alliance", "fund", "trust", "society", "federation", "federal", "reserve",
            "exchange", "market", "markets", "index", "europe", "america", "africa", "asia", "east",
            "west", "north", "south", "parliament", "assembly", "cabinet", "government", "tribunal",
            "commons", "lords", "studios", "records", "pictures", "entertainment", "software", "systems",
            "technologies", "labs", "pharmaceuticals", "holdings", "partners", "capital", "securities",
            "day", "week", "year", "act", "bill", "law", "plan", "report", "republicans", "democrats", "conservatives",
            "liberals", "americans", "voters", "officials", "leaders", "members", "staff", "team", "hotel", "stadium", "arena",
            "gallery", "museum", "library", "theatre", "theater", "tower", "building", "bridge", "dc");

    /** A name's first word that makes it a place or an institution ("New York", "White House"). */
    static final WordSet PLACE_START = WordSet.of("new", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "united", "los", "las", "san", "santa", "saint",
            "fort", "port", "lake", "mount", "great", "greater", "upper", "lower", "white", "downing",
            "wall", "capitol", "silicon", "supreme", "royal", "national", "international", "federal",
            "european", "american", "british", "democratic", "republican", "labour", "conservative",
            "liberal", "tory", "world", "premier", "grand", "middle", "hong", "el", "le", "la", "de",
            "des", "du", "der", "die", "das", "planned", "black", "associated", "global", "social",
            "google", "apple", "microsoft", "facebook", "twitter", "amazon", "fox", "cnn", "bbc", "nbc",
            "cbs", "abc", "msnbc", "nasa", "fbi", "cia", "nato", "un", "eu", "us", "uk", "gop");

    /** Lower-case words that may sit inside a name ("Ludwig van Beethoven", "Bashar al-Assad"). */
    static final WordSet NAME_PARTICLES = WordSet.of("de", "van", "von", "der", "den", "bin", "al", "da",
            "du", "la", "le", "di", "del", "dos", "das", "ter", "ten", "y", "ibn", "abu");

    /** Abbreviations whose period does not end a sentence. */
    private static final WordSet ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep",
            "gov", "del", "gen", "col", "capt", "lt", "sgt", "st", "jr", "sr", "rev", "adm", "maj", "cpl", "pres",
            "inc", "corp", "co", "ltd", "no", "vs", "v", "etc", "approx", "dept", "univ", "mt", "ft",
            "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "u.k", "d.c", "e.g", "i.e", "a.m",
            "p.m", "u.n", "l.a", "n.y", "r", "d", "i");

    static final WordSet PERSON_PRONOUNS = WordSet.of("he", "she");
    static final WordSet OTHER_PRONOUNS = WordSet.of("i", "we", "they", "it", "you", "who", "which", "that");

    private static final String[][] IRREGULAR = {{"say", "said"}, {"tell", "told"}, {"write", "wrote", "written"},
            {"go", "went"}, {"begin", "began"}, {"think", "thought"}, {"speak", "spoke", "spoken"},
            {"put", "put"}, {"hold", "held"}, {"cry", "cried", "cries"}, {"reply", "replied", "replies"},
            {"testify", "testified", "testifies"}, {"deny", "denied", "denies"}, {"clarify", "clarified", "clarifies"},
            {"sigh", "sighed"}, {"quip", "quipped"}, {"admit", "admitted"}, {"snap", "snapped"},
            {"chat", "chatted"}, {"regret", "regretted"}, {"rebut", "rebutted"}, {"fret", "fretted"}, {"brag", "bragged"}};

    private static final List<String> SPEECH_BASES = List.of("say", "tell", "add", "ask", "explain", "note",
            "insist", "argue", "claim", "state", "write", "declare", "warn", "continue", "reply", "respond",
            "recall", "admit", "acknowledge", "announce", "suggest", "observe", "remark", "tweet", "quip",
            "joke", "concede", "contend", "predict", "promise", "vow", "urge", "complain", "boast",
            "exclaim", "shout", "agree", "mention", "testify", "conclude", "emphasize", "emphasise",
            "stress", "maintain", "assert", "counter", "retort", "muse", "caution", "charge", "allege",
            "scream", "yell", "whisper", "laugh", "plead", "demand", "wonder", "reason", "recount",
            "reiterate", "confirm", "deny", "report", "proclaim", "pledge", "lament", "opine", "clarify",
            "assure", "interject", "posit", "cry", "sigh", "snap", "gush", "grumble", "concur", "speak",
            "begin", "go", "think", "comment", "post", "reflect", "elaborate", "predict", "fume", "beam",
            "rule", "testify", "acknowledge", "preach", "tout", "chide", "scoff", "observe", "point", "react",
            "regret", "rebut", "fret", "chat", "shrug", "recite", "murmur", "marvel", "insist", "hint", "reveal",
            "answer", "press", "inform", "advise", "brag", "gripe", "quote", "indicate", "acknowledge", "stress",
            "exclaim", "remind", "assure", "concur", "muse");

    private static final WordSet BARE_FORMS = WordSet.of("say", "tell", "add", "ask", "write", "warn", "argue",
            "insist", "explain", "agree", "predict", "claim", "continue", "recall", "admit", "acknowledge", "suggest",
            "think", "believe", "contend", "maintain", "assert", "concede", "wonder");

    /** Verbs that attribute a quote after it ("…," she said / said Smith), in every form but -ing. */
    static final WordSet SPEECH_VERBS = WordSet.of(speechVerbs(false).toArray(String[]::new));
    /** Verbs that introduce a quote before it (Smith said: "…", Smith called it "…", a statement saying "…"). */
    static final WordSet INTRO_VERBS = WordSet.of(introVerbs().toArray(String[]::new));

    private static Set<String> speechVerbs(boolean withIng) {
        Set<String> out = new HashSet<>();
        for (String base : SPEECH_BASES) {
            // A bare form is read as a verb only where it rarely is a noun ("aides say"; not "his retort").
            if (BARE_FORMS.contains(base)) out.add(base);
            String[] irregular = irregular(base);
            if (irregular != null) {
                for (int i = 1; i < irregular.length; i++) out.add(irregular[i]);
            } else {
                out.add(base.endsWith("e") ? base + "d" : base + "ed");
            }
            if (irregular == null || irregular.length < 3 || !irregular[2].endsWith("ies")) {
                out.add(base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                        ? base + "es" : base + "s");
            }
            if (withIng) out.add(base.endsWith("e") && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
        }
        out.remove("go");
        out.remove("goes");
        out.remove("point");
        out.remove("points");
        out.remove("rule");
        out.remove("post");
        out.remove("state");
        out.remove("begin");
        out.remove("think");
        out.remove("thinks");
        out.remove("thought");
        out.remove("report");
        out.remove("states");
        out.remove("charge");
        out.remove("speak");
        out.remove("speaks");
        out.remove("spoke");
        out.remove("spoken");
        return Set.copyOf(out);
    }

    private static Set<String> introVerbs() {
        Set<String> out = new HashSet<>(speechVerbs(true));
        out.addAll(List.of("call", "calls", "called", "calling", "describe", "describes", "described",
                "describing", "dub", "dubbed", "label", "labelled", "labeled", "brand", "branded",
                "thinks", "thought", "believes", "believed", "feels", "felt", "told", "wrote", "writes",
                "tweeted", "posted", "spoke", "put", "puts", "statement", "interview"));
        out.removeAll(List.of("going", "pointing", "ruling", "beginning", "thinking", "stating", "reporting",
                "charging", "speaking"));
        return Set.copyOf(out);
    }

    private static String[] irregular(String base) {
        for (String[] forms : IRREGULAR) {
            if (forms[0].equals(base)) return forms;
        }
        return null;
    }

    /** A US politician's party and state after the name: "R-Ky.", "D-Calif.". */
    private static final java.util.regex.Pattern PARTY_AND_STATE = java.util.regex.Pattern.compile("[A-Z]-[A-Z][A-Za-z.]{0,6}");

    /** Whether the word {@code text[start, end)} keeps the period after it: an initial, an abbreviation. */
    static boolean keepsPeriod(String text, int start, int end) {
        // Cheapest tests first, on the text in place: this runs on the last word of every sentence.
        int length = end - start;
        return length == 1 && Character.isUpperCase(text.charAt(start)) || text.indexOf('.', start + 1, end) >= 0
                || ABBREVIATIONS.containsLowerCased(text, start, end, false)
                || length >= 3 && text.charAt(start + 1) == '-' && PARTY_AND_STATE.matcher(text).region(start, end).matches();
    }

    /** A word that can be part of a person's name: capitalized and not a function word, month or day. */
    static boolean isNameWord(Token t) {
        return t.isNameWord();
    }

    /** {@link #isNameWord} of a capitalized word, which {@link Token#isNameWord()} asks once and keeps. */
    static boolean isCapitalizedNameWord(Token t) {
        if (t.keyIn(NOT_NAMES)) return false;
        if (t.has('-') && isCompoundAdjective(t.text())) return false;
        // "Alicia Keys (You Don't Know My Name)": a contraction capitalized in a title is never a name.
        if (t.endsWith("n't")) return false;
        // Long all-caps words are shouting in a headline; short ones are names (CNN, ACLU).
        return !(t.length() > 5 && noLowerCase(t.text()));
    }

    /**
     * Whether {@code t[k]} is a surname although {@link #NOT_NAMES} lists it: capitalized inside a
     * sentence right after a known first name, with no capitalized word after it ("radio DJ Mike Read.",
     * "Theresa May said"; not "Mike Will Play" in a heading, "Friday May 5" or "Hillary Monday said").
     */
    static boolean isSurnameAfterFirstName(List<Token> t, int k) {
        Token w = t.get(k);
        Token first = t.get(k - 1);
        // Where the words stand first, then what they are: this is asked of every word of the article.
        if (!w.isWord() || !w.isCapitalized() || w.length() < 3 || !first.isWord() || !first.isCapitalized()) return false;
        if (w.isNameWord() || !w.keyIn(NOT_NAMES) || w.keyIn(TIME_WORDS)) return false;
        if (!first.isNameWord() || !FirstNames.isFirstName(first)) return false;
        if (k + 1 == t.size()) return true;
        Token next = t.get(k + 1);
        return !(next.isWord() && (next.isCapitalized() || Character.isDigit(next.text().charAt(0))));
    }

    /** Days and the like, which follow a name as the time of what it did ("Hillary Monday said"). */
    private static final WordSet TIME_WORDS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "mon", "tue", "wed", "thu", "fri", "sat",
            "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /**
     * "Oscar-nominated", "London-based", "Labour-led", "Fly-half": a capitalized word joined to one of
     * these is an adjective or a role, no part of a name ("the Oscar-nominated Owen told reporters").
     * A list, not a pattern: Korean given names join lower-case syllables too ("Ban Ki-moon"). Two title
     * words joined are a title.
     */
    static boolean isCompoundAdjective(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen <= 0) return false;
        String end = word.substring(hyphen + 1);
        if (COMPOUND_ENDS.contains(end)) return true;
        // "Secretary-General", "Director-General", "Attorney-General": a title of two title words.
        String start = word.substring(0, hyphen);
        return isTitleWord(start) && isTitleWord(end);
    }

    private static boolean isTitleWord(String word) {
        return HONORIFICS.containsLowerCased(word) || ROLES.containsLowerCased(word);
    }

    private static final WordSet COMPOUND_ENDS = WordSet.of("based", "born", "bred", "led", "run", "owned", "nominated",
            "winning", "backed", "funded", "controlled", "educated", "raised", "trained", "listed", "made", "style",
            "half", "elect", "designate", "match");

    private static boolean noLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) return false;
        }
        return true;
    }

    static boolean isPossessive(String word) {
        String w = word.replace('’', '\'');
        return w.endsWith("'s") || w.endsWith("s'");
    }

    static String withoutPossessive(String word) {
        String w = word.replace('’', '\'');
        if (w.endsWith("'s")) return word.substring(0, word.length() - 2);
        if (w.endsWith("s'")) return word.substring(0, word.length() - 1);
        return word;
    }

    /** Whether a run of name words names a person rather than a place or an organisation. */
    static boolean looksLikePerson(List<String> words) {
        return !words.isEmpty() && looksLikePerson(words.get(0), words.get(words.size() - 1));
    }

    /** {@link #looksLikePerson(String, String)} of the words themselves. */
    static boolean looksLikePerson(Token first, Token last) {
        return !last.withoutPossessiveIn(ORG_OR_PLACE)
                && !(first.withoutPossessiveIn(PLACE_START) && !first.withoutPossessiveIn(HONORIFICS));
    }

    /** {@link #looksLikePerson(List)} of a run of name words that starts and ends with these. */
    static boolean looksLikePerson(String firstWord, String lastWord) {
        String last = withoutPossessive(lastWord);
        return !ORG_OR_PLACE.containsLowerCased(last)
                && !(PLACE_START.containsLowerCased(firstWord) && !HONORIFICS.containsLowerCased(firstWord));
    }

    /** Nouns a name qualifies as it qualifies a role: "the Two Ronnies star said", "the Liverpool legend told". */
    static final WordSet FAME_NOUNS = WordSet.of("star", "legend", "hero", "icon", "great", "favourite", "veteran");

    /** Whether the word is a role, written before or after a name: "leader", "spokesman", "striker", "MP". */
    static boolean isRoleWord(Token w) {
        return w.keyIn(ROLES) || w.keyIn(ROLE_NOUNS);
    }

    /**
     * Where the organisation's name that the capitalized word at {@code s} ends begins, when "for", "of" or
     * "and" join its words and its first word names an organisation or a role: "Department for Education
     * and Skills", "Ministry of Defence", "the Department of Trade and Industry" ("Trade" is on the word
     * lists, and capital enough), "The MP for Sittingbourne and Sheppey" (a role's constituency or
     * portfolio is no person either). -1 when it ends none.
     */
    static int organisationNameStart(List<Token> t, int s) {
        int b = s;
        while (b >= 2 && s - b < 6 && t.get(b - 1).isWord() && !t.get(b - 1).isCapitalized() && t.get(b - 1).keyIn(NAME_JOINERS)
                && t.get(b - 2).isWord() && t.get(b - 2).isCapitalized()) {
            b -= 2;
            while (b > 0 && isNameWord(t.get(b - 1))) b--;
        }
        return b < s && (t.get(b).keyIn(ORG_OR_PLACE) || isRoleWord(t.get(b))) ? b : -1;
    }

    private static final WordSet NAME_JOINERS = WordSet.of("for", "of", "and");
}
