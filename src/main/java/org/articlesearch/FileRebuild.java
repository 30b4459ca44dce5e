package org.articlesearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlesearch.ingest.ArticleInputs;
import org.articlesearch.model.SkippedInput;

/**
 * Rebuilds an index from article files and folders: finds the files, reads and splits them on
 * several threads, and commits when at least one article was read. The workflow behind the
 * {@code index} command, {@code serve --input} and the bench, on either backend.
 */
final class FileRebuild {
    /** Opens the rebuild, once it is known there is something to build. */
    interface Opener {
        Rebuild open() throws IOException;
    }

    private FileRebuild() {
    }

    static RebuildSummary run(Opener opener, List<Path> inputs, RebuildOptions options) throws IOException {
        long started = System.nanoTime();
        ArticleInputs.Plan plan = ArticleInputs.scan(inputs);
        List<SkippedInput> skipped = Collections.synchronizedList(new ArrayList<>(plan.skipped()));
        int total = plan.files().size();
        if (total == 0) return new RebuildSummary(null, 0, skipped, seconds(started));
        AtomicInteger articles = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try (Rebuild rebuild = opener.open()) {
            ArticleInputs reader = new ArticleInputs();
            ExecutorService pool = Executors.newFixedThreadPool(options.threads());
            try {
                List<Future<?>> work = new ArrayList<>();
                for (ArticleInputs.InputFile file : plan.files()) {
                    work.add(pool.submit(() -> {
                        reader.read(file, article -> {
                            rebuild.add(article);
                            articles.incrementAndGet();
                        }, skipped::add);
                        options.progress().filesDone(done.incrementAndGet(), total);
                    }));
                }
                for (Future<?> f : work) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the rebuild was interrupted; the previous index is untouched", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof java.io.UncheckedIOException u) throw u.getCause();
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
            if (articles.get() == 0) return new RebuildSummary(null, total, skipped, seconds(started));
            IndexStats stats = rebuild.commit();
            return new RebuildSummary(stats, total, skipped, seconds(started));
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
