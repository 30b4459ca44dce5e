package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.Fields;
import org.articlesearch.model.Article;
import org.articlesearch.split.ArticleSplitter;
import org.junit.jupiter.api.Test;

/**
 * Hits read with the segments' pooled stored-fields readers are what a reader made for the search alone
 * reads (the reference: {@code IndexSearcher.storedFields()}, as before the pool), from several threads at
 * once, and still after a refresh has closed the view the pooled readers were made from.
 */
class StoredFieldsPoolTest {
    @Test
    void pooledReadersReadWhatAFreshReaderReadsAcrossThreadsAndRefreshes() throws Exception {
        Random random = new Random(5);
        try (Directory dir = new ByteBuffersDirectory()) {
            // Texts of several 16 KB chunks per segment, so consecutive hits move between chunks.
            GeneratedArticles.index(dir, 120, a -> text(random));
            DirectoryReader first = DirectoryReader.open(dir);
            assertSameAsFresh(first, random, 4);
            for (LeafReaderContext leaf : first.leaves()) {
                int idle = StoredFieldsPool.of(leaf.reader()).idle();
                assertTrue(idle >= 1 && idle <= StoredFieldsPool.MAX_IDLE, "readers kept for the next search: " + idle);
            }

            // A refresh: articles rewritten and deleted (the old segment's core is shared with the new view), a new
            // segment; the view the pooled readers came from is closed before the new one reads with them.
            try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, "test")) {
                ArticleSplitter splitter = new ArticleSplitter();
                for (int i = 0; i < 15; i++) {
                    String id = "a" + random.nextInt(140);
                    if (i % 4 == 0) {
                        w.delete(id);
                    } else {
                        Article article = Article.of(id, "Story " + id, text(random));
                        w.replace(article, splitter.split(article));
                    }
                }
                w.commit();
            }
            DirectoryReader second = DirectoryReader.openIfChanged(first);
            first.close();
            assertTrue(second.leaves().size() > 1, "the old segment and the new one");
            assertTrue(second.hasDeletions());
            assertSameAsFresh(second, random, 4);
            second.close();
            assertEquals(0, StoredFieldsPool.segmentsKept(), "closing the last view lets the pools go");
        }
    }

    /** Pages of ten random documents, read by {@code threads} threads at once, each compared to a fresh reader's. */
    private static void assertSameAsFresh(DirectoryReader reader, Random random, int threads) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        int maxDoc = reader.maxDoc();
        List<int[]> pages = new ArrayList<>();
        for (int p = 0; p < 400; p++) {
            int[] page = new int[1 + random.nextInt(10)];
            for (int i = 0; i < page.length; i++) page[i] = random.nextInt(maxDoc);
            pages.add(page);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t;
                done.add(pool.submit(() -> {
                    int read = 0;
                    for (int p = from; p < pages.size(); p += threads) {
                        int[] page = pages.get(p);
                        HitReader.Passage[] passages = new HitReader(searcher).read(page);
                        var fresh = searcher.storedFields();
                        for (int i = 0; i < page.length; i++) {
                            Document d = fresh.document(page[i]);
                            HitReader.Passage got = passages[i];
                            assertEquals(d.get(Fields.TEXT), got.text(), "text of " + page[i]);
                            assertEquals(intValue(d, Fields.START), got.start(), "start of " + page[i]);
                            assertEquals(intValue(d, Fields.END), got.end(), "end of " + page[i]);
                            assertEquals(intValue(d, Fields.PARAGRAPH), got.paragraph(), "paragraph of " + page[i]);
                            assertEquals(d.get(Fields.SPEAKER_MENTION), got.speakerMention(), "mention of " + page[i]);
                            read++;
                        }
                    }
                    return read;
                }));
            }
            int read = 0;
            for (Future<Integer> f : done) read += f.get();
            assertTrue(read > 1_000, "documents compared: " + read);
        } finally {
            pool.shutdown();
        }
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().intValue();
    }

    /** Ten to twenty paragraphs, some of them quotes with a speaker. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 10 + random.nextInt(11);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) text.append("\n\n");
            if (p % 3 == 2) {
                text.append('"').append(GeneratedArticles.newsSentence(random)).append("\" said Ann Lee.");
            } else {
                text.append(GeneratedArticles.newsSentence(random)).append(' ').append(GeneratedArticles.newsSentence(random));
            }
        }
        return text.toString();
    }
}
