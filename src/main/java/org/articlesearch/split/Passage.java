package org.articlesearch.split;

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
 */
public record Passage(String id, String articleId, PassageType type, String text, String speaker,
                      int paragraph, int start, int end) {
}
