package org.articlesearch.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.articlesearch.index.Fields;
import org.articlesearch.index.PassageDocuments;
import org.articlesearch.index.NearCopies;
import org.articlesearch.ingest.PublicationDate;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;

/**
 * The Solr documents of one article: one per passage, in article order, with the local index's
 * fields (see {@link PassageDocuments}) under the same names; the configset's schema derives the
 * searchable copies (text_exact, title_words, speaker_words...). The id is the passage id, so
 * {@code /api/articles/{id}} and hits name passages alike on both backends.
 */
final class SolrDocuments {
    /** Solr's string fields hold at most 32766 bytes in doc values: the same cut as the local index's labels. */
    private static final int MAX_LABEL_CHARS = 200;
    private static final int MAX_METADATA_CHARS = 2000;

    private SolrDocuments() {
    }

    /** The documents of an article, each keyed by its own text: near copies are not looked for. */
    static List<SolrInputDocument> of(Article article, List<Passage> passages) {
        return of(article, passages, NearCopies.unjudged(passages));
    }

    /** The documents of an article keyed as {@code verdict} says, the first naming the original of a near copy. */
    static List<SolrInputDocument> of(Article article, List<Passage> passages, NearCopies.Verdict verdict) {
        List<SolrInputDocument> docs = new ArrayList<>(passages.size());
        LocalDate day = PublicationDate.parse(article.published());
        for (int i = 0; i < passages.size(); i++) docs.add(document(article, passages.get(i), i, day, verdict.keys()[i]));
        if (verdict.isCopy() && !docs.isEmpty()) docs.getFirst().addField(Fields.NEAR_COPY_OF, verdict.originalId());
        return docs;
    }

    private static SolrInputDocument document(Article article, Passage p, int ordinal, LocalDate day, long textKey) {
        SolrInputDocument d = new SolrInputDocument();
        d.addField("id", PassageDocuments.passageId(article.id(), ordinal));
        d.addField(Fields.ARTICLE_ID, article.id());
        d.addField(Fields.TYPE, p.type().label());
        d.addField(Fields.ORDINAL, ordinal);
        d.addField(Fields.TEXT, p.text());
        d.addField(Fields.TEXT_KEY, textKey);
        d.addField(Fields.TITLE, cut(article.title(), MAX_METADATA_CHARS));
        if (p.speaker() != null && !p.speaker().isBlank()) {
            d.addField(Fields.SPEAKER, cut(p.speaker().strip(), MAX_LABEL_CHARS));
            if (p.type() == PassageType.QUOTE && p.speakerMention() != null && !p.speakerMention().isEmpty()
                    && p.speakerStart() >= 0 && p.speakerEnd() >= p.speakerStart()) {
                d.addField(Fields.SPEAKER_MENTION, p.speakerMention());
                d.addField(Fields.SPEAKER_START, p.speakerStart());
                d.addField(Fields.SPEAKER_END, p.speakerEnd());
            }
        }
        d.addField(Fields.PARAGRAPH, p.paragraph());
        d.addField(Fields.START, p.start());
        d.addField(Fields.END, p.end());
        addIfPresent(d, Fields.URL, article.url());
        addIfPresent(d, Fields.PUBLISHED, article.published());
        if (day != null) d.addField(Fields.PUBLISHED_DAY, day.toEpochDay());
        addIfPresent(d, Fields.AUTHOR, article.author());
        addIfPresent(d, Fields.SOURCE, article.source());
        return d;
    }

    private static void addIfPresent(SolrInputDocument d, String field, String value) {
        if (value != null) d.addField(field, cut(value, MAX_METADATA_CHARS));
    }

    private static String cut(String value, int maxChars) {
        if (value.length() <= maxChars) return value;
        return value.substring(0, Character.isHighSurrogate(value.charAt(maxChars - 1)) ? maxChars - 1 : maxChars);
    }
}
