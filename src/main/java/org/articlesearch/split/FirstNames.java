package org.articlesearch.split;

import java.util.Locale;

/**
 * Common first names whose gender is clear, so that "she" is not resolved to "John Smith". A
 * name not on the lists agrees with either pronoun: the lists only rule out.
 */
final class FirstNames {
    private FirstNames() {
    }

    private static final WordSet FEMALE = WordSet.of("mary", "patricia", "jennifer", "linda", "elizabeth",
            "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", 
            "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie",
            "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela",
            "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
            "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria",
            "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah",
            "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice",
            "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle",
            "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", 
            "lori", "hillary", "huma", "nikki", "carly", "sarah", "elizabeth", "kellyanne", "ivanka", "melania",
            "michele", "nancy", "dianne", "kirsten", "tammy", "claire", "susana", "condoleezza", "madeleine",
            "theresa", "angela", "marine", "kristen", "dakota", "cherie", "joanne", "kate", "katie", "jane",
            "anne", "lucy", "sophie", "chloe", "ellie", "amelia", "louise", "fiona", "kirsty", "natasha",
            "abby", "ada", "adele", "adriana", "agnes", "aileen", "aisha", "alana", "alexandra", "alexa", "alicia",
            "alison", "allison", "alma", "amelie", "ana", "anastasia", "angelina", "angelique", "anita", "annabel",
            "annette", "annie", "antonia", "april", "arabella", "aretha", "ariana", "arlene", "audrey", "ava",
            "beatrice", "becky", "belinda", "bella", "bernadette", "bethany", "betsy", "beverley", "bianca",
            "blanche", "bonnie", "bridget", "britney", "brooke", "caitlin", "camilla", "candice", "cara",
            "carla", "carmen", "caroline", "carrie", "cassandra", "cathy", "cecilia", "celia", "celine", "charlene",
            "chelsea", "clara", "clare", "claudia", "colleen", "connie", "constance", "courtney",
            "cristina", "daisy", "daphne", "darlene", "dawn", "debbie", "delia", "dolores", "dominique",
            "dora", "doreen", "edith", "eileen", "elaine", "eleanor", "elena", "elisa", "elise", "eliza", "ella",
            "ellen", "eloise", "elsa", "emilia", "erica", "erin", "esther", "eugenia", "eva", "eve", "faith",
            "fatima", "felicity", "fern", "flora", "florence", "francesca", "freda", "gabriela", "gabrielle", "gail",
            "gemma", "georgia", "georgina", "geraldine", "gillian", "gina", "ginger", "gladys", "glenda", "greta",
            "gwen", "gwyneth", "hayley", "hazel", "heidi", "helena", "henrietta", "hilary", "holly", "hope",
            "imogen", "ingrid", "irene", "iris", "isabel", "isabelle", "jade", "janine", "jasmine",
            "jayne", "jeanette", "jemma", "jenna", "jenny", "jill", "joanna", "jocelyn", "jodie", "josephine",
            "joy", "judi", "julia", "juliana", "julianne", "juliet", "june", "justine", "kamala", "karin",
            "katharine", "kathy", "katrina", "kayleigh", "keira", "kimberley", "kristin",
            "kylie", "lara", "leah", "leanne", "leila", "lena", "lilian", "lily", "lindsay",
            "lindsey", "liz", "liza", "lois", "loretta", "lorna", "lorraine", "louisa", "lucia", "lucinda", "luisa",
            "lynda", "lynn", "lynne", "mabel", "madonna", "maggie", "mandy", "marcia", "margarita", "margot",
            "mariah", "marian", "marianne", "marion", "marjorie", "marsha", "martina", "maureen", "maxine", "meg",
            "melanie", "melinda", "meredith", "michaela", "mildred", "millie", "mina", "miranda", "miriam", "molly",
            "monica", "muriel", "nadia", "naomi", "nell", "nicola", "nina", "nora", "norma", "olga", "olive",
            "paige", "patsy", "paula", "pauline", "peggy", "penelope", "penny", "philippa", "phoebe", "polly",
            "priscilla", "priya", "rachael", "regina", "rhonda", "rita", "roberta", "rosa", "rosalind",
            "rose", "rosemary", "rosie", "roxanne", "ruby", "sabrina", "sadie", "sally", "selena", "serena",
            "shannon", "sheila", "shelley", "sherry", "sian", "silvia", "simone", "sonia", "stacey", "stella", "sue",
            "susanna", "suzanne", "sylvia", "tamara", "tania", "tanya", "tara", "tess", "tessa", "thelma", "tina",
            "tracey", "trudy", "ursula", "valerie", "vanessa", "vera", "veronica", "vicky", "viola",
            "violet", "vivian", "vivienne", "wanda", "wendy", "whitney", "yasmin", "yolanda", "yvonne", "zara",
            "zoe");
    private static final WordSet MALE = WordSet.of("james", "robert", "john", "michael", "david", "william",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
            "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
            "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
            "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter",
            "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith", "roger", "gerald", "harold",
            "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe",
            "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy",
            "vincent", "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "barack", "bernie", "ted",
            "marco", "jeb", "ben", "chris", "mike", "rand", "newt", "mitt", "bill", "tim", "rudy", "reince", "corey",
            "mitch", "harry", "tony", "gordon", "nick", "ed", "ken", "boris", "vladimir", "xi", "tom", "jim", "bob",
            "dan", "steve", "jeff", "greg", "rick", "ron", "sam", "ian", "martin", "hugh", "neil", "simon", "graham",
            "abdul", "abraham", "adrian", "ahmed", "al", "alastair", "alec", "alejandro", "alessandro", "alex",
            "alfie", "alfred", "ali", "alistair", "allan", "alvin", "amir", "andre", "andreas", "andrei",
            "andres", "andy", "angus", "antoine", "antonio", "archie", "arnold", "arsene", "augusto",
            "barry", "bart", "basil", "benedict", "bernard", "bert", "bjorn", "blake", "brad", "bradley", "brendan",
            "brett", "bruno", "byron", "calvin", "cameron", "carlos", "cecil", "cedric", "clarence",
            "claude", "clement", "clive", "cliff", "clifford", "clint", "clive", "colin", "conor", "craig", "curtis",
            "dale", "damian", "damien", "damon", "danny", "darren", "dave", "dean", "declan", "derek", "desmond",
            "diego", "dominic", "don", "doug", "duncan", "dustin", "dwight", "eamonn", "eddie", "edgar", "edmund",
            "eduardo", "edwin", "elliot", "elton", "emmanuel", "enrique", "ernest", "ernie", "evan", "fabio",
            "felipe", "felix", "fernando", "francis", "francisco", "franz", "fred", "freddie",
            "frederick", "gareth", "garry", "gavin", "geoff", "geoffrey", "gerard", "gerry", "gilbert", "giovanni",
            "glen", "glenn", "graeme", "grant", "guy", "hamish", "hank", "hans", "harris", "harrison", "harvey",
            "hector", "henri", "herbert", "herman", "hugo", "iain", "igor", "isaac", "ivan", "jacques", "jake",
            "javier", "jay", "jerome", "jimmy", "joel", "johan", "johnny", "jon", "jorge", "josh",
            "julian", "julio", "karl", "kenny", "kieran", "kirk", "kurt", "lance", "laurence", "lee", "len", "lenny",
            "leo", "leon", "leonard", "leroy", "les", "lewis", "liam", "lionel", "lloyd", "luca", "lucas",
            "luis", "luke", "malcolm", "manuel", "marc", "marcel", "marcus", "mario", "marvin", "mathew", "matt",
            "maurice", "max", "mick", "mickey", "miguel", "miles", "mitchell", "mohamed", "mohammed", "morgan",
            "murray", "nelson", "nicolas", "nigel", "noel", "norman", "oliver", "omar", "oscar", "owen", "pablo",
            "paddy", "pedro", "pete", "phil", "pierre", "piers", "quentin", "rafael", "ramon", "randall", "ray",
            "reg", "reggie", "rex", "ricky", "rob", "robbie", "rod", "rodney", "roland", "rolf", "roman",
            "ronnie", "rory", "ross", "rupert", "sanjay", "seamus", "sebastian", "sergei", "sergio", "seth", "shane",
            "shaun", "sid", "spencer", "stan", "stanley", "stefan", "stuart", "sven", "terence", "theo", "theodore",
            "thierry", "toby", "todd", "tommy", "trevor", "troy", "vernon", "victor", "vince", "wade", "warren",
            "wesley", "will", "wilson", "xavier", "yves", "zach");

