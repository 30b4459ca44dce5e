package org.articlesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index} in a 256 MB heap over a folder of everything that goes wrong in real folders:
 * each bad input is reported with its path and reason, every good one is indexed, nothing crashes.
 */
class HostileInputIT {
    private static final Path JAR = Path.of(System.getProperty("project.jar", "target/article-search.jar"));

    @TempDir
    static Path dir;
    static Path input;
    static Path index;
    static Result indexed;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void indexAFolderOfHostileFiles() throws Exception {
        input = Files.createDirectories(dir.resolve("articles"));
        index = dir.resolve("index");
        // Good articles, to be found afterwards.
        Files.writeString(input.resolve("good.txt"), "Harbour bridge reopens\n\n\"It feels like a new town,\" said mayor Alba Reyes.\n");
        Files.write(input.resolve("latin1.txt"), "Caf\u00e9 owners cheer\n\nThe caf\u00e9 on the pier reopened with cr\u00e8me br\u00fbl\u00e9e.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(input.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Lighthouse keeper retires\n\nThe lighthouse keeper, Ingrid Solberg, retired after forty winters.\n"
                        .getBytes(StandardCharsets.UTF_16LE)));
        Files.write(input.resolve("stray-byte.txt"), concat("Orchard harvest\n\nA record apple harvest in the orchard ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x92}, " this autumn, growers said.\n".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(input.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"feed-1\", \"title\": \"Tram line opens\", \"text\": \"The new tram line carried ten thousand riders.\"}",
                "{\"id\": \"feed-2\", \"title\": \"Broken\", \"text\": \"never closed",
                "not json at all",
                "{\"id\": \"feed-3\", \"title\": \"Ferry returns\", \"text\": \"The island ferry returned to service on Monday.\"}",
                "{\"id\": \"feed-1\", \"title\": \"Tram line again\", \"text\": \"A duplicate of the first article id.\"}"));
        Files.writeString(input.resolve("other-feed.jsonl"),
                "{\"id\": \"feed-3\", \"title\": \"Ferry again\", \"text\": \"Another file with an id already used.\"}\n");
        StringBuilder many = new StringBuilder("<html><head><title>Many paragraphs</title></head><body>");
        for (int i = 0; i < 100_000; i++) many.append("<p>Paragraph number ").append(i).append(" of the longest page.</p>");
        Files.writeString(input.resolve("many-paragraphs.html"), many.append("</body></html>"));
        Files.writeString(input.resolve("deep.html"), "<html><head><title>Deep nesting</title></head><body>"
                + "<div>".repeat(10_000) + "<p>A paragraph at the bottom of a very deep page about submarines.</p>"
                + "</div>".repeat(10_000) + "</body></html>");

