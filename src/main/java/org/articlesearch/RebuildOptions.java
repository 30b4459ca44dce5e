package org.articlesearch;

/**
 * How {@link ArticleSearch#rebuild(java.nio.file.Path, java.util.List, RebuildOptions)} reads files.
 *
 * @param threads  reading and splitting threads (at least 1)
 * @param progress told as each file is done; {@link Progress#NONE} for silence
 */
public record RebuildOptions(int threads, Progress progress) {
    /** Told how far a rebuild from files has got. Called from the reading threads: keep it quick and thread-safe. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        /** {@code done} of {@code total} files read (skipped ones included). */
        void filesDone(int done, int total);
    }

    public RebuildOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        if (progress == null) progress = Progress.NONE;
    }

    /** One thread per core, no progress. Example: {@code RebuildOptions.defaults().withThreads(4)}. */
    public static RebuildOptions defaults() {
        return new RebuildOptions(Runtime.getRuntime().availableProcessors(), Progress.NONE);
    }

    public RebuildOptions withThreads(int threads) {
        return new RebuildOptions(threads, progress);
    }

    public RebuildOptions withProgress(Progress progress) {
        return new RebuildOptions(threads, progress);
    }
}
