package org.articlesearch.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.ArticleSearch;
import org.articlesearch.Rebuild;
import org.articlesearch.bench.BenchQuery;
import org.articlesearch.bench.LoadedCorpus;
import org.articlesearch.bench.QuerySet;
import org.articlesearch.index.ArticleAnalyzer;
import org.articlesearch.model.Article;
import org.articlesearch.model.Hit;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;
import org.articlesearch.model.SearchRequest;
import org.articlesearch.model.SearchResult;

/**
 * Measures the fallback to most of a query's terms (see {@link MostTerms}) against every term
 * required, as before it, on the same index in the same run: natural-language questions (CISI,
 * with a plain Lucene BM25 baseline, scored by {@code trec_eval.py}), misremembered quotes and the
 * benchmark's keyword queries (BBC). Figures and what they mean: QUALITY.md, "Ranking
 * natural-language questions". Not a test: run it by hand (about two minutes), e.g.
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.articlesearch.search.RankingQuality ../shared}.
 */
public final class RankingQuality {
    /** Articles ranked per topic: trec_eval.py reads the first 1,000. */
    static final int RUN_DEPTH = 1000;
    static final long SEED = 13L;
    static final int QUOTES = 1000;
    static final int MIN_QUOTE_WORDS = 12;
    static final int WINDOW = 8;

