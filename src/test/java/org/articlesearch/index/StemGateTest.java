package org.articlesearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.articlesearch.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stemmer's gate changes nothing the highlighter looks for: over real news, the tokens that carry
 * a query's terms are the same, at the same positions and offsets, with the gate as without it; and the
 * rule it rests on (the stemmer puts back at most {@value StemGate#STEM_TAIL} letters beyond the part
 * of a word it keeps) holds for every word of the corpora.
 */
class StemGateTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();
    private static List<String> paragraphs;

    @BeforeAll
    static void read() throws IOException {
        paragraphs = new ArrayList<>();
        for (String corpus : List.of("corpus/bbc", "corpus/polnear/text")) {
            try (Stream<Path> files = Files.walk(Shared.require(Shared.path(corpus)))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String p : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n\\s*\n")) {
                        if (!p.isBlank()) paragraphs.add(p.strip());
                    }
                }
            }
        }
    }

    @Test
    void everyWordOfTheCorporaStartsWithItsStemLessTwoLetters() {
        Set<String> seen = new HashSet<>();
        int words = 0;
        for (String p : paragraphs) {
            for (ArticleAnalyzer.Word w : ANALYZER.words(p)) {
                String written = w.writtenTerm().charAt(0) == ArticleAnalyzer.WRITTEN_PREFIX ? w.writtenTerm().substring(1) : w.writtenTerm();
                if (!seen.add(written)) continue;
                words++;
                String kept = w.stem().substring(0, Math.max(0, w.stem().length() - StemGate.STEM_TAIL));
                assertTrue(written.startsWith(kept), written + " -> " + w.stem());
            }
        }
        assertTrue(words > 40_000, "a large vocabulary: " + words);
    }

    @Test
    void theQueryTermsOfAHitAreTheSameWithTheGateAsWithout() throws IOException {
        Random random = new Random(5);
        int compared = 0, matched = 0;
        for (int round = 0; round < 400; round++) {
            // A query made of the words of one paragraph, checked against that paragraph and the next 20.
            int at = random.nextInt(paragraphs.size() - 21);
            List<ArticleAnalyzer.Word> words = ANALYZER.words(paragraphs.get(at));
            if (words.isEmpty()) continue;
            Set<String> terms = new HashSet<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                ArticleAnalyzer.Word w = words.get(random.nextInt(words.size()));
                if (random.nextBoolean()) terms.addAll(w.stemTerms()); // a word: every form of its stem
                else terms.add(w.writtenTerm()); // a word of a phrase, as written
            }
            StemGate gate = StemGate.forTerms(terms);
            for (int i = at; i <= at + 20; i++) {
                List<String> full = queryTokens(paragraphs.get(i), terms, null);
                assertEquals(full, queryTokens(paragraphs.get(i), terms, gate), terms + " in: " + paragraphs.get(i));
                compared++;
                if (!full.isEmpty()) matched++;
            }
        }
        assertTrue(compared > 8_000 && matched > 1_000, compared + " texts compared, " + matched + " with matches");
    }

    @Test
    void aStreamStemsEveryWordAgainOnceTheGateIsClosed() throws IOException {
        StemGate gate = StemGate.forTerms(Set.of("~bomb"));
        String text = "Singing birds dropped bombs";
        List<String> before = allTokens(text, null);
        assertEquals(List.of("=singing", "~sing", "=birds", "~bird", "=dropped", "~drop", "=bombs", "~bomb"), before);
        assertEquals(List.of("singing", "birds", "dropped", "=bombs", "~bomb"), allTokens(text, gate));
        assertEquals(before, allTokens(text, null));
    }

    /** "position start-end term" of each token carrying one of {@code terms}. */
    private static List<String> queryTokens(String text, Set<String> terms, StemGate gate) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            if (gate != null) StemGate.open(ts, gate);
            try {
                ts.reset();
                int position = -1;
                while (ts.incrementToken()) {
                    position += increment.getPositionIncrement();
                    if (terms.contains(term.toString())) out.add(position + " " + offset.startOffset() + "-" + offset.endOffset() + " " + term);
                }
                ts.end();
            } finally {
                if (gate != null) StemGate.close(ts);
            }
        }
        return out;
    }

    private static List<String> allTokens(String text, StemGate gate) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            if (gate != null) StemGate.open(ts, gate);
            try {
                ts.reset();
                while (ts.incrementToken()) out.add(term.toString());
                ts.end();
            } finally {
                if (gate != null) StemGate.close(ts);
            }
        }
        return out;
    }
}
