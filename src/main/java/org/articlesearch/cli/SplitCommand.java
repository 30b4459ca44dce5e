package org.articlesearch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.articlesearch.ArticleSearch;
import org.articlesearch.ingest.ArticleInputs;
import org.articlesearch.model.Article;
import org.articlesearch.model.Passage;
import org.articlesearch.model.SkippedInput;
import org.articlesearch.server.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints how articles are cut into documents, exactly as {@code index} will index them. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Show how articles are split into quote, paragraph and caption documents.")
final class SplitCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders:" + IndexCommand.FORMATS)
    List<Path> paths;

    @Option(names = "--json", description = "One JSON object per article and line: {articleId, title, source, documents}.")
    boolean json;

    /** The JSON Lines contract that evaluation tools read. */
    record SplitArticle(String articleId, String title, String source, List<SplitDocument> documents) {
    }

    record SplitDocument(String id, String type, String text, String speaker, String speakerMention,
                         Integer speakerStart, Integer speakerEnd, int paragraph, int start, int end) {
    }

    @Override
    public Integer call() throws IOException {
        ArticleInputs.Plan plan = ArticleInputs.scan(paths);
        List<SkippedInput> skipped = new ArrayList<>(plan.skipped());
        ArticleInputs reader = new ArticleInputs();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        int[] articles = {0};
        for (ArticleInputs.InputFile file : plan.files()) {
            reader.read(file, article -> {
                articles[0]++;
                write(out, article, ArticleSearch.split(article));
            }, skipped::add);
        }
        out.flush();
        for (SkippedInput s : skipped) System.err.println("skipped " + s);
        if (articles[0] == 0) {
            System.err.println("error: no article could be read");
            return 1;
        }
        return skipped.isEmpty() ? 0 : 2;
    }

    private void write(Writer out, Article article, List<Passage> passages) {
        try {
            if (json) {
                List<SplitDocument> docs = new ArrayList<>(passages.size());
                for (Passage p : passages) {
                    boolean mentioned = p.speakerMention() != null;
                    docs.add(new SplitDocument(p.id(), p.type().label(), p.text(), p.speaker(), p.speakerMention(),
                            mentioned ? p.speakerStart() : null, mentioned ? p.speakerEnd() : null, p.paragraph(), p.start(), p.end()));
                }
                out.write(JsonWriter.toJson(new SplitArticle(article.id(), article.title(), article.source(), docs)));
                out.write('\n');
                return;
            }
            out.write("== " + article.id() + ": " + article.title() + "  (" + article.source() + ")\n");
            for (Passage p : passages) {
                String who = p.speaker() == null ? "" : " — " + p.speaker()
                        + (p.speakerMention() == null || p.speakerMention().equals(p.speaker()) ? "" : " (\"" + p.speakerMention() + "\")");
                out.write(String.format("  %-9s ¶%-3d %6d-%-6d%s%n      %s%n", p.type().label(), p.paragraph(), p.start(),
                        p.end(), who, p.text().replace("\n", "\n      ")));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
