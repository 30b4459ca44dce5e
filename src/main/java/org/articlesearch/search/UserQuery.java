package org.articlesearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.articlesearch.index.ArticleAnalyzer.Word;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.index.Fields;

/**
 * A search box query, parsed leniently: no input is an error. Words are required and match any
 * form ({@code sing} finds "singing"); {@code "quoted phrases"} match the words as written, in
 * order; {@code -word} and {@code -"a phrase"} exclude; {@code OR} between two terms accepts
 * either ({@code AND} is what words do anyway and is dropped). Everything else (stray quotes, lone
 * operators, {@code *?:~^[]{}()\/!}) is punctuation; an unclosed quote runs to the end. Each term is
 * looked for in the text, and with less weight in the speaker and title. Plain words also score a
 * bonus where their stems stand together, in order. When every term together finds too little,
 * {@link #mostTerms(IndexSearcher)} is the query that asks for most of them.
 *
 * @param clauses  what a document must match, one per term in the order typed; empty when the input has no word to look for
 * @param adjacent the bonus for a query of plain words where they stand together; null for other queries
 * @param excluded what a document must not match
 */
public record UserQuery(List<Clause> clauses, Query adjacent, List<Query> excluded) {
    /** A title match counts less than a text match: the title is the same on every passage. */
    static final float TITLE_BOOST = 0.3f;
    static final float SPEAKER_BOOST = 0.5f;
    /** Extra weight for documents where the words of a plain multi-word query stand together. */
    static final float ADJACENT_BOOST = 2f;
    /** Bounds the query size so that no input exceeds Lucene's clause limit; the rest is ignored. */
    static final int MAX_TERMS = 64;
    static final int MAX_INPUT_CHARS = 2000;

    /**
     * One term of the query: a word, a quoted phrase, or terms joined by OR.
     *
     * @param query  what matches it, in the text, title or speaker
     * @param quoted true when it holds a quoted phrase, which the user asked for as written: never dropped
     */
    public record Clause(Query query, boolean quoted) {
    }

    public UserQuery {
        clauses = List.copyOf(clauses);
        excluded = List.copyOf(excluded);
    }

