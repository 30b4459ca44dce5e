package org.articlesearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Times article extraction against jsoup's parse of the same pages, in one run. Not a test (no
 * timed assertions): run it by hand, e.g.
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.articlesearch.ingest.ExtractionTiming ../shared/corpus/html/pages}.
 */
public final class ExtractionTiming {
    private ExtractionTiming() {
    }

    public static void main(String[] args) throws IOException, UnreadableInputException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionTiming FOLDER [ROUNDS]   (times jsoup's parse and our extraction of every page)");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> pages = new ArrayList<>();
        ArticleInputs.Plan plan = ArticleInputs.scan(List.of(Path.of(args[0])));
        for (ArticleInputs.InputFile f : plan.files()) {
            byte[] bytes = f.path().toString().endsWith(".gz")
                    ? new java.util.zip.GZIPInputStream(Files.newInputStream(f.path())).readAllBytes()
                    : Files.readAllBytes(f.path());
            pages.add(TextDecoder.decodeHtml(bytes));
        }
        long parseNanos = 0, extractNanos = 0;
        int parts = 0;
        // The first rounds warm the JIT up and are not counted.
        for (int round = -3; round < rounds; round++) {
            for (String html : pages) {
                long t0 = System.nanoTime();
                Document doc = Jsoup.parse(html);
                long t1 = System.nanoTime();
                parts += ArticleExtractor.extract(doc).parts().size();
                long t2 = System.nanoTime();
                if (round >= 0) {
                    parseNanos += t1 - t0;
                    extractNanos += t2 - t1;
                }
            }
        }
        double n = (double) pages.size() * rounds;
        System.out.printf("%d pages x %d rounds (%d parts)%n", pages.size(), rounds, parts);
        System.out.printf("jsoup parse:        %6.2f ms/page  %7.1f pages/s%n", parseNanos / n / 1e6, n / (parseNanos / 1e9));
        System.out.printf("extraction:         %6.2f ms/page  %7.1f pages/s%n", extractNanos / n / 1e6, n / (extractNanos / 1e9));
        System.out.printf("parse + extraction: %6.2f ms/page  %7.1f pages/s  (extraction = %.2f x parse)%n",
                (parseNanos + extractNanos) / n / 1e6, n / ((parseNanos + extractNanos) / 1e9), (double) extractNanos / parseNanos);
    }
}
