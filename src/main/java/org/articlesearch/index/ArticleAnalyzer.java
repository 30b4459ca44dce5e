package org.articlesearch.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis that lets one field serve both word and phrase queries: every word is indexed
 * twice at the same position, stemmed ({@code sing} for "singing") and as written behind a marker
 * ({@code =singing}). Word queries use the stems, quoted phrases the marked forms. Both forms are
 * lower-cased and folded to ASCII, and curly apostrophes and quotes count as straight ones, so
 * "It’s Beyoncé" and "it's beyonce" are the same words. No stop words are removed: phrases need
 * every word. Offsets are those of the original text.
 */
public final class ArticleAnalyzer extends Analyzer {
    /** Marks the as-written form of a word; the tokenizer never emits '=' itself. */
    public static final String EXACT_PREFIX = "=";

    private static final NormalizeCharMap QUOTES = quoteMap();

    private static NormalizeCharMap quoteMap() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String apostrophe : List.of("\u2019", "\u2018", "\u02BC", "\u2032")) b.add(apostrophe, "'");
        for (String quote : List.of("\u201C", "\u201D", "\u201E")) b.add(quote, "\"");
        return b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(QUOTES, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        // The repeat marks one copy as a keyword: the stemmer leaves it alone and it gets the marker.
        ts = new KeywordRepeatFilter(ts);
        ts = new PorterStemFilter(ts);
        ts = new ExactFormFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    /** The stemmed terms of {@code text}, one per word, for free-text queries: "Singing birds" → [sing, bird]. */
    public List<String> stems(String text) {
        return terms(text, false);
    }

    /** The marked as-written terms of {@code text}, one per word, for phrases: "Singing" → [=singing]. */
    public List<String> exactForms(String text) {
        return terms(text, true);
    }

    private List<String> terms(String text, boolean exact) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream(Fields.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.startsWith(EXACT_PREFIX) == exact) out.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }
}
