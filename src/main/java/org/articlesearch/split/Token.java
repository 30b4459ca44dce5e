package org.articlesearch.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or a punctuation mark of article text, with its offsets. Not a record: the rules look at
 * most tokens only by their first character, so the text and the lower-case key are cut out of the
 * article on first use and then kept, since a capitalized word is looked up many times.
 */
final class Token {
    private final String source;
    private final int start;
    private final int end;
    /** What the first character says, read once: the rules ask it of every token, often many times. */
    private final boolean word;
    private final boolean capitalized;
    private String text;
    private String key;
    /** The lists {@link #key()} is on, one bit each ({@link WordSet#inClasses}), for the first {@code classesCovered} lists made. */
    private long classes;
    private long moreClasses;
    private int classesCovered;
    /** Whether a capitalized word can be part of a name: 0 not asked yet, 1 yes, 2 no. */
    private byte nameWord;

    private Token(String source, int start, int end, boolean word, boolean capitalized) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.word = word;
        this.capitalized = capitalized;
    }

    /** The token as written. */
    String text() {
        if (text == null) text = source.substring(start, end);
        return text;
    }

    /** The length of the text, without cutting it out. */
    int length() {
        return end - start;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    boolean isWord() {
        return word;
    }

    boolean isCapitalized() {
        return capitalized;
    }

    boolean is(String punctuation) {
        return end - start == punctuation.length() && source.startsWith(punctuation, start);
    }

    /** Lower-case text without a trailing period ("Sen." gives "sen"). */
    String key() {
        if (key == null) {
            String t = text();
            if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
            key = t.toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        return key;
    }

    /** {@link NameRules#isPossessive} of the text, read in place: the name rules ask it of every name word. */
    boolean isPossessive() {
        if (end - start < 2) return false;
        char last = source.charAt(end - 1), before = source.charAt(end - 2);
        return isApostrophe(before) && last == 's' || before == 's' && isApostrophe(last);
    }

    /** {@link NameRules#withoutPossessive} of the text. */
    String withoutPossessive() {
        return isPossessive() ? NameRules.withoutPossessive(text()) : text();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** Whether the token holds {@code c}, read in place. */
    boolean has(char c) {
        return source.indexOf(c, start, end) >= 0;
    }

    /** Whether the token is "he" or "she" in any case, read in place: asked of every short word of the narrative. */
    boolean isHeOrShe() {
        int n = end - start;
        if (n != 2 && n != 3) return false;
        int i = start;
        if (n == 3) {
            char s = source.charAt(i++);
            if (s != 's' && s != 'S') return false;
        }
        char h = source.charAt(i), e = source.charAt(i + 1);
        return (h == 'h' || h == 'H') && (e == 'e' || e == 'E');
    }

    /** Whether the token is a full stop, a question mark or an exclamation mark. */
    boolean isSentenceEnd() {
        if (end - start != 1) return false;
        char c = source.charAt(start);
        return c == '.' || c == '?' || c == '!';
    }

    /** Whether the word ends with {@code suffix} (lower case ASCII), read in place: "said" ends with "d". */
    boolean endsWith(String suffix) {
        int n = suffix.length();
        if (end - start < n) return false;
        for (int i = 0; i < n; i++) {
            char c = source.charAt(end - n + i);
            if (c == '’') c = '\'';
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if (c != suffix.charAt(i)) return false;
        }
        return true;
    }

    /**
     * Whether {@link #key()} is on the list, without cutting the key out of the article: by the mask of
     * lists the key is on, looked up once ({@link WordSet#classes()}). {@code WordSetTest} pins the
     * answers to the lists' own look-ups.
     */
    boolean keyIn(WordSet words) {
        if (!words.hasClassBit()) return keyInDirectly(words);
        if (classesCovered < words.classesNeeded()) {
            WordSet.Classes all = WordSet.classes();
            int last = end > start && source.charAt(end - 1) == '.' ? end - 1 : end;
            int slot = all.slotOf(source, start, last, true);
            classes = all.low(slot);
            moreClasses = all.high(slot);
            classesCovered = all.covered;
        }
        return words.inClasses(classes, moreClasses);
    }

    /**
     * Whether the text lower-cased, a trailing period and any ’ kept, is on the list ({@code
     * words.containsLowerCased(text())}): {@link #keyIn}'s answer, by the mask, when there is neither.
     */
    boolean textIn(WordSet words) {
        if (source.charAt(end - 1) == '.' || source.indexOf('’', start, end) >= 0) return words.containsLowerCased(source, start, end, false);
        return keyIn(words);
    }

    /** {@link #textIn} of the text without a possessive ending ({@code words.containsLowerCased(withoutPossessive())}). */
    boolean withoutPossessiveIn(WordSet words) {
        return isPossessive() ? words.containsLowerCased(withoutPossessive()) : textIn(words);
    }

    /** {@link #keyIn}, asked of the list itself: the reference the masks are tested against. */
    boolean keyInDirectly(WordSet words) {
        if (key != null) return words.contains(key);
        int last = end > start && source.charAt(end - 1) == '.' ? end - 1 : end;
        return words.containsLowerCased(source, start, last, true);
    }

    /**
     * {@link NameRules#isNameWord}, worked out once for a capitalized word: the name finder and the
     * attribution rules ask it of the same words again and again, and each asking is a set look-up.
     */
    boolean isNameWord() {
        if (!word || !capitalized) return false;
        if (nameWord == 0) nameWord = NameRules.isCapitalizedNameWord(this) ? (byte) 1 : (byte) 2;
        return nameWord == 1;
    }

    /** Makes this capitalized word a name word: the article writes it as a surname (see {@link ArticleTokens#markSurnames}). */
    void markSurname() {
        nameWord = 1;
    }

    @Override
    public String toString() {
        return text() + "@" + start;
    }

    /** What the tokenizer asks of a character: {@link #isSpace}, {@link #isLetterOrDigit}, or a mark inside a word. */
    private static final byte OTHER = 0, SPACE = 1, LETTER_OR_DIGIT = 2, NON_SPACING_MARK = 3;

    /**
     * The kinds of the Latin-1 characters, which are nearly all of most text: the tokenizer asks the
     * kind of every character, and one look-up is cheaper than a chain of comparisons.
     */
    private static final byte[] LATIN1_KINDS = new byte[256];

    static {
        for (char c = 0; c < 256; c++) LATIN1_KINDS[c] = kindOf(c);
    }

    private static byte kind(char c) {
        return c < 256 ? LATIN1_KINDS[c] : kindOf(c);
    }

    private static byte kindOf(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return SPACE;
        if (Character.isLetterOrDigit(c)) return LETTER_OR_DIGIT;
        return Character.getType(c) == Character.NON_SPACING_MARK ? NON_SPACING_MARK : OTHER;
    }

    /** Whitespace, including the no-break spaces that web text is full of. */
    static boolean isSpace(char c) {
        return kind(c) == SPACE;
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return kind(c) == LETTER_OR_DIGIT;
    }

    /**
     * Splits {@code text[from, to)} into words and punctuation. A word keeps inner apostrophes and
     * hyphens (O’Malley, al-Assad) and the period of an abbreviation or initial (Sen., J., D.C.).
     */
    static List<Token> tokenize(String text, int from, int to) {
        // About one token in five characters: room for most stretches without growing.
        List<Token> out = new ArrayList<>(Math.max(10, (to - from) / 5));
        // The characters in an array of this thread's: the loop below reads each one or two times, and
        // String.charAt's checks made a character cost twice as much (4.8 ns before, measured on BBC).
        char[] chars = CHARS.get();
        if (chars.length < to - from) {
            chars = new char[Math.max(to - from, chars.length * 2)];
            CHARS.set(chars);
        }
        text.getChars(from, to, chars, 0);
        int n = to - from;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            byte kind = c < 256 ? LATIN1_KINDS[c] : kindOf(c);
            if (kind == SPACE) {
                i++;
            } else if (kind == LETTER_OR_DIGIT) {
                int j = i + 1;
                while (j < n) {
                    char d = chars[j];
                    byte dk = d < 256 ? LATIN1_KINDS[d] : kindOf(d);
                    if (dk == LETTER_OR_DIGIT || dk == NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&')
                            && j + 1 < n && isLetterOrDigit(chars[j + 1])) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                // "Tulsa, Okla., police officer …": a period a comma follows abbreviates, whatever the word.
                if (j < n && chars[j] == '.' && (j + 1 < n && chars[j + 1] == ',' || NameRules.keepsPeriod(text, from + i, from + j))) j++;
                out.add(new Token(text, from + i, from + j, true, isUpperCase(c)));
                i = j;
            } else {
                int j = i + 1;
                // Dashes drawn with hyphens ("--") are one mark.
                while (j < n && c == '-' && chars[j] == '-') j++;
                out.add(new Token(text, from + i, from + j, false, isUpperCase(c)));
                i = j;
            }
        }
        return out;
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[4096]);
}