    /** Parses {@code input}: {@code UserQuery.parse("cherry bomb OR grenade -\"the runaways\"", analyzer)}. */
    public static UserQuery parse(String input, ArticleAnalyzer analyzer) {
        List<Token> tokens = tokenize(input);
        List<List<Query>> groups = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        List<String> plainWords = new ArrayList<>();
        boolean onlyPlainWords = true;
        boolean pendingOr = false;
        for (Token t : tokens) {
            if (t.kind == Kind.OR) {
                pendingOr = !groups.isEmpty();
                continue;
            }
            Query q = t.kind == Kind.PHRASE ? phrase(t.text, analyzer) : word(t.text, analyzer);
            if (q == null) continue;
            if (t.excluded) {
                excluded.add(q);
            } else {
                if (pendingOr) {
                    groups.getLast().add(q);
                    onlyPlainWords = false;
                } else {
                    groups.add(new ArrayList<>(List.of(q)));
                    quoted.add(false);
                }
                if (t.kind == Kind.PHRASE) {
                    onlyPlainWords = false;
                    quoted.set(quoted.size() - 1, true);
                } else {
                    plainWords.add(t.text);
                }
            }
            pendingOr = false;
        }
        List<Clause> clauses = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) clauses.add(new Clause(anyOf(groups.get(i)), quoted.get(i)));
        Query adjacent = null;
        if (onlyPlainWords && plainWords.size() > 1) {
            List<Word> words = analyzer.words(String.join(" ", plainWords));
            if (words.size() > 1) adjacent = new BoostQuery(standingTogether(words), ADJACENT_BOOST);
        }
        return new UserQuery(clauses, adjacent, excluded);
    }

    /** True when there is nothing to look for (blank input, or only operators and punctuation). */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** What a document must match to be found: every term, scored, with the bonus; null when the query {@link #isEmpty()}. */
    public Query positive() {
        if (clauses.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause c : clauses) b.add(c.query(), Occur.MUST);
        if (adjacent != null) b.add(adjacent, Occur.SHOULD);
        return b.build();
    }

    /** The whole query: every term (or every document) minus the exclusions. */
    public Query toQuery() {
        return withoutExcluded(positive());
    }

    /**
     * The forgiving query: documents that match most of the terms, those that match more first, or
     * null when the query keeps every term (see {@link MostTerms}). Quoted phrases and exclusions
     * still hold. The searcher tells which words are too common to count.
     */
    public Query mostTerms(IndexSearcher searcher) throws IOException {
        Query most = MostTerms.of(clauses, adjacent, searcher);
        return most == null ? null : withoutExcluded(most);
    }

    private Query withoutExcluded(Query positive) {
        if (excluded.isEmpty() && positive != null) return positive;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(positive != null ? positive : new MatchAllDocsQuery(), Occur.MUST);
        for (Query q : excluded) b.add(q, Occur.MUST_NOT);
        return b.build();
    }

    private static Query anyOf(List<Query> group) {
        if (group.size() == 1) return group.getFirst();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : group) b.add(q, Occur.SHOULD);
        return b.build();
    }

    /** A word matches any form of its stem; a "word" with inner punctuation (e-mail) is a phrase of its parts. */
    private static Query word(String text, ArticleAnalyzer analyzer) {
        List<Word> words = analyzer.words(text);
        return words.isEmpty() ? null : inAnyField(field -> stemsIn(field, words));
    }

    private static Query phrase(String text, ArticleAnalyzer analyzer) {
        List<String> terms = analyzer.writtenTerms(text);
        if (terms.isEmpty()) return null;
        List<Word> words = terms.size() > 1 ? analyzer.words(text) : List.of();
        return inAnyField(field -> field.equals(Fields.TEXT) && words.size() == terms.size()
                ? withPairFilters(termsIn(field, terms), words) : termsIn(field, terms));
    }

    /** Text counts fully, speaker and title less; the best field decides the score. */
    private static Query inAnyField(Function<String, Query> inField) {
        return new DisjunctionMaxQuery(List.of(
                inField.apply(Fields.TEXT),
                new BoostQuery(inField.apply(Fields.TITLE), TITLE_BOOST),
                new BoostQuery(inField.apply(Fields.SPEAKER), SPEAKER_BOOST)), 0f);
    }

    private static Query termsIn(String field, List<String> terms) {
        if (terms.size() == 1) return new TermQuery(new Term(field, terms.getFirst()));
        if (field.equals(Fields.TITLE)) return allOf(terms.stream().<Query>map(t -> new TermQuery(new Term(field, t))).toList());
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }

    /** Every form of each word's stem, the words in order when there are several. */
    private static Query stemsIn(String field, List<Word> words) {
        if (words.size() == 1) return anyStemForm(field, words.getFirst());
        if (field.equals(Fields.TITLE)) return allOf(words.stream().map(w -> anyStemForm(field, w)).toList());
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        for (Word w : words) b.add(w.stemTerms().stream().map(t -> new Term(field, t)).toArray(Term[]::new));
        return b.build();
    }

    /**
     * The phrase of the words' stems, scored as that phrase. Two common words are scored from their
     * pair's frequency in {@link Fields#WORD_PAIRS} ({@link AdjacentPairQuery}), with no position read;
     * otherwise the phrase stands behind its pairs as filters (see {@link #withPairFilters}). At 100× the
     * corpus, words queries' p99 came from reading positions in every passage holding the words: BENCHMARKS.md.
     */
    private static Query standingTogether(List<Word> words) {
        Query phrase = stemsIn(Fields.TEXT, words);
        if (words.size() == 2 && phrase instanceof MultiPhraseQuery two) {
            String pair = ArticleAnalyzer.wordPair(words.get(0).stem(), words.get(1).stem());
            if (pair != null) return new AdjacentPairQuery(two, new Term(Fields.WORD_PAIRS, pair));
        }
        return withPairFilters(phrase, words);
    }

    /**
     * {@code phrase} (of the text field, of {@code words} in order, as stems or as written) behind a filter
     * for each pair of neighbouring common words in {@link Fields#WORD_PAIRS}: every place where the words
     * stand together has those pairs, so the matches and scores are the phrase's, and its positions are
     * read only where the pairs are. A quoted {@code "to the"} at 100× the corpus read the positions of the
     * 900,000 passages holding both words to find the 224,500 where they stand together (126 ms in process,
     * the slowest of the bench's queries).
     */
    private static Query withPairFilters(Query phrase, List<Word> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(phrase, Occur.MUST);
        boolean filtered = false;
        for (int i = 1; i < words.size(); i++) {
            String pair = ArticleAnalyzer.wordPair(words.get(i - 1).stem(), words.get(i).stem());
            if (pair != null) {
                b.add(new TermQuery(new Term(Fields.WORD_PAIRS, pair)), Occur.FILTER);
                filtered = true;
            }
        }
        return filtered ? b.build() : phrase;
    }

    private static Query anyStemForm(String field, Word word) {
        SynonymQuery.Builder b = new SynonymQuery.Builder(field);
        for (String t : word.stemTerms()) b.addTerm(new Term(field, t));
        return b.build();
    }

    /** The title has no positions (see {@link Fields#TITLE}): a phrase there is all of its words. */
    private static Query allOf(List<Query> queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : queries) b.add(q, Occur.MUST);
        return b.build();
    }

    /** What a piece of the search box input is. */
    public enum Kind { WORD, PHRASE, OR }

    /**
     * One piece of the input, before analysis: a word, a quoted phrase (without its quotes) or OR.
     * Other backends build their own queries from these, so both read the search box alike.
     */
    public record Token(Kind kind, String text, boolean excluded) {
    }

    /** Splits the input into words, phrases and ORs; an unclosed quote runs to the end of the input. */
    public static List<Token> tokenize(String input) {
        if (input == null) input = "";
        String s = normalizeQuotes(input.length() > MAX_INPUT_CHARS ? input.substring(0, MAX_INPUT_CHARS) : input);
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n && out.size() < MAX_TERMS) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                excluded = true;
                c = s.charAt(++i);
            }
            if (c == '"') {
                int close = s.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                out.add(new Token(Kind.PHRASE, s.substring(i + 1, end), excluded));
                i = close < 0 ? n : close + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '"') i++;
            String word = s.substring(start, i);
            if (word.equals("OR") && !excluded) {
                out.add(new Token(Kind.OR, word, false));
            } else if (!(word.equals("AND") && !excluded)) {
                // AND is what words do anyway; searching for the word "and" is not what the user meant.
                out.add(new Token(Kind.WORD, word, excluded));
            }
        }
        return out;
    }

    private static String normalizeQuotes(String s) {
        return s.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"');
    }
}
