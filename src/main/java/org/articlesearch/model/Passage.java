package org.articlesearch.model;


/**
 * One searchable document cut from an article.
 *
 * @param id        unique id: the article id, '#', and the passage's position in the article
 * @param articleId the article it came from
 * @param type      quote, paragraph or caption
 * @param text      the passage text, exactly {@code article.text().substring(start, end)} (a quote
 *                  without its quotation marks)
 * @param speaker   for a quote, who said it; null when unknown or not a quote
 * @param paragraph index of the article block the passage starts in
 * @param start     offset of the first character in the article text
 * @param end       offset after the last character
 * @param speakerMention for a quote with a speaker, the words that say who spoke ("he", "the senator",
 *                  "Tony Blair"), as written; null when there is no speaker
 * @param speakerStart offset of the mention in the article text; -1 when there is none
 * @param speakerEnd offset after the mention; -1 when there is none
 */
public record Passage(String id, String articleId, PassageType type, String text, String speaker,
                      int paragraph, int start, int end, String speakerMention, int speakerStart, int speakerEnd) {

    /** A passage whose speaker, if any, comes with no mention. */
    public Passage(String id, String articleId, PassageType type, String text, String speaker, int paragraph, int start, int end) {
        this(id, articleId, type, text, speaker, paragraph, start, end, null, -1, -1);
    }
}
