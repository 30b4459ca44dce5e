package org.articlesearch.server;

/** A request the client must fix; answered with 400 and the message as the reason. */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
