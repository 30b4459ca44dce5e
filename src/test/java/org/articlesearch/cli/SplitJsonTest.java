package org.articlesearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.articlesearch.server.JsonWriter;
import org.junit.jupiter.api.Test;

/** {@code split --json} is written by the API's JSON writer, byte for byte as Jackson wrote it before. */
class SplitJsonTest {
    private static final String AWKWARD = "“Cherry” \"bomb\" \\ / <b>&amp;</b> \n\r\t\b\f \u0000\u001f\u007f é 😀 \u2028";

    @Test
    void anArticleAndItsDocumentsAreWrittenAsJacksonWritesThem() throws Exception {
        var quote = new SplitCommand.SplitDocument("a#0", "quote", AWKWARD, "Joan Jett", "she", 12, 15, 0, 0, 42);
        var paragraph = new SplitCommand.SplitDocument("a#1", "paragraph", "Text", null, null, null, null, 1, 44, 48);
        for (var article : Arrays.asList(
                new SplitCommand.SplitArticle("a", AWKWARD, "in/a.txt", List.of(quote, paragraph)),
                new SplitCommand.SplitArticle("b", null, "in/b.html", List.of()))) {
            assertEquals(new ObjectMapper().writeValueAsString(article), JsonWriter.toJson(article));
        }
    }
}
