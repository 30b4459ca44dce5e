package org.articlesearch.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's text with the tokens of its regions, each region tokenized once, on first use. The
 * rules ask for the tokens of many stretches (the text between quotes, the words around each quote,
 * the quote itself), which used to tokenize most of the text three times over.
 *
 * <p>Tokenizing depends only on the characters from where it starts on, so a stretch of a region
 * whose ends do not fall inside a token of the region has exactly that region's tokens between
 * them. Any other stretch (one that cuts a word, or crosses regions) is tokenized by itself.
 */
final class ArticleTokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final List<List<Token>> tokens;
    /** Words the article writes as a surname though the word lists take them for something else ("Mike Read"). */
    private Set<String> surnames = Set.of();

    /** {@code starts[r]} and {@code ends[r]}: the regions, in text order and not overlapping. */
    ArticleTokens(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.tokens = new ArrayList<>(Collections.nCopies(starts.length, null));
    }

    String text() {
        return text;
    }

    /**
     * The tokens of {@code text[from, to)}, as {@link Token#tokenize} gives them. Often a view of the
     * region's list, so not to be modified (no rule does; an unmodifiable wrapper cost 5% of splitting).
     */
    List<Token> tokenize(int from, int to) {
        int r = Arrays.binarySearch(starts, from);
        if (r < 0) r = -r - 2; // the last region that starts before from
        if (r < 0 || to > ends[r] || from > to) return marked(Token.tokenize(text, from, to));
        List<Token> region = region(r);
        int first = firstStartingAtOrAfter(region, from);
        int last = firstStartingAtOrAfter(region, to);
        boolean cutsToken = first > 0 && region.get(first - 1).end() > from
                || last > 0 && region.get(last - 1).end() > to;
        if (cutsToken) return marked(Token.tokenize(text, from, to));
        return region.subList(first, last);
    }

    /** Gives region {@code r} the tokens already cut for it, exactly what {@link Token#tokenize} gives of the region. */
    void setRegion(int r, List<Token> regionTokens) {
        tokens.set(r, regionTokens);
    }

    /**
     * Makes a name word of every capitalized word the article also writes as a surname right after a
     * first name ({@link NameRules#isSurnameAfterFirstName}): "radio DJ Mike Read … Read said", "Theresa
     * May … May said". Before, the word lists' "read" (of "Read more") and "may" (the month) kept such a
     * person from being found, and a "he" after "Read went to …" went to the person named before him.
     */
    void markSurnames() {
        Set<String> found = null;
        for (int r = 0; r < starts.length; r++) {
            List<Token> t = region(r);
            for (int k = 1; k < t.size(); k++) {
                if (!NameRules.isSurnameAfterFirstName(t, k)) continue;
                if (found == null) found = new HashSet<>();
                found.add(t.get(k).key());
            }
        }
        if (found == null) return;
        surnames = found;
        for (int r = 0; r < starts.length; r++) marked(region(r));
    }

    private List<Token> marked(List<Token> t) {
        if (surnames.isEmpty()) return t;
        for (Token w : t) {
            if (w.isWord() && w.isCapitalized() && surnames.contains(w.key())) w.markSurname();
        }
        return t;
    }

    private List<Token> region(int r) {
        if (tokens.get(r) == null) tokens.set(r, Token.tokenize(text, starts[r], ends[r]));
        return tokens.get(r);
    }

    private static int firstStartingAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
