package org.articlesearch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.articlesearch.ArticleSearch;
import org.articlesearch.IndexStats;
import org.articlesearch.RebuildOptions;
import org.articlesearch.RebuildSummary;
import org.articlesearch.ingest.ArticleFormat;
import org.articlesearch.model.SkippedInput;
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
            return rebuild(options -> ArticleSearch.rebuild(solr.url(), solr.collection, shards, replicas, inputs, options),
                    solr.describe(), inputs, threads, quiet);
        }
        return rebuild(indexDir, inputs, threads, quiet);
    }

    /** A rebuild from files into some backend, with these options (ArticleSearch.rebuild of one kind or the other). */
    interface FilesRebuild {
        RebuildSummary run(RebuildOptions options) throws java.io.IOException;
    }

    /**
     * Rebuilds {@code indexDir} from {@code inputs}, printing progress and a summary; returns the exit
     * code (0 all indexed, 2 some inputs skipped, 1 nothing built). Shared with {@code serve --input}.
     */
    static int rebuild(Path indexDir, List<Path> inputs, int threads, boolean quiet) throws Exception {
        return rebuild(options -> ArticleSearch.rebuild(indexDir, inputs, options), indexDir.toString(), inputs, threads, quiet);
    }

    /** As above, into whatever {@code rebuild} builds (a folder, a Solr alias), named {@code target} in the summary. */
    static int rebuild(FilesRebuild rebuild, String target, List<Path> inputs, int threads, boolean quiet) throws Exception {
        RebuildSummary summary;
        try (Bar bar = new Bar(quiet)) {
            summary = rebuild.run(RebuildOptions.defaults().withThreads(Math.max(1, threads)).withProgress(bar::step));
        }
        if (!summary.built()) {
            report(summary.skipped());
            System.err.println(summary.files() == 0
                    ? "error: no article files found in " + inputs + "; the index was not changed"
                    : "error: no article could be read; the previous index is untouched");
            return 1;
        }
        printSummary(target, summary.stats(), summary.seconds());
        report(summary.skipped());
        return summary.skipped().isEmpty() ? 0 : 2;
    }

    /** The progress bar, made at the first file done, when the number of files is known; none when quiet or not a terminal. */
    private static final class Bar implements AutoCloseable {
        private final boolean wanted;
        private ProgressBar bar;

        Bar(boolean quiet) {
            this.wanted = !quiet && Terminal.interactive();
        }

        synchronized void step(int done, int total) {
            if (!wanted) return;
            if (bar == null) bar = progressBar(total);
            bar.stepTo(done);
        }

        @Override
        public synchronized void close() {
            if (bar != null) bar.close();
        }
    }

    private static ProgressBar progressBar(int files) {
        return new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200).build();
    }

    private static void printSummary(String indexDir, IndexStats stats, double seconds) {
        System.out.printf(Locale.ROOT, "Indexed %s into %s: %s (%s) in %.1f s, %,.0f documents/s%n",
                Count.of(stats.articles(), "article"), indexDir, Count.of(stats.documents(), "document"),
                byType(stats.byType()), seconds, stats.documents() / Math.max(seconds, 1e-9));
        if (stats.nearCopies() > 0) {
            System.out.printf(Locale.ROOT, "%s %s of another article: their passages come back with the other's as one hit%n",
                    Count.of(stats.nearCopies(), "article"), stats.nearCopies() == 1 ? "is a near copy" : "are near copies");
        }
    }

    private static String byType(Map<String, Long> counts) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(counts).forEach((type, n) -> parts.add(Count.of(n, type)));
        return String.join(", ", parts);
    }

    private static void report(List<SkippedInput> skipped) {
        if (skipped.isEmpty()) return;
        System.err.println("Skipped " + Count.of(skipped.size(), "input") + ":");
        for (SkippedInput s : skipped) System.err.println("  " + s);
    }
}
