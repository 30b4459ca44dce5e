package org.articlesearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The stored texts' decompressor lends one buffer to the documents a reader reads. What is stored is what
 * is read back, through searches and merges, with documents small and larger than two chunks (which Lucene
 * reads in slices, and merges through a second buffer); a merge's whole-chunk reads never get the lent buffer.
 */
class LendingLz4Test {
    @Test
    void everyStoredTextReadsBackAfterMergesWithDeletionsAndHugeDocuments() throws IOException {
        Random random = new Random(3);
        List<String> texts = new ArrayList<>();
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig().setCodec(new ArticleCodec());
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int i = 0; i < 3_000; i++) {
                    // Mostly paragraphs; now and then a document over two 16 KB chunks, stored in slices.
                    String text = i % 97 == 5 ? words(random, 9_000 + random.nextInt(9_000)) : words(random, 5 + random.nextInt(120));
                    texts.add(text);
                    Document d = new Document();
                    d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                    d.add(new StoredField("text", text));
                    w.addDocument(d);
                    if (i % 500 == 499) w.commit();
                    if (i % 7 == 3) w.deleteDocuments(new Term("id", Integer.toString(i - 2)));
                }
                w.commit();
                assertReadsBack(dir, texts, random);
                w.forceMerge(1); // the deletions make the merge read documents, not copy chunks
                w.commit();
            }
            assertReadsBack(dir, texts, random);
        }
    }

    @Test
    void aMergeReadingWholeChunksNeverGetsTheLentBuffer() throws IOException {
        Compressor compressor = LendingLz4.INSTANCE.newCompressor();
        byte[] chunk = words(new Random(9), 3_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        compressor.compress(toInput(chunk), out);
        byte[] compressed = out.toArrayCopy();
        Decompressor decompressor = LendingLz4.INSTANCE.newDecompressor();

        BytesRef first = new BytesRef();
        decompressor.decompress(new ByteArrayDataInput(compressed), chunk.length, 100, 50, first);
        BytesRef second = new BytesRef();
        decompressor.decompress(new ByteArrayDataInput(compressed), chunk.length, 200, 50, second);
        assertSame(first.bytes, second.bytes, "documents read one after the other share the buffer");
        assertEquals(new BytesRef(chunk, 200, 50), second);

        BytesRef whole = new BytesRef();
        decompressor.decompress(new ByteArrayDataInput(compressed), chunk.length, 0, chunk.length, whole);
        assertNotSame(first.bytes, whole.bytes, "a whole chunk, as a merge reads it, gets its own buffer");
        assertEquals(new BytesRef(chunk), whole);
    }

    private static org.apache.lucene.store.ByteBuffersDataInput toInput(byte[] bytes) {
        return new org.apache.lucene.store.ByteBuffersDataInput(List.of(java.nio.ByteBuffer.wrap(bytes)));
    }

    private static void assertReadsBack(Directory dir, List<String> texts, Random random) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            List<Integer> docs = new ArrayList<>();
            for (int d = 0; d < reader.maxDoc(); d++) docs.add(d);
            java.util.Collections.shuffle(docs, random);
            int huge = 0;
            for (int d : docs) {
                Document doc = stored.document(d);
                String text = texts.get(Integer.parseInt(doc.get("id")));
                assertEquals(text, doc.get("text"), "document " + doc.get("id"));
                if (text.length() > 32 * 1024) huge++;
            }
            assertTrue(huge > 10, "documents stored in slices: " + huge);
        }
    }

    private static String words(Random random, int n) {
        String[] vocabulary = "the minister said rates will rise and bank stay on hold while markets fell sharply after vote"
                .split(" ");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        return s.toString();
    }
}
