package org.articlesearch.ingest;

import java.util.Locale;

/** The input formats, told apart by file name and, when that is silent, by content. */
public enum ArticleFormat {
    TEXT, HTML, JSON_LINES;

    /** The format a file name promises, or null when the name says nothing we read. */
    static ArticleFormat byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".txt") || n.endsWith(".text")) return TEXT;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JSON_LINES;
        return null;
    }

    /** What decoded content looks like: markup, one JSON object a line, or prose. */
    static ArticleFormat byContent(String text) {
        String head = text.stripLeading();
        String lower = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                && lower.contains("<html")) {
            return HTML;
        }
        if (head.startsWith("{")) return JSON_LINES;
        return TEXT;
    }

    /** The name without the extensions this format uses: "runaways.txt" gives "runaways". */
    static String baseName(String fileName) {
        String n = fileName;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
