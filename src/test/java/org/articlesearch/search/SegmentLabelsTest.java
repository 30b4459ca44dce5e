package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.articlesearch.index.ArticleIndexWriter;
import org.articlesearch.index.Fields;
import org.articlesearch.model.Article;
import org.articlesearch.model.PassageType;
import org.articlesearch.split.ArticleSplitter;
import org.junit.jupiter.api.Test;

/** The facets read labels from arrays; the reference is the doc values they are copied from. */
class SegmentLabelsTest {
    @Test
    void everyDocumentsTypeAndSpeakerAreTheDocValuesOnes() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (ArticleIndexWriter w = ArticleIndexWriter.open(dir, "test")) {
                ArticleSplitter splitter = new ArticleSplitter();
                for (int a = 0; a < 40; a++) {
                    String name = List.of("Ann Lee", "Tom Hart", "Raj Patel").get(a % 3);
                    String text = "The council met on Monday to talk about item " + a + ".\n\n\"We will not close the library this"
                            + " year,\" said " + name + ".\n\n\"It is a good day for all of us,\" she added.\n\n"
                            + "\"Nobody knows what happens next in this town,\" a voice said.";
                    Article article = Article.of("a" + a, "Story " + a, text);
                    w.replace(article, splitter.split(article));
                    if (a % 10 == 9) w.commit(); // several segments
                }
                w.commit();
            }
            int segments;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                segments = reader.leaves().size();
                assertTrue(segments > 1);
                int quotesWithSpeaker = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    SegmentLabels labels = SegmentLabels.of(leaf.reader());
                    assertSame(labels, SegmentLabels.of(leaf.reader()), "built once per segment");
                    SortedDocValues types = DocValues.getSorted(leaf.reader(), Fields.TYPE);
                    SortedDocValues speakers = DocValues.getSorted(leaf.reader(), Fields.SPEAKER_FACET);
                    assertEquals(speakers.getValueCount(), labels.speakerCount());
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        PassageType want = types.advanceExact(doc) ? PassageType.fromLabel(types.lookupOrd(types.ordValue()).utf8ToString()) : null;
                        assertEquals(want, labels.type(doc), "type of " + doc);
                        int speaker = speakers.advanceExact(doc) ? speakers.ordValue() : -1;
                        assertEquals(speaker, labels.speaker(doc), "speaker of " + doc);
                        if (speaker >= 0) quotesWithSpeaker++;
                    }
                }
                assertTrue(quotesWithSpeaker >= 40, "quotes with a speaker: " + quotesWithSpeaker);
            }
            assertEquals(0, SegmentLabels.segmentsKept(), "closing the reader lets the labels go");
        }
    }
}
