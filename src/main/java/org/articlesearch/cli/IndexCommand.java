package org.articlesearch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.articlesearch.ArticleSearch;
import org.articlesearch.IndexStats;
import org.articlesearch.Rebuild;
import org.articlesearch.ingest.ArticleFormat;
import org.articlesearch.ingest.ArticleInputs;
import org.articlesearch.ingest.SkippedInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Rebuilds the index from article files. The old index keeps serving until the new one is complete;
 * a failure or an interruption leaves it as it was.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuild the index from article files or folders.%n"
                + "Exit codes: 0 all indexed; 2 indexed, but some inputs were skipped; 1 nothing built (the previous index is untouched).")
final class IndexCommand implements Callable<Integer> {
    /**
     * The extensions read, one format a line, for the help of every command that reads articles
     * (picocli would break a one-line list inside ".html", at its dot).
     */
    static final String FORMATS = "%n  text: " + ArticleFormat.TEXT_EXTENSIONS + "%n  HTML: " + ArticleFormat.HTML_EXTENSIONS
            + "%n  JSON Lines: " + ArticleFormat.JSON_LINES_EXTENSIONS + "%n  any of them gzipped: .html" + ArticleFormat.GZIP_EXTENSION;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
            description = "With --solr: shards of the new collection (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", paramLabel = "R", defaultValue = "1",
            description = "With --solr: replicas of each shard (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Article files or folders, read recursively:" + FORMATS)
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Reading and splitting threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (solr.enabled()) {
            return rebuild(() -> ArticleSearch.rebuild(solr.url(), solr.collection, shards, replicas), solr.describe(), inputs, threads, quiet);
        }
        return rebuild(indexDir, inputs, threads, quiet);
    }

    /** Opens the rebuild, once it is known there is something to build. */
    interface RebuildOpener {
        Rebuild open() throws java.io.IOException;
    }

    /**
     * Rebuilds {@code indexDir} from {@code inputs}, printing progress and a summary; returns the exit
     * code (0 all indexed, 2 some inputs skipped, 1 nothing built). Shared with {@code serve --input}.
     */
    static int rebuild(Path indexDir, List<Path> inputs, int threads, boolean quiet) throws Exception {
        return rebuild(() -> ArticleSearch.rebuild(indexDir), indexDir.toString(), inputs, threads, quiet);
    }

    /** As above, into whatever {@code opener} opens (a folder, a Solr alias), named {@code target} in the summary. */
    static int rebuild(RebuildOpener opener, String target, List<Path> inputs, int threads, boolean quiet) throws Exception {
        long started = System.nanoTime();
        ArticleInputs.Plan plan = ArticleInputs.scan(inputs);
        List<SkippedInput> skipped = Collections.synchronizedList(new ArrayList<>(plan.skipped()));
        if (plan.files().isEmpty()) {
            report(skipped);
            System.err.println("error: no article files found in " + inputs + "; the index was not changed");
            return 1;
        }
        AtomicInteger articles = new AtomicInteger();
        IndexStats stats;
        try (Rebuild rebuild = opener.open();
             ProgressBar bar = progressBar(plan.files().size(), quiet)) {
            ArticleInputs reader = new ArticleInputs();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<?>> work = new ArrayList<>();
                for (ArticleInputs.InputFile file : plan.files()) {
                    work.add(pool.submit(() -> {
                        reader.read(file, article -> {
                            rebuild.add(article);
                            articles.incrementAndGet();
                        }, skipped::add);
                        if (bar != null) bar.step();
                    }));
                }
                for (Future<?> f : work) f.get();
            } finally {
                pool.shutdownNow();
            }
            if (articles.get() == 0) {
                report(skipped);
                System.err.println("error: no article could be read; the previous index is untouched");
                return 1;
            }
            stats = rebuild.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        printSummary(target, stats, seconds);
        report(skipped);
        return skipped.isEmpty() ? 0 : 2;
    }

    private static ProgressBar progressBar(int files, boolean quiet) {
        if (quiet || !Terminal.interactive()) return null;
        return new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200).build();
    }

    private static void printSummary(String indexDir, IndexStats stats, double seconds) {
        System.out.printf(Locale.ROOT, "Indexed %s into %s: %s (%s) in %.1f s, %,.0f documents/s%n",
                Count.of(stats.articles(), "article"), indexDir, Count.of(stats.documents(), "document"),
                byType(stats.byType()), seconds, stats.documents() / Math.max(seconds, 1e-9));
    }

    private static String byType(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(counts).forEach((type, n) -> parts.add(Count.of(n, type)));
        return String.join(", ", parts);
    }

    private static void report(List<SkippedInput> skipped) {
        if (skipped.isEmpty()) return;
        System.err.println("Skipped " + Count.of(skipped.size(), "input") + ":");
        synchronized (skipped) {
            for (SkippedInput s : skipped) System.err.println("  " + s);
        }
    }
}
