package org.articlesearch.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.articlesearch.ingest.Article;
import org.junit.jupiter.api.Test;

/** Speaker rules, each on a small article written for it. */
class AttributionRulesTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Passage> quotes(String body) {
        return splitter.split(Article.of("a", "A title", body)).stream()
                .filter(p -> p.type() == PassageType.QUOTE).toList();
    }

    private String speakerOf(String body, String quoteStart) {
        return quotes(body).stream().filter(p -> p.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + quoteStart + " in " + quotes(body)))
                .speaker();
    }

    @Test
    void aVerbThatLeadsItsNameAfterTheReportersClauseStillAttributesTheQuote() {
        String body = "\"The new bridge will carry twice the traffic\" if the council pays for it, said Mary Okafor, "
                + "an engineer at the county.";
        assertEquals("Mary Okafor", speakerOf(body, "The new bridge"));
    }

    @Test
    void aPassiveReportAfterAQuoteNamesNoSpeaker() {
        String body = "Grace Lin says the team will \"fight hard for every single vote.\" Lin's plan was first reported by "
                + "the Daily Courier.";
        assertEquals("Grace Lin", speakerOf(body, "fight hard"));
    }
}
