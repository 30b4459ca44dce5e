package org.articlesearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import org.junit.jupiter.api.Test;

/** The sketches behind near copies, pinned to what they estimate. */
class NearCopiesSketchTest {
    @Test
    void similarityEstimatesTheShareOfShinglesInCommon() {
        // 400 words; the copy changes the last 40 (one changed line keeps most shingles).
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            a.append("w").append(i).append(' ');
            b.append(i < 360 ? "w" + i : "x" + i).append(' ');
        }
        double s = NearCopies.similarity(sketch(a).shingles(), sketch(b).shingles());
        // 358 shingles shared of 442 in all: 0.81; 32 buckets estimate it within about 0.15.
        assertTrue(s > 0.65 && s < 0.97, "estimated " + s);
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < 400; i++) c.append("y").append(i).append(' ');
        assertEquals(0.0, NearCopies.similarity(sketch(a).shingles(), sketch(c).shingles()), 0.07);
    }

    /** The sketch computes each passage's key in its own pass over the text: pinned to TextKey's. */
    @Test
    void theKeysOfASketchAreTheTextKeys() {
        List<String> texts = List.of("", "   ", "\"We will win,\" he said.", "'it's' ÉCOLE café — Straße 12, x'", "’Tis 'a' b''c ‘d’",
                "ÀÉÎ  õü\nnew line\tTAB", "¡Olé! 3.14 is π, and ĳ/Ǆ are one letter", "'", "a' b 'c");
        for (String t : texts) {
            assertEquals(TextKey.of(t), NearCopies.sketch(List.of(passage(PassageType.QUOTE, t))).keys()[0], t);
        }
    }

    @Test
    void aStoryTooShortToTellHasNoShingleSketch() {
        assertNull(sketch(new StringBuilder("Rates held, said the bank.")).shingles());
    }

    @Test
    void passagesOfACopyTakeTheKeyOfTheOriginalsNearlyIdenticalPassageOfTheSameType() {
        String quote = "We have kept these baths open for as long as we safely could and nobody wanted to close them";
        NearCopies.Sketch original = NearCopies.sketch(List.of(
                passage(PassageType.QUOTE, quote),
                passage(PassageType.PARAGRAPH, quote.replace("We have", "They have"))));
        NearCopies.Sketch copy = NearCopies.sketch(List.of(
                passage(PassageType.QUOTE, quote.replace("nobody wanted", "nobody at all wanted")),
                passage(PassageType.QUOTE, "Something else entirely was said at the meeting by another person")));
        long[] keys = NearCopies.keysAgainst(copy, original);
        assertEquals(original.keys()[0], keys[0], "the quote with two words added is the original's quote");
        assertEquals(copy.keys()[1], keys[1], "a quote like nothing in the original keeps its own key");
    }

    @Test
    void aRegistryKeepsItsNewestOriginalsAndFindsTheirCopiesAfterSweepingOutForgottenOnes() {
        NearCopies.Registry registry = new NearCopies.Registry(3);
        for (int story = 0; story < 200; story++) {
            assertNull(registry.judge("s" + story, story(story, 0)).originalId(), "story " + story + " is new");
            // A copy of a story two back is found (copies are not kept), through many sweeps of the band table.
            if (story >= 2) assertEquals("s" + (story - 2), registry.judge("c" + story, story(story - 2, 1)).originalId());
            assertTrue(registry.size() <= 3);
        }
        assertNull(registry.judge("late", story(196, 2)).originalId(), "three originals back is forgotten");
        registry.forget("s199");
        assertNull(registry.judge("gone", story(199, 2)).originalId(), "a forgotten original has no copies");
    }

    /** Story {@code n} as edition {@code edition}: 60 words of its own, the last one changed by edition. */
    private static NearCopies.Sketch story(int n, int edition) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 60; i++) b.append("s").append(n).append("w").append(i).append(' ');
        b.append("edition").append(edition);
        return sketch(b);
    }

    private static NearCopies.Sketch sketch(CharSequence text) {
        return NearCopies.sketch(List.of(passage(PassageType.PARAGRAPH, text.toString())));
    }

    private static Passage passage(PassageType type, String text) {
        return new Passage("a#0", "a", type, text, null, 0, 0, text.length());
    }
}
