package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.Fields;
import org.articlesearch.model.AlsoIn;
import org.articlesearch.model.Article;
import org.articlesearch.split.ArticleSplitter;
import org.junit.jupiter.api.Test;

/**
 * Where else a hit's text appears, read from the holders the view keeps for each repeated text, is what
 * the set query over the text keys finds (the reference it replaced), over several segments with
 * replaced and deleted articles.
 */
class TextCopiesTest {
    @Test
    void theKeptHoldersNameTheSameOtherArticlesAsTheSearchForTheKeys() throws IOException {
        Random random = new Random(11);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 40; i++) paragraphs.add(GeneratedArticles.newsSentence(random));
        try (Directory dir = new ByteBuffersDirectory()) {
            GeneratedArticles.index(dir, 150, a -> text(paragraphs, random));
            // A second and a third segment: some articles rewritten (their old documents deleted), some deleted, some
            // new; few enough that the merge policy, which merges away segments of many deletions, leaves them be.
            ArticleSplitter splitter = new ArticleSplitter();
            for (int round = 0; round < 2; round++) {
                try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, "test")) {
                    for (int i = 0; i < 8; i++) {
                        String id = "a" + random.nextInt(200);
                        if (random.nextInt(4) == 0) {
                            w.delete(id);
                        } else {
                            Article article = Article.of(id, "Story " + id, text(paragraphs, random));
                            w.replace(article, splitter.split(article));
                        }
                    }
                    w.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() > 1, "several segments");
                assertTrue(reader.hasDeletions(), "deleted documents");
                IndexSearcher searcher = new IndexSearcher(reader);
                ScoreDoc[] all = searcher.search(new MatchAllDocsQuery(), reader.maxDoc()).scoreDocs;
                long[] keys = Grouping.keys(searcher, all);
                String[] articleIds = new String[all.length];
                var ids = new ArticleIdReader(searcher);
                for (int i = 0; i < all.length; i++) articleIds[i] = ids.of(all[i].doc);
                int withCopies = 0;
                // Pages of ten, as a result page asks.
                for (int from = 0; from < all.length; from += 10) {
                    int to = Math.min(all.length, from + 10);
                    long[] page = java.util.Arrays.copyOfRange(keys, from, to);
                    String[] pageIds = java.util.Arrays.copyOfRange(articleIds, from, to);
                    AlsoIn[] kept = Grouping.alsoIn(searcher, page, pageIds);
                    AlsoIn[] searched = alsoInBySearch(searcher, page, pageIds);
                    for (int i = 0; i < page.length; i++) {
                        assertEquals(searched[i], kept[i], "document " + all[from + i].doc);
                        if (kept[i] != null) withCopies++;
                    }
                }
                assertTrue(withCopies > all.length / 2, "most texts have copies in other articles: " + withCopies);
            }
        }
    }

    /**
     * {@link Grouping#alsoIn} as it was before the holders were kept with the view: one set query for the
     * page's keys over the key points.
     */
    private static AlsoIn[] alsoInBySearch(IndexSearcher searcher, long[] keys, String[] articleIds) throws IOException {
        TextCopies copies = TextCopies.of(searcher.getIndexReader());
        long[] wanted = java.util.Arrays.stream(keys).filter(copies::hasCopies).distinct().toArray();
        java.util.Map<Long, Set<String>> articlesByKey = new java.util.HashMap<>();
        if (wanted.length == 0) return Grouping.alsoIn(articlesByKey, keys, articleIds);
        searcher.search(LongPoint.newSetQuery(Fields.TEXT_KEY, wanted), new SimpleCollector() {
            private SortedNumericDocValues keyValues;
            private SortedDocValues ids;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                keyValues = DocValues.getSortedNumeric(context.reader(), Fields.TEXT_KEY);
                ids = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!keyValues.advanceExact(doc) || !ids.advanceExact(doc)) return;
                Set<String> articles = articlesByKey.computeIfAbsent(keyValues.nextValue(), k -> new java.util.TreeSet<>());
                articles.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return Grouping.alsoIn(articlesByKey, keys, articleIds);
    }

    /** Article ids of documents, read as the result page reads them. */
    private static final class ArticleIdReader {
        private final IndexSearcher searcher;

        ArticleIdReader(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        String of(int doc) throws IOException {
            var leaves = searcher.getIndexReader().leaves();
            var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
            var values = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), org.articlesearch.index.Fields.ARTICLE_ID);
            return values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
        }
    }

    private static String text(List<String> paragraphs, Random random) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 1 + random.nextInt(4); p++) {
            text.append(paragraphs.get((int) Math.min(paragraphs.size() - 1, Math.abs(random.nextGaussian()) * 10))).append("\n\n");
        }
        return text.toString().strip();
    }
}
