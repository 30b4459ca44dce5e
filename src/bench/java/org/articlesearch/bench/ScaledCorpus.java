package org.articlesearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The source corpus repeated N times under {@code target/}, so every scale is real text with
 * distinct article ids: copy k of {@code business/001.txt} is {@code r007/business/001.txt}, whose
 * id becomes {@code r007-business-001}. Built once per scale and reused while the source is unchanged.
 *
 * @param dir       the folder to index
 * @param scale     how many copies
 * @param articles  article files in it
 * @param textBytes raw text size on disk, all copies
 */
public record ScaledCorpus(Path dir, int scale, int articles, long textBytes) {
    /** Written last, so a half-written copy (an interrupted run) is rebuilt; hidden, so indexing skips it. */
    private static final String COMPLETE = ".complete";

    /**
     * Makes (or reuses) {@code scale} copies of the first {@code maxArticles} article files of
     * {@code source} (all of them when 0) in {@code outDir/corpus-<scale>x}.
     */
    public static ScaledCorpus make(Path source, int scale, int maxArticles, Path outDir) throws IOException {
        List<Path> files = articleFiles(source, maxArticles);
        long bytesOnce = 0;
        for (Path f : files) bytesOnce += Files.size(f);
        String stamp = files.size() + " " + bytesOnce + " " + source.toAbsolutePath().normalize();
        Path dir = outDir.resolve("corpus-" + scale + "x" + (maxArticles > 0 ? "-" + maxArticles : ""));
        Path marker = dir.resolve(COMPLETE);
        if (!Files.exists(marker) || !Files.readString(marker).equals(stamp)) {
            deleteTree(dir);
            for (int k = 0; k < scale; k++) {
                Path copy = dir.resolve(String.format("r%03d", k));
                for (Path f : files) {
                    Path target = copy.resolve(source.relativize(f));
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
            Files.writeString(marker, stamp);
        }
        return new ScaledCorpus(dir, scale, files.size() * scale, bytesOnce * scale);
    }

    /** The source's article files in a stable order; the dataset's README is not an article. */
    static List<Path> articleFiles(Path source, int maxArticles) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            Stream<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                    .sorted();
            return (maxArticles > 0 ? files.limit(maxArticles) : files).toList();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Bytes of all files under {@code dir}: the size of an index on disk. */
    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
