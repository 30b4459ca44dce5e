package org.articlesearch;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code serve} run from the packaged jar as a user runs it, with everything it prints kept. */
public final class ServeProcess implements AutoCloseable {
    private static final Path JAR = Path.of(System.getProperty("project.jar", "target/article-search.jar"));
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

    private final Process process;
    private final String url;
    private final StringBuffer output = new StringBuffer();

    private ServeProcess(Process process, String url, String printedBeforeReady) {
        this.process = process;
        this.url = url;
        output.append(printedBeforeReady);
    }

    /**
     * Starts {@code java [jvmOptions] -jar article-search.jar serve --port 0 [serveArgs]} and waits
     * until it prints its URL.
     */
    public static ServeProcess start(List<String> jvmOptions, String... serveArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "serve", "--port", "0"));
        command.addAll(List.of(serveArgs));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String url = null;
        for (String line; url == null && (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = URL.matcher(line);
            if (m.find()) url = m.group(1);
        }
        if (url == null) p.destroyForcibly();
        assertNotNull(url, "serve prints its URL: " + seen);
        ServeProcess serve = new ServeProcess(p, url, seen.toString());
        Thread.ofVirtual().start(() -> out.lines().forEach(line -> serve.output.append(line).append('\n')));
        return serve;
    }

    /** The base URL, ending in '/'. */
    public String url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the server has printed so far (stdout and stderr). */
    public String output() {
        return output.toString();
    }

    /** The exit code, once it has stopped. */
    public int exitValue() {
        return process.exitValue();
    }

    /** Stops it with SIGTERM, as Ctrl-C would, and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("serve did not stop within 15 s of SIGTERM");
        }
    }
}
