package org.articlesearch.model;


/**
 * One document in a result list or article view. Serialized as JSON as-is.
 *
 * @param id        "articleId#n"
 * @param articleId the article it comes from
 * @param type      "quote", "paragraph" or "caption"
 * @param title     the article's title
 * @param published the day the article was published, ISO 8601 ("2016-10-12"); null when its source
 *                  gave none that could be read
 * @param author    the article's author as its source wrote it; null when unknown
 * @param url       the article's address; null when unknown
 * @param text      the document text as written
 * @param highlight HTML-escaped text with {@code <mark>} around matched words, or a cut of the text
 *                  when nothing in it matched; null in article views
 * @param speaker   who said a quote; null when unknown
 * @param speakerMention the words of the article the speaker was credited from, as written ("he",
 *                  "the senator", "Blair"); null when there are none, or the index predates them
 * @param speakerStart offset of the mention in the article text; null when there is no mention
 * @param speakerEnd offset after the mention; null when there is no mention
 * @param score     relevance; 0 for listings, which are in article order
 * @param paragraph index of the article block the document starts in
 * @param start     offset of the first character in the article text
 * @param end       offset after the last character
 * @param alsoIn    the other articles that hold the same text, when the result groups copies; null when
 *                  none does, or in article views and ungrouped results
 */
public record Hit(String id, String articleId, String type, String title, String published, String author, String url,
                  String text, String highlight, String speaker, String speakerMention, Integer speakerStart,
                  Integer speakerEnd, float score, int paragraph, int start, int end, AlsoIn alsoIn) {

    /** A hit that is the only one with its text, or not grouped. */
    public Hit(String id, String articleId, String type, String title, String published, String author, String url,
               String text, String highlight, String speaker, String speakerMention, Integer speakerStart,
               Integer speakerEnd, float score, int paragraph, int start, int end) {
        this(id, articleId, type, title, published, author, url, text, highlight, speaker, speakerMention, speakerStart,
                speakerEnd, score, paragraph, start, end, null);
    }

    /** This hit, saying where else its text appears. */
    public Hit withAlsoIn(AlsoIn alsoIn) {
        return new Hit(id, articleId, type, title, published, author, url, text, highlight, speaker, speakerMention,
                speakerStart, speakerEnd, score, paragraph, start, end, alsoIn);
    }

    /** A hit with no article metadata. */
    public Hit(String id, String articleId, String type, String title, String text, String highlight,
               String speaker, String speakerMention, Integer speakerStart, Integer speakerEnd,
               float score, int paragraph, int start, int end) {
        this(id, articleId, type, title, null, null, null, text, highlight, speaker, speakerMention, speakerStart, speakerEnd,
                score, paragraph, start, end);
    }

    /** A hit with no article metadata, whose speaker, if any, comes with no mention. */
    public Hit(String id, String articleId, String type, String title, String text, String highlight,
               String speaker, float score, int paragraph, int start, int end) {
        this(id, articleId, type, title, text, highlight, speaker, null, null, null, score, paragraph, start, end);
    }
}
