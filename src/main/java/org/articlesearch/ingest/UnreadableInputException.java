package org.articlesearch.ingest;

/** A file that cannot be read as an article; the message is the reason shown to the user. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String reason) {
        super(reason);
    }
}
