package org.articlesearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class WordPairFilterTest {
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    @Test
    void neighbouringCommonWordsArePairedByTheirStems() throws IOException {
        // "years" and "asked" are not their own stems: the pair holds the stem, as a words query looks for it.
        // A comma does not part words, for a phrase either: "war, he" stand together.
        assertEquals(List.of("he said", "said the", "the year", "year of", "of the", "the war", "war he", "he ask"),
                pairs("He said the years of the war, he asked."));
    }

    @Test
    void aRareWordBreaksThePairsAroundIt() throws IOException {
        assertEquals(List.of("said she", "she said"), pairs("The xylophone said she said"));
        assertEquals(List.of(), pairs("Xylophones, marimbas and glockenspiels"));
    }

    @Test
    void theQuerySideNamesExactlyThePairsTheIndexKeeps() throws IOException {
        assertEquals("of the", ArticleAnalyzer.wordPair("of", "the"));
        assertEquals(pairs("the years").getFirst(), ArticleAnalyzer.wordPair("the", analyzer.words("years").getFirst().stem()));
        assertNull(ArticleAnalyzer.wordPair("the", "xylophon"));
    }

    @Test
    void theTextFieldItselfKeepsItsWords() throws IOException {
        List<String> terms = terms(Fields.TEXT, "He said the years");
        assertEquals(List.of("he", "said", "the", "=years", "~year"), terms);
    }

    private List<String> pairs(String text) throws IOException {
        return terms(Fields.WORD_PAIRS, text);
    }

    private List<String> terms(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
