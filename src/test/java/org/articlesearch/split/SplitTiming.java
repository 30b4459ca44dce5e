package org.articlesearch.split;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.articlesearch.model.Article;

/**
 * Times the splitter alone on a folder of plain-text articles (title line, blank line, paragraphs),
 * in one JVM after warm-up. Not a test (no timed assertions): run it by hand, e.g.
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.articlesearch.split.SplitTiming ../shared/corpus/polnear/text}.
 */
public final class SplitTiming {
    private SplitTiming() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SplitTiming FOLDER [ROUNDS]   (times ArticleSplitter on every .txt file)");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<Article> articles = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                String title = nl < 0 ? text : text.substring(0, nl);
                String body = nl < 0 ? "" : text.substring(nl + 1).strip();
                articles.add(Article.of(f.getFileName().toString(), title, body));
                chars += body.length();
            }
        }
        ArticleSplitter splitter = new ArticleSplitter();
        long nanos = 0;
        int passages = 0;
        // The first rounds warm the JIT up and are not counted.
        for (int round = -3; round < rounds; round++) {
            long t0 = System.nanoTime();
            for (Article a : articles) passages += splitter.split(a).size();
            if (round >= 0) nanos += System.nanoTime() - t0;
        }
        double seconds = nanos / 1e9 / rounds;
        System.out.printf("%d articles, %.1f MB of text, %d passages a round%n", articles.size(), chars / 1e6,
                passages / (rounds + 3));
        System.out.printf("split: %.1f ms a round, %.1f MB/s on one thread%n", seconds * 1e3, chars / 1e6 / seconds);
    }
}
