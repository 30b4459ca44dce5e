package org.articlesearch.split;

import java.util.ArrayList;
import java.util.List;

/** A word or a punctuation mark of article text, with its offsets. */
record Token(String text, int start, int end) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String punctuation) {
        return text.equals(punctuation);
    }

    /** Lower-case text without a trailing period ("Sen." gives "sen"). */
    String key() {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return t.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    /** Whitespace, including the no-break spaces that web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Splits {@code text[from, to)} into words and punctuation. A word keeps inner apostrophes and
     * hyphens (O’Malley, al-Assad) and the period of an abbreviation or initial (Sen., J., D.C.).
     */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&')
                            && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                String word = text.substring(i, j);
                if (j < to && text.charAt(j) == '.' && NameRules.keepsPeriod(word)) word = text.substring(i, ++j);
                out.add(new Token(word, i, j));
                i = j;
            } else {
                int j = i + 1;
                // Dashes drawn with hyphens ("--") are one mark.
                while (j < to && c == '-' && text.charAt(j) == '-') j++;
                out.add(new Token(text.substring(i, j), i, j));
                i = j;
            }
        }
        return out;
    }
}
