package org.articlesearch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.articlesearch.ServeProcess;
import org.articlesearch.Shared;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An attacker at the search box and the API, against {@code serve} run from the jar. */
class HostileRequestsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path BBC_TECH = Shared.path("corpus/bbc/tech");
    private static final int FUZZ_INPUTS = 3000;
    /** A stall, not a slow answer: the fuzzer's queries are small, so any of them taking this long is a bug. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);
    private static final String OPERATORS = "\"\"\"''“”‘’-+*?~^:()[]{}\\/!&|<>=@#%";
    private static final String[] WORDS = {"OR", "AND", "NOT", "said", "the", "mobile", "phone", "games", "Microsoft",
            "broadband", "virus", "\"digital music", "-apple", "OR OR", "*", "?", "a*", "*ing", "te?t", "~", "^3"};

    @TempDir
    static Path dir;
    static ServeProcess server;

    @BeforeAll
    static void start() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("hostile.txt"), "Markup in an article\n\n"
                + "It said <script>alert(1)</script>, <img src=x onerror=alert(2)> and <a href=\"javascript:alert(3)\">click</a>.\n");
        server = ServeProcess.start(List.of("-Xmx256m"), "--index", dir.resolve("index").toString(),
                "--input", Shared.require(BBC_TECH).toString(), articles.toString());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) server.close();
    }

    @Test
    void thousandsOfRandomQueriesNeverGiveAServerErrorAndAreEachAnsweredPromptly() throws Exception {
        Random random = new Random(20261125);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < FUZZ_INPUTS; i++) urls.add(fuzzUrl(random));
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long[] slowest = new long[1];
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> work = new ArrayList<>();
            for (String url : urls) {
                work.add(pool.submit(() -> {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> r = get(url);
                        long ms = (System.nanoTime() - started) / 1_000_000;
                        synchronized (slowest) {
                            slowest[0] = Math.max(slowest[0], ms);
                        }
                        if (ms > ANSWER_BOUND.toMillis()) failures.add(url + " took " + ms + " ms");
                        check(url, r, failures);
                    } catch (IOException | InterruptedException e) {
                        failures.add(url + " -> " + e);
                    }
                }));
            }
            for (Future<?> f : work) f.get();
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + FUZZ_INPUTS + " failed, e.g. "
                + failures.subList(0, Math.min(5, failures.size())));
        String log = server.output();
        assertFalse(log.contains("ERROR") || log.contains("Exception"), "the server logged a failure:\n" + log);
        System.out.printf("fuzzer: %d inputs, slowest answer %d ms%n", FUZZ_INPUTS, slowest[0]);
    }

    private static void check(String url, HttpResponse<String> r, List<String> failures) throws IOException {
        int status = r.statusCode();
        if (status == 200) {
            JsonNode body = JSON.readTree(r.body());
            if (!body.has("total") || body.get("total").asLong() < 0) failures.add(url + " -> odd result " + r.body());
        } else if (status == 400) {
            JsonNode body = JSON.readTree(r.body());
            if (!body.hasNonNull("error") || body.get("error").asText().isBlank()) failures.add(url + " -> 400 without reason");
        } else if (status != 414 && status != 431) {
            failures.add(url + " -> " + status + " " + r.body());
        }
    }

    /** One random request: a hostile query, sometimes with hostile parameters. */
    private static String fuzzUrl(Random random) {
        String q = switch (random.nextInt(8)) {
            case 0 -> randomChars(random, 1 + random.nextInt(60), OPERATORS);
            case 1 -> randomUnicode(random, 1 + random.nextInt(80));
            case 2 -> words(random, 200 + random.nextInt(400)); // huge numbers of terms, often over the length limit
            case 3 -> "x".repeat(1 + random.nextInt(1200)); // very long words
            case 4 -> randomChars(random, 1 + random.nextInt(20), "\u0000\u0001\u0007\b\t\n\r\u001b\u007f\u0085\u2028\ufeff");
            case 5 -> words(random, 1 + random.nextInt(8)).replace(" ", random.nextBoolean() ? "*" : "?");
            default -> words(random, 1 + random.nextInt(12));
        };
        StringBuilder url = new StringBuilder("/api/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (random.nextInt(4) == 0) {
            String[] types = {"quote", "paragraph", "caption", "quote,caption", "", "bogus", "QUOTE", ",,", "quote&type=caption"};
            url.append("&type=").append(types[random.nextInt(types.length)]);
        }
        if (random.nextInt(4) == 0) {
            String[] numbers = {"-1", "0", "1", "100", "101", "abc", "1e3", "99999999999999999999", " 5", "0x10", "10000", "10001"};
            url.append(random.nextBoolean() ? "&limit=" : "&offset=").append(URLEncoder.encode(
                    numbers[random.nextInt(numbers.length)], StandardCharsets.UTF_8));
        }
        if (random.nextInt(6) == 0) url.append("&speaker=").append(URLEncoder.encode(randomUnicode(random, 6), StandardCharsets.UTF_8));
        return url.toString();
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return s.toString();
    }

    private static String randomChars(Random random, int n, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return s.toString();
    }

    private static String randomUnicode(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(5)) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                case 1 -> 0xa0 + random.nextInt(0x2500);
                case 2 -> 0x4e00 + random.nextInt(0x5000);
                case 3 -> 0x1f300 + random.nextInt(0x300);
                default -> random.nextInt(0x110000);
            };
            if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    @Test
    void limitsAreRefusedWithAReason() throws Exception {
        assertRefused("/api/search?q=" + "a".repeat(1001), "too long");
        assertRefused("/api/search?q=phone&limit=101", "limit");
        assertRefused("/api/search?q=phone&offset=10001", "offset");
        assertRefused("/api/search?q=phone&limit=abc", "whole number");
        assertRefused("/api/search?q=phone&type=everything", "unknown type");
        HttpResponse<String> bigHeader = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=phone"))
                .header("X-Padding", "p".repeat(20_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(431, bigHeader.statusCode(), "an oversized header is refused");
        assertTrue(JSON.readTree(bigHeader.body()).get("error").asText().contains("Header"), "with the API's error shape: " + bigHeader.body());
        HttpResponse<String> bigBody = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=phone"))
                .POST(HttpRequest.BodyPublishers.ofString("b".repeat(1 << 20))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(bigBody.statusCode() >= 400 && bigBody.statusCode() < 500, "a large body is refused: " + bigBody.statusCode());
    }

    private static void assertRefused(String pathAndQuery, String reason) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(400, r.statusCode(), pathAndQuery);
        String error = JSON.readTree(r.body()).get("error").asText();
        assertTrue(error.contains(reason), pathAndQuery + " -> " + error);
    }

    @Test
    void staticFilesCannotBeReadFromOutsideTheWebFolder() throws Exception {
        for (String path : List.of("/../pom.xml", "/..%2fpom.xml", "/%2e%2e/pom.xml", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/../../../../../../etc/passwd", "/..\\..\\..\\etc\\passwd", "//etc/passwd", "/etc/passwd",
                "/%2F%2Fetc%2Fpasswd", "/web/../../etc/passwd", "/..;/..;/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd",
                "/../org/articlesearch/cli/Main.class", "/org/articlesearch/cli/Main.class", "/../sample/CONTENTS",
                "/sample/CONTENTS", "/../openapi.json", "/file:///etc/passwd", "/%00/etc/passwd")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String status = response.isEmpty() ? "(closed)" : response.substring(0, response.indexOf('\r'));
            assertFalse(status.contains(" 200 "), path + " was served: " + status);
            assertFalse(response.contains("root:") || response.contains("<project") || response.contains("night-shift"),
                    path + " leaked a file");
        }
        assertTrue(raw("GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"),
                "the page's own files are served");
    }

    @Test
    void articleIdsInUrlsAreValidated() throws Exception {
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%00", "a%0Ab", "x".repeat(300), "%3Cscript%3E")) {
            HttpResponse<String> r = get("/api/articles/" + id);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, id + " -> " + r.statusCode());
            assertTrue(JSON.readTree(r.body()).hasNonNull("error"), r.body());
        }
    }

    @Test
    void everyHighlightAndTextComesBackEscaped() throws Exception {
        JsonNode hits = JSON.readTree(get("/api/search?q=script+OR+onerror+OR+javascript").body()).get("hits");
        assertTrue(hits.size() > 0);
        for (JsonNode hit : hits) {
            String highlight = hit.get("highlight").asText().replace("<mark>", "").replace("</mark>", "");
            assertFalse(highlight.contains("<") || highlight.contains(">"), "raw markup in " + highlight);
        }
    }

    @Test
    void thePageCarriesAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("object-src 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        int port = URI.create(server.url()).getPort();
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress a : Collections.list(nic.getInetAddresses())) if (a instanceof Inet4Address) others.add(a);
        }
        assumeFalse(others.isEmpty(), "this machine has no other address to try");
        for (InetAddress address : others) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address, port), 2000);
                throw new AssertionError("the server answered on " + address);
            } catch (ConnectException | SocketTimeoutException expected) {
                // refused: nothing listens there
            }
        }
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = URI.create(server.url() + pathAndQuery.substring(1));
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request sent byte for byte, so that no client library tidies the path first. */
    private static String raw(String request) throws IOException {
        URI base = URI.create(server.url());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
    }
}
