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
            "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley",
            "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie",
            "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela",
            "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
            "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria",
            "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah",
            "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice",
            "jean", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle",
            "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis",
            "lori", "hillary", "huma", "nikki", "carly", "sarah", "elizabeth", "kellyanne", "ivanka", "melania",
            "michele", "nancy", "dianne", "kirsten", "tammy", "claire", "susana", "condoleezza", "madeleine",
            "theresa", "angela", "marine", "kristen", "dakota", "cherie", "joanne", "kate", "katie", "jane",
            "anne", "lucy", "sophie", "chloe", "ellie", "amelia", "jessie", "louise", "fiona", "kirsty", "natasha");
    private static final WordSet MALE = WordSet.of("james", "robert", "john", "michael", "david", "william",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
            "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
            "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
            "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter",
            "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold",
            "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe",
            "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy",
            "vincent", "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "barack", "bernie", "ted",
            "marco", "jeb", "ben", "chris", "mike", "rand", "newt", "mitt", "bill", "tim", "rudy", "reince", "corey",
            "mitch", "harry", "tony", "gordon", "nick", "ed", "ken", "boris", "vladimir", "xi", "tom", "jim", "bob",
            "dan", "steve", "jeff", "greg", "rick", "ron", "sam", "ian", "martin", "hugh", "neil", "simon", "graham");

    /**
     * Whether {@code name} holds a first name on the lists before its last word ("Brian Gammage",
     * "Home Secretary Charles Clarke"; not "Jupiter Research"): then it surely names a person.
     */
    static boolean hasKnownFirstName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        for (int k = 0; k < words.length - 1; k++) {
            if (MALE.contains(words[k]) || FEMALE.contains(words[k])) return true;
        }
        return false;
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
