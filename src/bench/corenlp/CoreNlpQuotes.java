import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Stanford CoreNLP's quote attribution over a folder of plain-text articles, printed in the shape of
 * {@code article-search split --json} (one article a line, its quotes with their speakers), so that
 * {@code quote_eval.py} scores both the same way. Run by {@code run} in this folder, as a single-file
 * program on CoreNLP's class path; not part of article-search.
 *
 * <p>The speaker shown is CoreNLP's canonical speaker (the coreference chain's name for "he"), else
 * its speaker mention when that is a name; a bare pronoun it could not resolve is shown as no speaker,
 * as article-search does, rather than counted against it as a wrong name.
 *
 * <p>Prints to stderr the CPU time spent annotating (the pipeline's loading left out) and the bytes
 * read, so that its speed can be set beside the splitter's.
 */
public class CoreNlpQuotes {
    private static final Set<String> PRONOUNS =
            Set.of("i", "he", "she", "it", "we", "they", "you", "him", "her", "them", "us", "me");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CoreNlpQuotes TEXT_FOLDER > predictions.jsonl");
            System.exit(2);
        }
        Properties props = new Properties();
        // The annotators the quote attributor needs, in CoreNLP's documented order.
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("quote.attributeQuotes", "true");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);

        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        var threads = ManagementFactory.getThreadMXBean();
        long cpuNanos = 0, bytes = 0;
        var out = new StringBuilder();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            long before = threads.getCurrentThreadCpuTime();
            CoreDocument doc = new CoreDocument(text);
            pipeline.annotate(doc);
            cpuNanos += threads.getCurrentThreadCpuTime() - before;
            bytes += text.getBytes(StandardCharsets.UTF_8).length;

            String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
            out.setLength(0);
            out.append("{\"articleId\":").append(json(id)).append(",\"documents\":[");
            boolean first = true;
            for (CoreQuote quote : doc.quotes()) {
                if (!first) out.append(',');
                first = false;
                String speaker = shownSpeaker(quote);
                out.append("{\"type\":\"quote\",\"text\":").append(json(quote.text()))
                        .append(",\"start\":").append(quote.quoteCharOffsets().first)
                        .append(",\"end\":").append(quote.quoteCharOffsets().second)
                        .append(",\"speaker\":").append(speaker == null ? "null" : json(speaker))
                        .append('}');
            }
            out.append("]}");
            System.out.println(out);
        }
        System.err.printf(Locale.ROOT, "corenlp: %d articles, %d bytes, %.1f s CPU annotating, %.2f KB/s%n",
                files.size(), bytes, cpuNanos / 1e9, bytes / 1024.0 / (cpuNanos / 1e9));
    }

    private static String shownSpeaker(CoreQuote quote) {
        // A chain of pronouns has a pronoun for its canonical name ("she"): that names nobody either.
        String canonical = quote.canonicalSpeaker().orElse(null);
        if (isName(canonical)) return canonical;
        String mention = quote.speaker().orElse(null);
        return isName(mention) ? mention : null;
    }

    private static boolean isName(String speaker) {
        return speaker != null && !speaker.isBlank() && !PRONOUNS.contains(speaker.strip().toLowerCase(Locale.ROOT));
    }

    private static String json(String s) {
        var b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
