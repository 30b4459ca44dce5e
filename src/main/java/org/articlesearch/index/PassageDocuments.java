package org.articlesearch.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.articlesearch.ingest.PublicationDate;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;

/**
 * Builds the Lucene documents of one article: one per passage, in article order. Only what differs
 * from passage to passage is stored (text and position); what an article's passages share (title,
 * id, metadata) and the short labels (type, speaker) are in doc values, which keep each distinct
 * value once per segment, so a title is on disk once, not once per passage. A quote's speaker
 * mention ("he") is stored with its offsets, on the quotes that have one.
 */
public final class PassageDocuments {
    /**
     * Doc values hold at most 32766 bytes; a longer speaker is a splitting accident, a longer
     * title or address a broken page. Cut, they still say what they are.
     */
    private static final int MAX_LABEL_CHARS = 200;
    private static final int MAX_METADATA_CHARS = 2000;
    /**
     * A title is the same on every passage of its article: which words it has is all a search
     * asks of it, so it keeps neither positions nor frequencies, nor a length for scoring.
     */
    private static final FieldType TITLE_WORDS = wordsOnly();
    /**
     * Which passages hold a pair, and how often: the pair's frequency in a passage is the frequency of the
     * phrase of its two stems, which scores the bonus of two common words standing together (see
     * {@code AdjacentPairQuery}) without reading positions.
     */
    private static final FieldType WORD_PAIRS = wordsAndFrequencies();

    private static FieldType wordsOnly() {
        return withoutPositions(IndexOptions.DOCS);
    }

    private static FieldType wordsAndFrequencies() {
        return withoutPositions(IndexOptions.DOCS_AND_FREQS);
    }

    /** Analysed, not stored, no positions and no length for scoring: terms with {@code options} only. */
    private static FieldType withoutPositions(IndexOptions options) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(options);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    private PassageDocuments() {
    }

    /**
     * The documents for {@code passages} of {@code article}, each keyed by its own text; the list
     * position becomes the ordinal. Near copies are not looked for.
     */
    public static List<Document> of(Article article, List<Passage> passages) {
        return of(article, passages, NearCopies.unjudged(passages));
    }

    /**
     * The documents for {@code passages} of {@code article}, keyed as {@code verdict} says; the
     * first document says which article this is a near copy of.
     */
    public static List<Document> of(Article article, List<Passage> passages, NearCopies.Verdict verdict) {
        List<Document> docs = new ArrayList<>(passages.size());
        LocalDate day = PublicationDate.parse(article.published());
        for (int i = 0; i < passages.size(); i++) {
            docs.add(document(article, passages.get(i), i, day, verdict.keys()[i]));
        }
        if (docs.isEmpty()) return docs;
        Document first = docs.getFirst();
        if (verdict.isCopy()) {
            first.add(new StringField(Fields.NEAR_COPY_OF, verdict.originalId(), Field.Store.NO));
            first.add(new SortedDocValuesField(Fields.NEAR_COPY_OF, new BytesRef(verdict.originalId())));
        }
        return docs;
    }

    /** A passage's id: its article's id and its ordinal, "articleId#n". */
    public static String passageId(String articleId, long ordinal) {
        return articleId + "#" + ordinal;
    }

    private static Document document(Article article, Passage p, int ordinal, LocalDate day, long textKey) {
        Document d = new Document();
        d.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(article.id())));
        String type = p.type().label();
        d.add(new StringField(Fields.TYPE, type, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.TYPE, new BytesRef(type)));
        // Offsets are not indexed: the highlighter re-analyses the few texts it marks, for a smaller index.
        PairedText text = new PairedText(p.text(), WORD_PAIRS);
        d.add(text.textField());
        d.add(text.pairsField());
        d.add(new LongField(Fields.TEXT_KEY, textKey, Field.Store.NO));
        d.add(new Field(Fields.TITLE, article.title(), TITLE_WORDS));
        d.add(label(Fields.TITLE, article.title(), MAX_METADATA_CHARS));
        if (p.speaker() != null && !p.speaker().isBlank()) {
            String speaker = p.speaker().strip();
            d.add(new TextField(Fields.SPEAKER, speaker, Field.Store.NO));
            d.add(label(Fields.SPEAKER_FACET, speaker, MAX_LABEL_CHARS));
            addMention(d, p);
        }
        d.add(new StoredField(Fields.PARAGRAPH, p.paragraph()));
        d.add(new StoredField(Fields.START, p.start()));
        d.add(new StoredField(Fields.END, p.end()));
        d.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        addIfPresent(d, Fields.URL, article.url());
        addIfPresent(d, Fields.PUBLISHED, article.published());
        if (day != null) {
            d.add(new LongPoint(Fields.PUBLISHED_DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, day.toEpochDay()));
        }
        addIfPresent(d, Fields.AUTHOR, article.author());
        addIfPresent(d, Fields.SOURCE, article.source());
        return d;
    }

    /**
     * The words a quote's speaker was credited from, and where they are, so a reader can see why:
     * stored on quotes only, and only when the splitter found them, so other passages cost nothing.
     */
    private static void addMention(Document d, Passage p) {
        if (p.type() != PassageType.QUOTE || p.speakerMention() == null || p.speakerMention().isEmpty()
                || p.speakerStart() < 0 || p.speakerEnd() < p.speakerStart()) {
            return;
        }
        d.add(new StoredField(Fields.SPEAKER_MENTION, p.speakerMention()));
        d.add(new StoredField(Fields.SPEAKER_START, p.speakerStart()));
        d.add(new StoredField(Fields.SPEAKER_END, p.speakerEnd()));
    }

    private static SortedDocValuesField label(String field, String value, int maxChars) {
        String cut = value.length() <= maxChars ? value
                : value.substring(0, Character.isHighSurrogate(value.charAt(maxChars - 1)) ? maxChars - 1 : maxChars);
        return new SortedDocValuesField(field, new BytesRef(cut));
    }

    private static void addIfPresent(Document d, String field, String value) {
        if (value != null) d.add(label(field, value, MAX_METADATA_CHARS));
    }
}
