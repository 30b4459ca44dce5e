package org.articlesearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;
import org.articlesearch.model.Article;
import org.articlesearch.model.SkippedInput;

/** JSON Lines: one article a line with id, title, text (or body), and optional url, published, author. */
final class JsonLinesFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesFormat() {
    }

    /**
     * Reads every line; a broken line is reported with its number and skipped, the others are kept.
     * Returns how many articles were read.
     */
    static int read(String fallbackId, String source, String content,
                    Consumer<Article> articles, Consumer<SkippedInput> skipped) {
        int count = 0;
        int lineNo = 0;
        for (String line : content.split("\r?\n", -1)) {
            lineNo++;
            if (line.isBlank()) continue;
            String where = source + ":" + lineNo;
            try {
                JsonNode node = JSON.readTree(line);
                if (node == null || !node.isObject()) {
                    skipped.accept(new SkippedInput(where, "not a JSON object"));
                    continue;
                }
                String text = firstText(node, "text", "body");
                if (text == null || text.isBlank()) {
                    skipped.accept(new SkippedInput(where, "no \"text\" or \"body\""));
                    continue;
                }
                String id = firstText(node, "id");
                if (id == null || id.isBlank()) id = fallbackId + "-" + lineNo;
                articles.accept(new Article(id.strip(), firstText(node, "title"), text,
                        Article.paragraphBlocks(text, 0), where, firstText(node, "url"),
                        firstText(node, "published"), firstText(node, "author")));
                count++;
            } catch (JsonProcessingException e) {
                skipped.accept(new SkippedInput(where, "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        return count;
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) return v.isValueNode() ? v.asText() : v.toString();
        }
        return null;
    }
}
