package org.articlesearch.server;

import java.nio.file.Path;

/**
 * How the server listens and what it serves.
 *
 * @param host   address to bind; 127.0.0.1 keeps it off the network
 * @param port   TCP port, 0 for any free one
 * @param cors   whether other origins may call the API from a browser
 * @param webDir folder of the static page, or null for the copy packaged in the jar
 */
public record ServerOptions(String host, int port, boolean cors, Path webDir) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    /** Loopback, the default port, no CORS, the packaged page. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, false, null);
    }

    public ServerOptions withPort(int port) {
        return new ServerOptions(host, port, cors, webDir);
    }
}