    /** The gender the first name of {@code name} says: 'm', 'f', or '?' for a lone word or a first name not on the lists. */
    static char gender(String name) {
        int space = name.indexOf(' ');
        if (space < 0) return '?';
        return genderOfFirstName(name.substring(0, space));
    }

    /** The gender of the first name {@code word}, in any case: 'm', 'f', or '?' when it is on neither list. */
    static char genderOfFirstName(String word) {
        return MALE.containsLowerCased(word) ? 'm' : FEMALE.containsLowerCased(word) ? 'f' : '?';
    }

    /** Both lists, for a token to ask by its mask. */
    private static final WordSet ANY = WordSet.of(java.util.stream.Stream.concat(MALE.words().stream(), FEMALE.words().stream())
            .toArray(String[]::new));

    /** Whether {@code word} is a first name on the lists, in any case. */
    static boolean isFirstName(String word) {
        return MALE.containsLowerCased(word) || FEMALE.containsLowerCased(word);
    }

    /** {@link #isFirstName(String)} of the word as written, read by its mask: the name finder asks it of most names. */
    static boolean isFirstName(Token word) {
        return word.textIn(ANY);
    }

    /** Whether {@code pronoun} ("he", "she") can refer to the person called {@code name}. */
    static boolean agrees(String pronoun, String name) {
        int space = name.indexOf(' ');
        if (space < 0) return true;
        String first = name.substring(0, space).toLowerCase(Locale.ROOT);
        if (pronoun.equals("she")) return !MALE.contains(first);
        if (pronoun.equals("he")) return !FEMALE.contains(first);
        return true;
    }
}
