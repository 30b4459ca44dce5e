package org.articlesearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis that lets one field serve both word and phrase queries, with one term for most
 * words. A word that is its own stem ("bomb", "said") is indexed as itself; any other word twice at
 * one position, as written behind {@link #WRITTEN_PREFIX} ({@code =singing}) and as its stem behind
 * {@link #STEM_PREFIX} ({@code ~sing}). So a quoted phrase finds the words as written (the term
 * {@code bomb} or {@code =bombs}), and a word finds every form of its stem ({@code bomb} or
 * {@code ~bomb}), see {@link Word}. Words are lower-cased and folded to ASCII, and curly apostrophes
 * count as straight ones, so "It’s Beyoncé" and "it's beyonce" are the same words. No
 * stop words are removed: phrases need every word. Offsets are those of the original text. The
 * field {@link Fields#WORD_PAIRS} gets the same terms turned into pairs of neighbouring common words
 * ({@link WordPairFilter}).
 */
public final class ArticleAnalyzer extends Analyzer {
    /** Marks a word as written that differs from its stem; the tokenizer never emits '=' itself. */
    public static final char WRITTEN_PREFIX = '=';
    /** Marks the stem of a word that differs from it; the tokenizer never emits '~' itself. */
    public static final char STEM_PREFIX = '~';

    /**
     * One word of a text as the index holds it.
     *
     * @param writtenTerm the term of the word exactly as written: the word, or {@code =word}
     * @param stem        its stem, unmarked
     */
    public record Word(String writtenTerm, String stem) {
        /** The terms of every word with this stem: the stem as a word, and words that stem to it. */
        public List<String> stemTerms() {
            return List.of(stem, STEM_PREFIX + stem);
        }
    }

    public ArticleAnalyzer() {
        // The word pairs' chain differs from the other fields': one chain shared by every field would serve pairs everywhere, or nowhere.
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new ApostropheFilter(source);
        ts = new EnglishPossessiveFilter(ts);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = new StemGate.Filter(ts);
        ts = WordFormFilter.stemming(ts, PorterStemFilter::new);
        if (fieldName.equals(Fields.WORD_PAIRS)) ts = new WordPairFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    /** The words of {@code text} in order: "Singing birds" → [(=singing, sing), (=birds, bird)]. */
    public List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        try (TokenStream ts = tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.isEmpty()) continue;
                char first = t.charAt(0);
                if (first == STEM_PREFIX && !out.isEmpty()) {
                    Word last = out.removeLast();
                    out.add(new Word(last.writtenTerm(), t.substring(1)));
                } else {
                    out.add(new Word(t, first == WRITTEN_PREFIX ? t.substring(1) : t));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /**
     * The term of {@link Fields#WORD_PAIRS} that every passage where these two stems stand side by
     * side, in this order, holds; null when the index keeps no term for them (see {@link CommonWords}).
     */
    public static String wordPair(String firstStem, String secondStem) {
        return WordPairFilter.pair(firstStem, secondStem);
    }

    /** The as-written terms of {@code text}, one per word, for phrases: "Singing bombs" → [=singing, =bombs]. */
    public List<String> writtenTerms(String text) {
        return words(text).stream().map(Word::writtenTerm).toList();
    }
}
