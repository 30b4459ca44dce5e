package org.articlesearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.articlesearch.ArticleSearch;
import org.articlesearch.model.SearchUnavailableException;
import org.articlesearch.search.ResultCache;
import org.articlesearch.server.SearchServer;
import org.articlesearch.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The main job: serve the search page and the JSON API over an index. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search page and the JSON API. With no index and no --input, indexes a small sample corpus first.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Rebuild the index from these article files or folders first:" + IndexCommand.FORMATS)
    List<Path> inputs;

    @Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--cors", description = "Let pages from other origins call the API.")
    boolean cors;

    @Option(names = "--web", paramLabel = "DIR", description = "Serve the page from this folder instead of the copy in the jar.")
    Path webDir;

    @Option(names = "--result-cache", paramLabel = "N", defaultValue = "" + ResultCache.DEFAULT_ENTRIES,
            description = "Keep the last N results, so a request asked again is answered at once; a rebuild drops them (default: ${DEFAULT-VALUE}; 0 for none; Solr keeps its own).")
    int resultCache;

    /** The build's training run of the AOT cache (pom.xml), not for users: see {@link AotTraining}. */
    @Option(names = "--aot-training", hidden = true)
    boolean aotTraining;

    @Override
    public Integer call() throws Exception {
        if (resultCache < 0) throw new ParameterException(spec.commandLine(), "--result-cache must be 0 or more, was " + resultCache);
        if (aotTraining) return AotTraining.run();
        if (!Boolean.parseBoolean(System.getProperty(QUERY_CACHE, "true"))) {
            // Lucene keeps the matches of filters it sees often; off, a benchmark measures every search's whole work.
            IndexSearcher.setDefaultQueryCache(null);
        }
        if (solr.enabled()) return serve(solrSearch(), solr.describe());
        if (inputs != null && !inputs.isEmpty()) {
            int code = IndexCommand.rebuild(indexDir, inputs, Runtime.getRuntime().availableProcessors(), false);
            if (code == 1 && !hasIndex(indexDir)) return 1;
        } else if (!hasIndex(indexDir)) {
            System.out.println("No index in " + indexDir + " yet: indexing the sample articles that come with article-search.");
            Path sample = extractSample();
            int code = IndexCommand.rebuild(indexDir, List.of(sample), 1, true);
            if (code != 0) return code;
        }
        return serve(ArticleSearch.openReadOnly(indexDir).withResultCache(resultCache), indexDir.toString());
    }

    /**
     * The Solr collection to serve, rebuilt from --input first when given; the sample articles are
     * indexed into it when there is no --input and the collection does not exist yet. Null when
     * nothing can be served.
     */
    private ArticleSearch solrSearch() throws Exception {
        ArticleSearch search = ArticleSearch.solr(solr.url(), solr.collection);
        if (inputs != null && !inputs.isEmpty()) {
            IndexCommand.rebuild(options -> ArticleSearch.rebuild(solr.url(), solr.collection, 1, 1, inputs, options), solr.describe(),
                    inputs, Runtime.getRuntime().availableProcessors(), false);
        } else if (!exists(search)) {
            System.out.println("No collection " + solr.collection + " in Solr yet: indexing the sample articles that come with article-search.");
            List<Path> sample = List.of(extractSample());
            int code = IndexCommand.rebuild(options -> ArticleSearch.rebuild(solr.url(), solr.collection, 1, 1, sample, options),
                    solr.describe(), sample, 1, true);
            if (code != 0) {
                search.close();
                return null;
            }
        }
        return search;
    }

    private static boolean exists(ArticleSearch search) {
        try {
            search.stats();
            return true;
        } catch (SearchUnavailableException e) {
            if (e.getMessage().contains("does not exist")) return false;
            // Out of reach now: serve anyway, answering 503 with the reason until Solr is back.
            System.err.println("warning: " + e.getMessage());
            return true;
        }
    }

    private int serve(ArticleSearch search, String where) throws Exception {
        if (search == null) return 1;
        SearchServer server = SearchServer.start(search, new ServerOptions(host, port, cors, webDir));
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        System.out.printf("Serving %s from %s at http://%s:%d/  (Ctrl-C to stop)%n",
                documents(search), where, shownHost, server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            search.close();
            stopped.countDown();
        }, "shutdown"));
        if (Boolean.getBoolean(EXIT_WITH_PARENT)) {
            // Ctrl-C stops Maven, not always the server it started: a server left answering on the port
            // is worse than none. So the README's Maven command asks serve to stop when its parent does.
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(130)));
        }
        stopped.await();
        return 0;
    }

    private static String documents(ArticleSearch search) {
        try {
            return Count.of(search.stats().documents(), "document");
        } catch (SearchUnavailableException e) {
            return "(unknown, Solr out of reach)";
        }
    }

    /** A JVM option: stop when the process that started serve exits (the README's {@code mvn exec:exec} sets it). */
    static final String EXIT_WITH_PARENT = "article-search.exitWithParent";

    /** A JVM option: {@code -Darticle-search.queryCache=false} turns Lucene's query cache off (bench --vs-solr, without caches). */
    static final String QUERY_CACHE = "article-search.queryCache";

    private static boolean hasIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /** Copies the sample articles out of the jar, so they are read like any user's files. */
    static Path extractSample() throws IOException {
        Path dir = Files.createTempDirectory("article-search-sample");
        dir.toFile().deleteOnExit();
        String contents = new String(resource("CONTENTS"), StandardCharsets.UTF_8);
        for (String name : contents.split("\\R")) {
            if (name.isBlank()) continue;
            Path file = dir.resolve(name.strip());
            Files.write(file, resource(name.strip()));
            file.toFile().deleteOnExit();
        }
        return dir;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ServeCommand.class.getResourceAsStream("/sample/" + name)) {
            if (in == null) throw new IOException("the sample article " + name + " is missing from the jar");
            return in.readAllBytes();
        }
    }
}
