package org.articlesearch.split;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuoteLeadTest {
    /** The regexes as they were written before the scan was put in front of them. */
    private static final Pattern NAMING_CUE = Pattern.compile(
            "(?i)\\b(called|dubbed|titled|entitled|named|nicknamed|known as|so-called|the word|the words|the term|"
                    + "the phrase|the slogan|the song|the single|the album|the film|the movie|the book|the novel|"
                    + "the show|the series|the hashtag|the headline|labell?ed|branded|marked|reads|read|the track|"
                    + "the play|the episode|the title|the name|hit|songs?|singles?|albums?|films?|movies?|books?|"
                    + "tracks?|shows?|by)\\s*[,:]?\\s*$");
    private static final Pattern INTRODUCED = Pattern.compile("(\\bthat|:)\\s*$");

    private static final List<String> PIECES = List.of("called", "CALLED", "so-called", "recalled", "known as", "known  as",
            "the song", "The Songs", "songs", "labelled", "labeled", "hit", "white", "by", "standby", "that", "THAT",
            "what", "read", "reads", "bread", " ", "  ", ",", ":", ", :", "\n", "\r\n", "\t", "\u00a0", "\u2028", "\u0085",
            "é", "_", "x", "1", "\u0301", "\"", "said", "the", "word");

    @Test
    void theScanAnswersAsTheRegexesDid() {
        Random random = new Random(20040101);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder lead = new StringBuilder();
            int parts = 1 + random.nextInt(5);
            for (int k = 0; k < parts; k++) lead.append(PIECES.get(random.nextInt(PIECES.size())));
            String text = "«" + lead;
            int from = 1, to = text.length();
            String s = text.substring(from, to);
            assertEquals(NAMING_CUE.matcher(s).find(), QuoteLead.isNamed(text, from, to), () -> "named: [" + s + "]");
            assertEquals(INTRODUCED.matcher(s).find(), QuoteLead.isIntroduced(text, from, to), () -> "introduced: [" + s + "]");
        }
    }
}
