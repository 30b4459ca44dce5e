package org.articlesearch.search;

/**
 * One document in a result list or article view. Serialized as JSON as-is.
 *
 * @param id        "articleId#n"
 * @param articleId the article it comes from
 * @param type      "quote", "paragraph" or "caption"
 * @param title     the article's title
 * @param text      the document text as written
 * @param highlight HTML-escaped text with {@code <mark>} around matched words, or a cut of the text
 *                  when nothing in it matched; null in article views
 * @param speaker   who said a quote; null when unknown
 * @param score     relevance; 0 for listings, which are in article order
 * @param paragraph index of the article block the document starts in
 * @param start     offset of the first character in the article text
 * @param end       offset after the last character
 */
public record Hit(String id, String articleId, String type, String title, String text, String highlight,
                  String speaker, float score, int paragraph, int start, int end) {
}
