package org.articlesearch.model;


/**
 * The search service is out of reach (a Solr cluster that does not answer): the request was fine
 * and may succeed later. The server answers it with 503 and the message, which says what failed.
 */
public final class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
