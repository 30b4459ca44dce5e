package org.articlesearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class WordPairFilterTest {
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    @Test
    void neighbouringCommonWordsArePairedByTheirStems() throws IOException {
        // "years" is not its own stem: the pair holds the stem, as a words query looks for it.
        // A comma does not part words, for a phrase either: "war, he" stand together.
        assertEquals(List.of("he said", "said the", "the year", "year of", "of the", "the war", "war he", "he said"),
                pairs("He said the years of the war, he said."));
    }

    @Test
    void aRareWordBreaksThePairsAroundIt() throws IOException {
        assertEquals(List.of("said she", "she said"), pairs("The xylophone said she said"));
        assertEquals(List.of(), pairs("Xylophones, marimbas and glockenspiels"));
    }

    @Test
    void theQuerySideNamesExactlyThePairsTheIndexKeeps() throws IOException {
        assertEquals("of the", ArticleAnalyzer.wordPair("of", "the"));
        assertEquals(pairs("the years").getFirst(), ArticleAnalyzer.wordPair("the", analyzer.words("years").getFirst().stem()));
        assertNull(ArticleAnalyzer.wordPair("the", "xylophon"));
    }

    @Test
    void theTextFieldItselfKeepsItsWords() throws IOException {
        List<String> terms = terms(Fields.TEXT, "He said the years");
        assertEquals(List.of("he", "said", "the", "=years", "~year"), terms);
    }

    @Test
    void theIndexHoldsThePairsOfTheTextsOwnAnalysisAsTheFilterMakesThem() throws IOException {
        String[] texts = {"He said the years of the war, he asked.", "The xylophone said she said",
                "\"We will not close the library this year,\" said Ann Lee, who was the head of the council in 2010.",
                "Singing, dancing and the arts: all of it was there for them to see, and more.", "", "the"};
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            List<PairedText> paired = new ArrayList<>();
            List<Document> docs = new ArrayList<>();
            FieldType pairsType = new FieldType(TextField.TYPE_NOT_STORED);
            pairsType.setIndexOptions(IndexOptions.DOCS);
            pairsType.setOmitNorms(true);
            for (String text : texts) {
                PairedText p = new PairedText(text, pairsType);
                Document d = new Document();
                d.add(p.textField());
                d.add(p.pairsField());
                paired.add(p);
                docs.add(d);
            }
            w.addDocuments(docs); // one batch, as an article's passages are added
            w.commit();
            for (PairedText p : paired) assertTrue(p.playedBack(), "the pairs came from the text's own analysis");
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                for (int doc = 0; doc < texts.length; doc++) {
                    java.util.Set<String> want = new java.util.TreeSet<>(pairs(texts[doc]));
                    java.util.Set<String> got = new java.util.TreeSet<>();
                    Terms terms = leaf.terms(Fields.WORD_PAIRS);
                    if (terms != null) {
                        TermsEnum te = terms.iterator();
                        for (BytesRef t = te.next(); t != null; t = te.next()) {
                            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                            if (pe.advance(doc) == doc) got.add(t.utf8ToString());
                        }
                    }
                    assertEquals(want, got, texts[doc]);
                    assertEquals(texts[doc], leaf.storedFields().document(doc).get(Fields.TEXT), "the text is stored");
                }
                assertEquals(1, reader.docFreq(new Term(Fields.TEXT, "xylophon")) + reader.docFreq(new Term(Fields.TEXT, "~xylophon")));
            }
        }
    }

    private List<String> pairs(String text) throws IOException {
        return terms(Fields.WORD_PAIRS, text);
    }

    private List<String> terms(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
