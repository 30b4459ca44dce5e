package org.articlesearch.split;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tests on the few characters right before a quote: whether they name it ("a song called “…”", "the
 * book “…”") or introduce it ("claimed that “…”", "said: “…”"). Each test is a regular expression
 * anchored at the end, run only when a backward scan finds one of its cue words exactly there: the
 * scan rules out almost every quote, and the regexes, run before every quote, cost a seventh of splitting.
 */
final class QuoteLead {
    private QuoteLead() {
    }

    /** Words that make the quote after them a title or a name rather than speech. */
    private static final List<String> NAMING_CUES = List.of("called", "dubbed", "titled", "entitled", "named",
            "nicknamed", "known as", "so-called", "the word", "the words", "the term", "the phrase", "the slogan",
            "the song", "the single", "the album", "the film", "the movie", "the book", "the novel", "the show",
            "the series", "the hashtag", "the headline", "labelled", "labeled", "branded", "marked", "reads", "read",
            "the track", "the play", "the episode", "the title", "the name", "hit", "songs", "song", "singles",
            "single", "albums", "album", "films", "film", "movies", "movie", "books", "book", "tracks", "track",
            "shows", "show", "by", "known as the", "known then as", "known then as the", "called the", "dubbed the",
            "nicknamed the", "named the", "maxim", "motto", "adage", "proverb", "mantra", "catchphrase");

    /** A naming cue as a whole word, then maybe a comma or a colon, and nothing but spaces. */
    private static final Pattern NAMING_CUE = Pattern.compile(
            "(?i)\\b(" + String.join("|", NAMING_CUES) + ")\\s*[,:]?\\s*$");

    /** "that" or a colon right before a quote makes it the object of what precedes it. */
    private static final Pattern INTRODUCED = Pattern.compile("(\\bthat|:)\\s*$");

    /** Whether {@code text[from, to)} ends with a naming cue: "… a song called". */
    static boolean isNamed(String text, int from, int to) {
        int end = cueEnd(text, from, to, true);
        for (String cue : NAMING_CUES) {
            if (endsWithIgnoringAsciiCase(text, from, end, cue)) {
                return NAMING_CUE.matcher(text.substring(from, to)).find();
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} ends with "that" or a colon: "… claimed that". */
    static boolean isIntroduced(String text, int from, int to) {
        int end = cueEnd(text, from, to, false);
        if (end > from && text.charAt(end - 1) == ':' || text.startsWith("that", end - 4) && end - 4 >= from) {
            return INTRODUCED.matcher(text.substring(from, to)).find();
        }
        return false;
    }

    /**
     * Where a cue must end for the regexes above to match {@code text[from, to)}: before the spaces
     * ({@code \s}), the one comma or colon (when {@code punctuation}) and the spaces again that end it,
     * and before a final line terminator, which {@code $} allows.
     */
    private static int cueEnd(String text, int from, int to, boolean punctuation) {
        int i = to;
        if (i > from && isFinalTerminator(text.charAt(i - 1))) i--;
        while (i > from && isRegexSpace(text.charAt(i - 1))) i--;
        if (punctuation && i > from && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == ':')) {
            i--;
            while (i > from && isRegexSpace(text.charAt(i - 1))) i--;
        }
        return i;
    }

    /** Line terminators that {@code $} may stand before and that {@code \s} does not cover. */
    private static boolean isFinalTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \s} without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code text[from, end)} ends with {@code lower}, upper-case ASCII letters matching lower-case ones, as {@code (?i)} does. */
    private static boolean endsWithIgnoringAsciiCase(String text, int from, int end, String lower) {
        int start = end - lower.length();
        if (start < from) return false;
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(start + k);
            char l = lower.charAt(k);
            if (c != l && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == l)) return false;
        }
        return true;
    }
}
