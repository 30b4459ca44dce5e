package org.articlesearch.split;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells media captions from story text in plain text: short standalone lines that describe a photo,
 * video or audio clip, and captions that scraping glued to the end of a paragraph.
 */
final class CaptionRules {
    private CaptionRules() {
    }

    private static final int MAX_CAPTION_WORDS = 40;
    private static final int MAX_GLUED_CAPTION_WORDS = 30;

    /** Words a caption starts with: it invites the reader to a medium, or labels one ("Photo: …"). */
    private static final Pattern MEDIA_LEAD = Pattern.compile(
            "^(listen (again )?to|listen again|watch (the |our |a |this )?(video|clip|trailer|interview|full|highlights|live)"
                    + "|(video|photo|photograph|picture|pictured|image|audio|gallery|slideshow|trailer|clip|credit|caption|"
                    + "above|below|top|left|right|file photo|watch|listen)(\\s*[:|—–]|\\s+-))",
            Pattern.CASE_INSENSITIVE);

    /** Words that only captions use, when the line is also written like a caption. */
    private static final Pattern MEDIA_WORD = Pattern.compile(
            "(\\bq&a\\b|\\b(footage|trailer|pictured|slideshow|getty images|ap photo|seen here)\\b"
                    + "|\\((left|right|centre|center|pictured)\\))",
            Pattern.CASE_INSENSITIVE);

    /** Words of narrative prose: a finite verb or a pronoun that a caption would not use. */
    private static final WordSet PROSE_WORDS = WordSet.of("is", "was", "were", "are", "has", "had", "have",
            "will", "would", "could", "should", "can", "may", "might", "must", "said", "says", "did", "does",
            "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "that", "which", "who",
            "because", "but", "been", "being", "not", "there", "this");

    /**
     * Where the text after the last sentence end glued to the next capital starts ("them.Kristen"):
     * two lower-case letters, a period, question or exclamation mark, maybe a closing quote, and an
     * upper-case letter right after; -1 when there is none in {@code text[from, to)}. Not a regular
     * expression, which cost a sixth of splitting, nor a scan of every character: it runs over every
     * paragraph, and {@code indexOf} finds the few sentence ends far faster.
     */
    static int lastGlue(String text, int from, int to) {
        if (from + 2 >= to - 1) return -1; // indexOf would throw on a range that ends before it starts
        int last = -1, glued = -1;
        for (char end : new char[] {'.', '!', '?'}) {
            for (int i = text.indexOf(end, from + 2, to - 1); i >= 0; i = text.indexOf(end, i + 1, to - 1)) {
                int after = i > last ? glueAfter(text, from, to, i) : -1;
                if (after >= 0) {
                    last = i;
                    glued = after;
                }
            }
        }
        return glued;
    }

    /** Where the glued text starts when the sentence end at {@code i} is glued; -1 when it is not. */
    private static int glueAfter(String text, int from, int to, int i) {
        int after = i + 1;
        char q = text.charAt(after);
        if ((q == '"' || q == '”' || q == '’') && after + 1 < to && isUpper(text.codePointAt(after + 1))) {
            after++;
        } else if (!isUpper(text.codePointAt(after))) {
            return -1;
        }
        int b = text.codePointBefore(i);
        int bStart = i - Character.charCount(b);
        if (bStart - 1 < from || !isLower(b)) return -1;
        int a = text.codePointBefore(bStart);
        if (bStart - Character.charCount(a) < from || !isLower(a)) return -1;
        return after;
    }

    private static boolean isUpper(int codePoint) {
        return Character.getType(codePoint) == Character.UPPERCASE_LETTER;
    }

    private static boolean isLower(int codePoint) {
        return Character.getType(codePoint) == Character.LOWERCASE_LETTER;
    }

    /**
     * Whether the block {@code text[from, to)}, whose tokens the splitter has already cut, is a caption
     * rather than a paragraph. The splitter needs the tokens of every paragraph anyway, and counting their
     * words costs less than the scan that told long blocks from short ones before cutting them, and
     * then cut the short ones twice (measured: a tenth of splitting PolNeAR news).
     */
    static boolean isCaptionBlock(String text, int from, int to, List<Token> tokens) {
        int words = SentenceTokens.words(tokens);
        if (words == 0 || words > MAX_CAPTION_WORDS) return false;
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        // Matches in place, not in a copy of the block (a matcher's region hides the text around it, as a copy would).
        if (MEDIA_LEAD.matcher(text).region(from, to).lookingAt()) return true;
        // The word lists rule out most short paragraphs far faster than the regex would.
        return !hasProseWords(text, tokens) && !hasInnerSentenceEnd(tokens)
                && MEDIA_WORD.matcher(text).region(from, to).find();
    }

    /**
     * Where a caption glued to the end of a paragraph starts, or -1. The tail must read like a
     * caption: short, mostly names, no finite verb or pronoun of narrative prose.
     */
    static int gluedCaptionStart(String text, int from, int to) {
        int last = lastGlue(text, from, to);
        if (last < 0) return -1;
        List<Token> tail = Token.tokenize(text, last, to);
        int words = SentenceTokens.words(tail);
        if (words < 3 || words > MAX_GLUED_CAPTION_WORDS || hasProseWords(text, tail)) return -1;
        long capitalized = tail.stream().filter(t -> t.isWord() && t.isCapitalized()).count();
        return capitalized * 2 >= words ? last : -1;
    }

    /** Whether a word of {@code tokens}, which are tokens of {@code text}, is one of narrative prose. */
    private static boolean hasProseWords(String text, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && PROSE_WORDS.containsLowerCased(text, t.start(), t.end(), false)) return true;
        }
        return false;
    }

    private static boolean hasInnerSentenceEnd(List<Token> tokens) {
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).is(".") || tokens.get(i).is("?")) return true;
        }
        return false;
    }
}
