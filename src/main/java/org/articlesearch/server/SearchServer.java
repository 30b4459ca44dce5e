package org.articlesearch.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.articlesearch.ArticleSearch;
import org.articlesearch.IndexStats;
import org.articlesearch.model.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of an index: a JSON search API under {@code /api} and the static search page at
 * {@code /}. It follows rebuilds made by {@code index} in another process without a restart.
 */
public final class SearchServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
    /** Article ids are names, not paths: letters, digits and a little punctuation, never '/' or controls. */
    private static final Pattern ARTICLE_ID = Pattern.compile("[\\p{L}\\p{N}._~:@+=,;'()!$&-]{1,200}");
    /** How often to look for a rebuilt index; a rebuild shows within this time. */
    private static final long RELOAD_SECONDS = 1;
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    /** The page loads only its own scripts and styles: injected markup could run nothing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final ScheduledExecutorService reloader;

    private SearchServer(Javalin app, ScheduledExecutorService reloader) {
        this.app = app;
        this.reloader = reloader;
    }

    /**
     * Starts serving {@code search}. Example: {@code SearchServer.start(ArticleSearch.openReadOnly(dir), ServerOptions.defaults())}.
     * The caller keeps ownership of {@code search} and closes it after the server.
     */
    public static SearchServer start(ArticleSearch search, ServerOptions options) {
        // Jetty asks JMX whether references are compressed, to pad one queue; that starts every
        // platform MBean, a tenth of a second. 16 is what it concludes for any heap under 32 GB.
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
        String openApi = resource("/openapi.json");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JsonWriter());
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = 16 * 1024;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = (options.webDir() == null ? pageFolder() : options.webDir().toAbsolutePath()).toString();
                files.location = Location.EXTERNAL;
                files.headers = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
                        "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer");
            });
            if (options.cors()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.anyHost()));
            }
            var routes = config.routes;
            routes.before("/api/*", ctx -> ctx.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store"));
            routes.get("/api/search", ctx -> ctx.json(search.search(SearchParams.from(ctx))));
            routes.get("/api/articles/{articleId}", ctx -> article(ctx, search));
            routes.get("/api/speakers", ctx -> speakers(ctx, search));
            routes.get("/api/health", ctx -> {
                IndexStats stats = search.stats();
                ctx.json(Map.of("status", "ok", "documents", stats.documents(), "articles", stats.articles(),
                        "byType", stats.byType()));
            });
            routes.get("/api/stats", ctx -> ctx.json(search.stats()));
            routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            routes.get("/api/ping", ctx -> ctx.result("pong"));
            routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
            // A Solr cluster out of reach: the request was fine, the service is not; say what failed.
            routes.exception(SearchUnavailableException.class, (e, ctx) -> {
                LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            });
            routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server log has the details");
            });
            routes.error(404, ctx -> {
                // An unknown article already has its JSON reason; an unknown endpoint gets one here.
                if (ctx.path().startsWith("/api/") && !ctx.path().startsWith("/api/articles/")) {
                    error(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.path());
                }
            });
        });
        ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-reloader");
            t.setDaemon(true);
            return t;
        });
        reloader.scheduleWithFixedDelay(() -> {
            try {
                if (search.refresh()) LOG.info("Reloaded the rebuilt index");
            } catch (SearchUnavailableException e) {
                LOG.warn("Could not check for a rebuilt index: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Could not reload the index; still serving the previous one", e);
            }
        }, RELOAD_SECONDS, RELOAD_SECONDS, TimeUnit.SECONDS);
        app.start();
        return new SearchServer(app, reloader);
    }

    private static void article(Context ctx, ArticleSearch search) {
        String id = ctx.pathParam("articleId");
        if (!ARTICLE_ID.matcher(id).matches()) {
            throw new BadRequestException("not an article id: it must be 1 to 200 letters, digits or ._~:@+=,;'()!$&-");
        }
        String q = ctx.queryParam("q");
        if (q != null && q.length() > SearchParams.MAX_QUERY_CHARS) {
            throw new BadRequestException("q is too long (" + q.length() + " characters; the limit is " + SearchParams.MAX_QUERY_CHARS + ")");
        }
        search.article(id, q == null ? "" : q).ifPresentOrElse(ctx::json,
                () -> error(ctx, HttpStatus.NOT_FOUND, "no article with id \"" + id + "\""));
    }

    /** Speakers for a search box: {@code /api/speakers?q=blair&limit=5}. */
    private static void speakers(Context ctx, ArticleSearch search) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 100) throw new BadRequestException("q is too long (" + q.length() + " characters; the limit is 100)");
        String rawLimit = ctx.queryParam("limit");
        int limit = 10;
        if (rawLimit != null && !rawLimit.isBlank()) {
            try {
                limit = Integer.parseInt(rawLimit.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("limit must be a whole number");
            }
            if (limit < 1 || limit > 50) throw new BadRequestException("limit must be between 1 and 50, was " + limit);
        }
        ctx.json(Map.of("speakers", search.speakers(q == null ? "" : q, limit)));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ApiError(message));
    }

    /**
     * The page that ships in the jar, as a folder. Jetty would serve it from the jar by mounting all
     * 11,000 entries as a zip file system, about a tenth of a second of a cold start; copying the
     * page's few files out takes milliseconds. Their times are kept, so only a rebuild changes their ETags.
     */
    private static Path pageFolder() {
        try {
            URL web = SearchServer.class.getResource("/web");
            if (web == null) throw new IllegalStateException("/web is missing from the jar");
            if (web.getProtocol().equals("file")) return Path.of(web.toURI()); // running from classes
            Path dir = Files.createTempDirectory("article-search-web").toRealPath();
            dir.toFile().deleteOnExit();
            JarFile jar = ((JarURLConnection) web.openConnection()).getJarFile(); // the JDK's cached copy: not closed
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.getName().startsWith("web/") || entry.isDirectory()) continue;
                Path file = dir.resolve(entry.getName().substring("web/".length()));
                if (!Files.isDirectory(file.getParent())) {
                    Files.createDirectories(file.getParent());
                    file.getParent().toFile().deleteOnExit();
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file);
                }
                Files.setLastModifiedTime(file, FileTime.fromMillis(entry.getTime()));
                file.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SearchServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port it listens on (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting requests, finishes those in flight, and stops following rebuilds. */
    @Override
    public void close() {
        reloader.shutdownNow();
        app.stop();
    }
}