        // Bad inputs, each to be reported.
        Files.write(input.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        Files.write(input.resolve("binary.txt"), binary);
        try (Writer w = Files.newBufferedWriter(input.resolve("huge-one-line.txt"))) {
            String chunk = "word ".repeat(20_000);
            for (long written = 0; written < 200L << 20; written += chunk.length()) w.write(chunk);
        }
        byte[] gz = gzip("<html><body><p>A page that will be cut short in the middle of its gzip stream.</p></body></html>"
                .repeat(200).getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("truncated.html.gz"), Arrays.copyOf(gz, gz.length / 2));
        byte[] corrupt = gz.clone();
        for (int i = 20; i < corrupt.length - 10; i += 7) corrupt[i] ^= 0x5A;
        Files.write(input.resolve("corrupt.html.gz"), corrupt);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input.resolve("bomb.html.gz")))) {
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) ' ');
            for (int i = 0; i < 1024; i++) out.write(zeros); // 1 GB of spaces in about 1 MB
        }
        Path loop = Files.createDirectories(input.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("again"), loop);
        Files.createSymbolicLink(input.resolve("dangling.txt"), input.resolve("nowhere.txt"));

        indexed = run("-Xmx256m", "index", "--index", index.toString(), "--input", input.toString());
    }

    @Test
    void itFinishesInA256MegabyteHeapWithExitCodeTwo() {
        assertEquals(2, indexed.exit(), indexed.out() + indexed.err());
        assertFalse((indexed.out() + indexed.err()).contains("OutOfMemoryError"), indexed.err());
        assertFalse(indexed.err().contains("Exception"), "no stack traces: " + indexed.err());
    }

    @Test
    void everyBadInputIsReportedWithItsPathAndReason() {
        String err = indexed.err();
        assertReported(err, "empty.txt", "empty");
        assertReported(err, "binary.txt", "binary");
        assertReported(err, "huge-one-line.txt", "too large");
        assertReported(err, "truncated.html.gz", "gzip");
        assertReported(err, "corrupt.html.gz", "gzip");
        assertReported(err, "bomb.html.gz", "decompresses to more than");
        assertReported(err, "loop", "link loop");
        assertReported(err, "dangling.txt", "no such file");
        assertReported(err, "feed.jsonl:2", "malformed JSON");
        assertReported(err, "feed.jsonl:3", "malformed JSON");
        assertReported(err, "feed.jsonl", "duplicate article id \"feed-1\"");
        assertReported(err, "other-feed.jsonl", "duplicate article id \"feed-3\"");
    }

    @Test
    void everyGoodInputIsSearchable() throws Exception {
        for (String[] expected : List.of(
                new String[] {"\"new town\"", "good"},
                new String[] {"creme brulee", "latin1"},
                new String[] {"lighthouse Solberg", "utf16"},
                new String[] {"orchard harvest", "stray-byte"},
                new String[] {"tram riders", "feed-1"},
                new String[] {"island ferry", "feed-3"},
                new String[] {"\"paragraph number 99999\"", "many-paragraphs"},
                new String[] {"submarines", "deep"})) {
            Result found = run("-Xmx256m", "search", "--index", index.toString(), "--json", expected[0]);
            assertEquals(0, found.exit(), found.err());
            assertTrue(found.out().contains("\"articleId\":\"" + expected[1] + "\""),
                    expected[0] + " finds " + expected[1] + ": " + found.out());
        }
    }

    @Test
    void anUnreadableFileOrFolderIsReportedAndTheRestIndexed() throws Exception {
        // Root reads everything, so as root (as in CI) the index runs as the unprivileged user nobody.
        boolean root = "root".equals(System.getProperty("user.name"));
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(!root || Files.isExecutable(setpriv), "as root, this test needs setpriv to drop privileges");
        Path folder = Files.createTempDirectory("article-search-locked");
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path articles = Files.createDirectories(folder.resolve("articles"));
            Files.writeString(articles.resolve("fine.txt"), "Fine\n\nA fine article about kites.\n");
            Path secret = articles.resolve("secret.txt");
            Files.writeString(secret, "Secret\n\nNobody may read this.\n");
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
            Path closed = Files.createDirectories(articles.resolve("closed"));
            Files.writeString(closed.resolve("hidden.txt"), "Hidden\n\nBehind a closed door.\n");
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
            Path lockedIndex = folder.resolve("index");
            List<String> asUser = root ? List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
            Result r = runAs(asUser, "index", "--index", lockedIndex.toString(), "--input", articles.toString());
            assertEquals(2, r.exit(), r.out() + r.err());
            assertReported(r.err(), "secret.txt", "permission denied");
            assertReported(r.err(), "closed", "permission denied");
            assertTrue(r.out().contains("Indexed 1 article into"), "the readable article is indexed: " + r.out());
        } finally {
            try (var all = Files.walk(folder)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                        Files.delete(p);
                    } catch (IOException ignored) {
                        // left for the system's temp cleaner
                    }
                });
            }
        }
    }

    private static void assertReported(String err, String path, String reason) {
        boolean found = err.lines().anyMatch(line -> line.contains(path) && line.contains(reason));
        assertTrue(found, path + " reported as \"" + reason + "\":\n" + err);
    }

    static Result run(String... args) throws Exception {
        return runAs(List.of(), args);
    }

    /** Runs the jar, behind {@code prefix} (e.g. a command that changes the user) when one is given. */
    static Result runAs(List<String> prefix, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(prefix);
        command.add(java);
        int i = 0;
        while (i < args.length && args[i].startsWith("-X")) command.add(args[i++]);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(Arrays.asList(args).subList(i, args.length));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the command finished");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        return concat(concat(a, b), c);
    }
}