    private RankingQuality() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RankingQuality SHARED_DIR [OUT_DIR]   (SHARED_DIR holds corpus/ir/cisi and corpus/bbc)");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "target/quality");
        Files.createDirectories(out);
        cisi(shared, out);
        bbc(shared.resolve("corpus/bbc"), out);
    }

    // ---- CISI: natural-language questions -------------------------------------------------------

    static void cisi(Path shared, Path out) throws IOException {
        Path dir = shared.resolve("corpus/ir/cisi");
        LoadedCorpus corpus = LoadedCorpus.read(dir.resolve("docs.jsonl"));
        Map<String, String> topics = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("topics.tsv"), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) topics.put(line.substring(0, tab), line.substring(tab + 1));
        }
        onIndex(out.resolve("cisi-index"), corpus.articles(), (before, after) -> {
            writeRun(out.resolve("cisi-before.run"), "allterms", topics, q -> articles(before, q));
            writeRun(out.resolve("cisi-after.run"), "forgiving", topics, q -> articles(after, q));
        });
        writeRun(out.resolve("cisi-bm25.run"), "bm25", topics, bm25(corpus.articles()));
        System.out.printf(Locale.ROOT, "CISI: %d articles, %d topics, scored by trec_eval.py:%n", corpus.articles().size(), topics.size());
        Process scorer = new ProcessBuilder("python3", shared.resolve("tools/trec_eval.py").toString(),
                dir.resolve("qrels.txt").toString(), out.resolve("cisi-before.run").toString(),
                out.resolve("cisi-after.run").toString(), out.resolve("cisi-bm25.run").toString()).inheritIO().start();
        try {
            scorer.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    interface Ranker {
        List<String> rank(String question) throws IOException;
    }

    interface Search {
        SearchResult apply(SearchRequest request);
    }

    interface IoCall<T> {
        T call() throws IOException;
    }

    static <T> T io(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles in the order of their best passage, each once, up to {@link #RUN_DEPTH}. */
    static List<String> articles(Search search, String question) {
        Set<String> ids = new LinkedHashSet<>();
        int offset = 0;
        while (ids.size() < RUN_DEPTH && offset <= SearchRequest.MAX_OFFSET) {
            SearchResult r = search.apply(SearchRequest.of(question).withLimit(SearchRequest.MAX_LIMIT).withOffset(offset));
            for (Hit h : r.hits()) ids.add(h.articleId());
            offset += SearchRequest.MAX_LIMIT;
            if (offset >= r.total()) break;
        }
        return new ArrayList<>(ids).subList(0, Math.min(ids.size(), RUN_DEPTH));
    }

    static void writeRun(Path file, String tag, Map<String, String> topics, Ranker ranker) throws IOException {
        int empty = 0;
        long t0 = System.nanoTime();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (Map.Entry<String, String> t : topics.entrySet()) {
                List<String> ranked = ranker.rank(t.getValue());
                if (ranked.isEmpty()) empty++;
                for (int i = 0; i < ranked.size(); i++) {
                    w.printf(Locale.ROOT, "%s Q0 %s %d %d %s%n", t.getKey(), ranked.get(i), i + 1, ranked.size() - i, tag);
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %-9s %s: %d of %d topics without results, %.1f s%n", tag, file, empty, topics.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The plain baseline: each article's title and text as one field, EnglishAnalyzer, BM25 with
     * k1 0.9 and b 0.4, the question's analysed words ORed.
     */
    static Ranker bm25(List<Article> articles) throws IOException {
        Analyzer english = new EnglishAnalyzer();
        BM25Similarity bm25 = new BM25Similarity(0.9f, 0.4f);
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(english).setSimilarity(bm25))) {
            for (Article a : articles) {
                Document doc = new Document();
                doc.add(new StringField("id", a.id(), Field.Store.YES));
                doc.add(new TextField("text", a.title() + "\n" + a.text(), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        searcher.setSimilarity(bm25);
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 4096));
        return question -> {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            try (TokenStream ts = english.tokenStream("text", question)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) b.add(new TermQuery(new Term("text", term.toString())), Occur.SHOULD);
                ts.end();
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(b.build(), RUN_DEPTH).scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc).get("id"));
            }
            return ids;
        };
    }

    interface Measure {
        void run(Search before, Search after) throws IOException;
    }

    /**
     * Indexes {@code articles} into {@code index} and measures on it: {@code before} requires every
     * term, as the engine did before the fallback; {@code after} is the facade's search.
     */
    static void onIndex(Path index, List<Article> articles, Measure measure) throws IOException {
        try (Rebuild rebuild = ArticleSearch.rebuild(index)) {
            articles.forEach(rebuild::add);
            rebuild.commit();
        }
        try (ArticleSearch after = ArticleSearch.openReadOnly(index);
             Directory d = FSDirectory.open(index);
             DirectoryReader reader = DirectoryReader.open(d)) {
            PassageSearcher strict = new PassageSearcher(new IndexSearcher(reader), new ArticleAnalyzer(), false);
            measure.run(r -> io(() -> strict.search(r)), after::search);
        }
    }

    // ---- BBC: half-remembered quotes and keyword queries ----------------------------------------

    static void bbc(Path dir, Path out) throws IOException {
        LoadedCorpus corpus = LoadedCorpus.read(dir);
        onIndex(out.resolve("bbc-index"), corpus.articles(), (before, after) -> {
            quotes(corpus, before, after, out.resolve("bbc-quotes.tsv"));
            keywords(corpus, before, after);
        });
    }

    /** A quote to find and the words of its text. */
    record Quote(Passage passage, List<String> words) {
    }

    static void quotes(LoadedCorpus corpus, Search before, Search after, Path file) throws IOException {
        List<Quote> quotes = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (List<Passage> ps : corpus.passages()) {
            for (Passage p : ps) {
                List<String> words = QuerySet.words(p.text());
                tokens.addAll(words);
                if (p.type() == PassageType.QUOTE && words.size() >= MIN_QUOTE_WORDS) quotes.add(new Quote(p, words));
            }
        }
        Random random = new Random(SEED);
        Collections.shuffle(quotes, random);
        List<Quote> sample = quotes.subList(0, Math.min(QUOTES, quotes.size()));
        int[] exactBefore = new int[1], exactAfter = new int[1], misBefore = new int[1], misAfter = new int[1];
        Map<String, Integer> matched = new TreeMap<>();
        long nanosBefore = 0, nanosAfter = 0;
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        for (Quote q : sample) {
            int start = random.nextInt(q.words().size() - WINDOW + 1);
            List<String> window = new ArrayList<>(q.words().subList(start, start + WINDOW));
            String exact = String.join(" ", window);
            int drop = random.nextInt(WINDOW);
            int replace = (drop + 1 + random.nextInt(WINDOW - 1)) % WINDOW;
            window.set(replace, tokens.get(random.nextInt(tokens.size())));
            window.remove(drop);
            String misremembered = String.join(" ", window);
            w.printf("%s\t%s\t%s%n", q.passage().id(), exact, misremembered);
            if (inTop3(before, exact, q.passage())) exactBefore[0]++;
            if (inTop3(after, exact, q.passage())) exactAfter[0]++;
            long t0 = System.nanoTime();
            if (inTop3(before, misremembered, q.passage())) misBefore[0]++;
            long t1 = System.nanoTime();
            SearchResult r = after.apply(SearchRequest.of(misremembered).withLimit(3));
            long t2 = System.nanoTime();
            nanosBefore += t1 - t0;
            nanosAfter += t2 - t1;
            matched.merge(r.matched(), 1, Integer::sum);
            if (found(r, q.passage())) misAfter[0]++;
        }
        w.close();
        int n = sample.size();
        System.out.printf(Locale.ROOT, "BBC quotes: %d of %d quotes of %d+ words, seed %d, source quote in the top 3%n",
                n, quotes.size(), MIN_QUOTE_WORDS, SEED);
        System.out.printf(Locale.ROOT, "  exact %d-word windows:          before %5.1f%%  after %5.1f%%%n", WINDOW,
                100.0 * exactBefore[0] / n, 100.0 * exactAfter[0] / n);
        System.out.printf(Locale.ROOT, "  one dropped, one replaced:      before %5.1f%%  after %5.1f%%  (matched: %s)%n",
                100.0 * misBefore[0] / n, 100.0 * misAfter[0] / n, matched);
        System.out.printf(Locale.ROOT, "  time per misremembered quote (top 3, highlighted): before %.2f ms, after %.2f ms%n",
                nanosBefore / 1e6 / n, nanosAfter / 1e6 / n);
    }

    static boolean inTop3(Search search, String query, Passage source) {
        return found(search.apply(SearchRequest.of(query).withLimit(3)), source);
    }

    /** The quote itself, or the same words in a copy of its article (the BBC set holds a few duplicates). */
    static boolean found(SearchResult r, Passage source) {
        return r.hits().stream().anyMatch(h -> h.id().equals(source.id()) || h.text().contains(source.text()));
    }

    /**
     * The benchmark's queries: a query whose terms together fill a page must come back exactly as
     * before; the others are counted by why they changed, and whether the hits with every term
     * still lead the page.
     */
    static void keywords(LoadedCorpus corpus, Search before, Search after) {
        List<BenchQuery> queries = QuerySet.generate(corpus, 1200, QuerySet.SEED);
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        int fullPage = 0, fullPageChanged = 0, changed = 0, allTermsLead = 0;
        long nanosBefore = 0, nanosAfter = 0;
        Map<String, Integer> why = new TreeMap<>();
        for (BenchQuery q : queries) {
            long t0 = System.nanoTime();
            SearchResult b = before.apply(q.request());
            long t1 = System.nanoTime();
            SearchResult a = after.apply(q.request());
            nanosBefore += t1 - t0;
            nanosAfter += System.nanoTime() - t1;
            boolean same = b.total() == a.total() && ids(b).equals(ids(a)) && b.facets().equals(a.facets());
            long unnarrowed = b.facets().type().values().stream().mapToLong(Long::longValue).sum();
            if (unnarrowed >= PassageSearcher.FALL_BACK_BELOW) {
                fullPage++;
                if (!same) fullPageChanged++;
            }
            if (same) continue;
            changed++;
            int terms = UserQuery.parse(q.q(), analyzer).clauses().size();
            why.merge(String.format(Locale.ROOT, "%s of %d terms, %s with all", q.kind(), terms,
                    unnarrowed == 0 ? "none" : "1-9"), 1, Integer::sum);
            Set<String> strict = new HashSet<>(b.hits().stream().map(Hit::id).toList());
            Set<String> lead = new HashSet<>(a.hits().stream().limit(strict.size()).map(Hit::id).toList());
            if (lead.equals(strict)) allTermsLead++;
        }
        System.out.printf(Locale.ROOT, "Bench queries (seed %d): %d, of which %d fill a page with all their terms: %d of those changed.%n",
                QuerySet.SEED, queries.size(), fullPage, fullPageChanged);
        System.out.printf(Locale.ROOT, "  %d changed: %s; in %d of them the hits with every term still lead the page%n",
                changed, why, allTermsLead);
        System.out.printf(Locale.ROOT, "  mean time per query (first page, highlighted): before %.2f ms, after %.2f ms%n",
                nanosBefore / 1e6 / queries.size(), nanosAfter / 1e6 / queries.size());
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.id() + "@" + h.score()).toList();
    }
}
