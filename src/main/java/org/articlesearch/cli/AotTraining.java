package org.articlesearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.articlesearch.ArticleSearch;
import org.articlesearch.RebuildOptions;
import org.articlesearch.RebuildSummary;
import org.articlesearch.search.ResultCache;
import org.articlesearch.server.SearchServer;
import org.articlesearch.server.ServerOptions;

/**
 * The training run of the JDK's AOT cache ({@code serve --aot-training}, run by {@code mvn package}
 * under {@code -XX:AOTCacheOutput}): what a user's first minute asks of serve, in one process that then
 * exits, so the JVM writes the cache at once. Training at build time, rather than when a user stops the
 * server, is what makes the README's first run start from the cache, and leaves nothing to write on Ctrl-C.
 * Measured (BENCHMARKS.md, start-up): ready to answer in about 0.8 s from the cache, 1.5 s without.
 */
final class AotTraining {
    private static final Pattern ARTICLE_ID = Pattern.compile("\"articleId\":\"([^\"]+)\"");

    private AotTraining() {
    }

    /** Indexes the sample articles into a temporary folder, serves them on a free port, asks, stops. */
    static int run() throws Exception {
        Path work = Files.createTempDirectory("article-search-aot-training");
        try {
            Path index = work.resolve("index");
            // Three articles train as well as a real index: serve on the BBC index started in the same time
            // from a cache trained here and from one trained on BBC itself (1.43 and 1.44 s, the medians of
            // five starts each, alternating, in the same run), so the build's training stays this small.
            RebuildSummary built = ArticleSearch.rebuild(index, List.of(ServeCommand.extractSample()), RebuildOptions.defaults());
            if (!built.built()) throw new IOException("the sample articles could not be indexed: " + built.skipped());
            try (ArticleSearch search = ArticleSearch.openReadOnly(index).withResultCache(ResultCache.DEFAULT_ENTRIES);
                 SearchServer server = SearchServer.start(search, new ServerOptions("127.0.0.1", 0, false, null))) {
                ask(URI.create("http://127.0.0.1:" + server.port() + "/"));
            }
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** The page, searches of each kind, the facets, an article with marks, suggestions, errors. */
    private static void ask(URI base) throws IOException {
        for (String path : List.of("/", "/app.js", "/style.css", "/api/stats", "/api/openapi.json",
                "/api/search?q=%22cherry+bomb%22", "/api/search?q=concerned&type=quote&limit=20",
                "/api/search?q=film+review+of+the+runaways&sort=newest", "/api/search?q=&type=caption",
                "/api/search?q=the&group=false&from=2000", "/api/speakers?q=s", "/api/search?q=%22unclosed",
                "/api/search?q=said+the", "/api/search?q=really+concerned+about+the+film&type=quote",
                "/api/search?q=bomb&type=quote&speaker=Stewart", "/api/search?q=cherry+OR+film+-review&offset=10",
                "/api/articles/no-such-article", "/no-such-page")) {
            String body = get(base.resolve(path));
            Matcher id = ARTICLE_ID.matcher(body);
            if (path.startsWith("/api/search?q=%22cherry") && id.find()) {
                get(base.resolve("/api/articles/" + id.group(1) + "?q=cherry+bomb"));
            }
        }
    }

    private static String get(URI uri) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        try {
            InputStream in = c.getResponseCode() < 400 ? c.getInputStream() : c.getErrorStream();
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            c.disconnect();
        }
    }
}
