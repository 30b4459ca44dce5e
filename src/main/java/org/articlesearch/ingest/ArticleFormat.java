package org.articlesearch.ingest;

import java.util.List;
import java.util.Locale;

/** The input formats, told apart by file name and, when that is silent, by content. */
public enum ArticleFormat {
    TEXT(ArticleFormat.TEXT_EXTENSIONS),
    HTML(ArticleFormat.HTML_EXTENSIONS),
    JSON_LINES(ArticleFormat.JSON_LINES_EXTENSIONS);

    /*
     * The one list of the extensions read. Constants, so that picocli's help texts (annotations take
     * only constants) show the same list that byName reads and the skipped-file message gives.
     */
    public static final String TEXT_EXTENSIONS = ".txt, .text";
    public static final String HTML_EXTENSIONS = ".html, .htm, .xhtml";
    public static final String JSON_LINES_EXTENSIONS = ".jsonl, .ndjson";
    /** Any of the extensions above may be followed by this one: the file is gzipped. */
    public static final String GZIP_EXTENSION = ".gz";
    /** Every extension read, on one line for messages: ".txt, .text, … .ndjson; also gzipped, as .html.gz". */
    public static final String EXTENSIONS = TEXT_EXTENSIONS + ", " + HTML_EXTENSIONS + ", " + JSON_LINES_EXTENSIONS
            + "; also gzipped, as .html" + GZIP_EXTENSION;

    private final List<String> extensions;

    ArticleFormat(String extensions) {
        this.extensions = List.of(extensions.split(", "));
    }

    /** The extensions this format is read from, lower case with their dot: [".txt", ".text"]. */
    List<String> extensions() {
        return extensions;
    }

    /** The format a file name promises, or null when the name says nothing we read. */
    static ArticleFormat byName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(GZIP_EXTENSION)) n = n.substring(0, n.length() - GZIP_EXTENSION.length());
        for (ArticleFormat format : values()) {
            for (String extension : format.extensions) {
                if (n.endsWith(extension)) return format;
            }
        }
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
        if (n.toLowerCase(Locale.ROOT).endsWith(GZIP_EXTENSION)) n = n.substring(0, n.length() - GZIP_EXTENSION.length());
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
