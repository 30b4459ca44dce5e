package org.articlesearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlesearch.model.SearchRequest;
import org.junit.jupiter.api.Test;

/** The search box as Solr reads it: grouped as the local parser groups it, the user's text only ever a parameter value. */
class SolrQueriesTest {
    @Test
    void termsGroupAsTheLocalParserGroupsThem() {
        SolrQueries.Parsed p = SolrQueries.parse("cherry OR grenade bomb -\"the runaways\" !!! AND \"ch-ch cherry\"");
        assertEquals(3, p.groups().size(), p.toString());
        assertEquals(List.of(new SolrQueries.Term("cherry", false), new SolrQueries.Term("grenade", false)), p.groups().get(0));
        assertEquals(List.of(new SolrQueries.Term("bomb", false)), p.groups().get(1));
        assertEquals(List.of(new SolrQueries.Term("ch-ch cherry", true)), p.groups().get(2));
        assertEquals(List.of(new SolrQueries.Term("the runaways", true)), p.excluded());
        assertEquals(List.of(), p.plainWords(), "OR and phrases: no bonus for words standing together");
        assertEquals(List.of("prime", "minister"), SolrQueries.parse("prime minister").plainWords());
    }

    @Test
    void nothingToLookForAndNoFilterAsksSolrNothing() {
        assertNull(SolrQueries.search(SearchRequest.of("  -  OR ")));
        assertTrue(SolrQueries.search(SearchRequest.of("").withArticle("a1")) != null, "a filter alone lists documents");
    }

    @Test
    void theUsersTextNeverBecomesSolrSyntax() {
        String hostile = "{!lucene}*:* OR _query_:\"{!func}1\" \\ x^9 [a TO z]";
        SolrQueries.Params params = new SolrQueries.Params();
        String query = SolrQueries.query(SolrQueries.parse(hostile), params).toString();
        assertFalse(query.contains("*:*"), query);
        assertFalse(query.contains("func"), query);
        assertFalse(query.contains("x^9"), query);
        for (Object value : params.values()) {
            String v = value.toString();
            if (v.startsWith("{!")) continue; // our own parsers, whose inputs are other parameters
            assertTrue(v.startsWith("\"") && v.endsWith("\"") && !v.substring(1, v.length() - 1).contains("\"") || !v.contains("\""),
                    "a term is one quoted string or plain words: " + v);
            assertFalse(v.contains("\\"), "no escape reaches Solr: " + v);
        }
    }
}
