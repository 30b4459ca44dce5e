package org.articlesearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.articlesearch.model.Article;
import org.articlesearch.model.SkippedInput;

/**
 * Finds the article files under the user's paths and reads them. Every file that cannot be read
 * is reported with its reason and skipped; the others go on.
 */
public final class ArticleInputs {
    /** Larger inputs are refused: one article is never this big, and reading it would cost the heap. */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /** A file to read, with the article id it gets (or the prefix of ids, for JSON Lines). */
    public record InputFile(Path path, String id, ArticleFormat format) {
    }

    /** The files found, in a stable order, and what was refused while looking. */
    public record Plan(List<InputFile> files, List<SkippedInput> skipped) {
    }

    private final Set<String> seenIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> firstSource = new ConcurrentHashMap<>();

    /**
     * Lists the files under {@code inputs} (files or folders, recursively). An id is the file name
     * without extension; names that occur more than once get their folder path in front
     * ("sport-001"), so ids are unique and do not depend on reading order.
     */
    public static Plan scan(List<Path> inputs) {
        List<SkippedInput> skipped = new ArrayList<>();
        List<Path[]> found = new ArrayList<>(); // {root, file}
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                skipped.add(new SkippedInput(input.toString(), "no such file or folder"));
            } else if (Files.isDirectory(input)) {
                walk(input, found, skipped);
            } else {
                found.add(new Path[] {input.getParent() == null ? Path.of(".") : input.getParent(), input});
            }
        }
        Map<String, Integer> nameCount = new HashMap<>();
        for (Path[] f : found) {
            nameCount.merge(ArticleFormat.baseName(f[1].getFileName().toString()), 1, Integer::sum);
        }
        List<InputFile> files = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Path[] f : found) {
            String base = ArticleFormat.baseName(f[1].getFileName().toString());
            String id = base;
            if (nameCount.get(base) > 1) {
                Path rel = f[0].relativize(f[1]);
                Path parent = rel.getParent();
                id = parent == null ? base : parent.toString().replace('/', '-').replace('\\', '-') + "-" + base;
            }
            String unique = id;
            for (int k = 2; !ids.add(unique); k++) unique = id + "-" + k;
            files.add(new InputFile(f[1], unique, ArticleFormat.byName(f[1].getFileName().toString())));
        }
        return new Plan(files, skipped);
    }

    private static void walk(Path root, List<Path[]> found, List<SkippedInput> skipped) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (hidden(file)) return FileVisitResult.CONTINUE;
                            if (attrs.isSymbolicLink()) {
                                // Links are followed, so a link still seen as a link points nowhere.
                                skipped.add(new SkippedInput(file.toString(), "no such file (a broken link?)"));
                                return FileVisitResult.CONTINUE;
                            }
                            if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                            if (ArticleFormat.byName(file.getFileName().toString()) == null) {
                                skipped.add(new SkippedInput(file.toString(), "not an article format (" + ArticleFormat.EXTENSIONS + ")"));
                            } else {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            skipped.add(new SkippedInput(file.toString(), reason(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            skipped.add(new SkippedInput(root.toString(), reason(e)));
        }
        files.sort(Comparator.comparing(Path::toString));
        for (Path f : files) found.add(new Path[] {root, f});
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) return "symbolic link loop";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file (a broken link?)";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Reads one file into articles. Thread-safe: files may be read in parallel. An article whose id
     * was already read from another input is reported and skipped (the first one wins).
     */
    public void read(InputFile file, Consumer<Article> articles, Consumer<SkippedInput> skipped) {
        String source = file.path().toString();
        String text;
        byte[] bytes;
        try {
            bytes = load(file.path());
            text = file.format() == ArticleFormat.HTML ? TextDecoder.decodeHtml(bytes) : TextDecoder.decode(bytes);
        } catch (UnreadableInputException e) {
            skipped.accept(new SkippedInput(source, e.getMessage()));
            return;
        } catch (IOException e) {
            skipped.accept(new SkippedInput(source, reason(e)));
            return;
        }
        if (text.isBlank()) {
            skipped.accept(new SkippedInput(source, "empty file"));
            return;
        }
        ArticleFormat format = file.format() != null ? file.format() : ArticleFormat.byContent(text);
        if (format == ArticleFormat.TEXT && ArticleFormat.byContent(text) == ArticleFormat.HTML) {
            format = ArticleFormat.HTML;
        }
        if (format == ArticleFormat.HTML && file.format() != ArticleFormat.HTML) {
            // HTML found by its content: its own charset declaration may say how to read it.
            try {
                text = TextDecoder.decodeHtml(bytes);
            } catch (UnreadableInputException e) {
                skipped.accept(new SkippedInput(source, e.getMessage()));
                return;
            }
        }
        Consumer<Article> unique = a -> {
            if (seenIds.add(a.id())) {
                firstSource.put(a.id(), a.source());
                articles.accept(a);
            } else {
                skipped.accept(new SkippedInput(a.source(), "duplicate article id \"" + a.id()
                        + "\" (already read from " + firstSource.get(a.id()) + ")"));
            }
        };
        try {
            switch (format) {
                case TEXT -> unique.accept(PlainTextFormat.read(file.id(), source, text));
                case HTML -> unique.accept(HtmlFormat.read(file.id(), source, text));
                case JSON_LINES -> {
                    int n = JsonLinesFormat.read(file.id(), source, text, unique, skipped);
                    if (n == 0) skipped.accept(new SkippedInput(source, "no article in this JSON Lines file"));
                }
            }
        } catch (UnreadableInputException e) {
            skipped.accept(new SkippedInput(source, e.getMessage()));
        } catch (RuntimeException e) {
            skipped.accept(new SkippedInput(source, "could not be parsed: " + e));
        } catch (StackOverflowError e) {
            // Only nesting thousands of levels deep gets here; the thread's stack unwinds and reading goes on.
            skipped.accept(new SkippedInput(source, "nested too deeply to read"));
        }
    }

    private static byte[] load(Path path) throws IOException, UnreadableInputException {
        long size = Files.size(path);
        boolean gzip = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ArticleFormat.GZIP_EXTENSION);
        if (!gzip && size > MAX_FILE_BYTES) {
            throw new UnreadableInputException("too large (" + (size >> 20) + " MB; the limit is "
                    + (MAX_FILE_BYTES >> 20) + " MB)");
        }
        if (!gzip) return Files.readAllBytes(path);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            // Read one byte past the limit so a gzip bomb is stopped, not inflated.
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new UnreadableInputException("decompresses to more than " + (MAX_FILE_BYTES >> 20) + " MB");
            }
            return bytes;
        } catch (ZipException | java.io.EOFException e) {
            throw new UnreadableInputException("corrupt or truncated gzip: " + e.getMessage());
        }
    }
}
