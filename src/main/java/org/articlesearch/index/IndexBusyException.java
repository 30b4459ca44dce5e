package org.articlesearch.index;

import java.io.IOException;

/** Another writer (usually another process) holds the index's write lock. */
public class IndexBusyException extends IOException {
    public IndexBusyException(String indexName, Throwable cause) {
        super("index " + indexName + " is being written by another process", cause);
    }
}
