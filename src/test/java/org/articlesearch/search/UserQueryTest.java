package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.articlesearch.index.ArticleAnalyzer;
import org.junit.jupiter.api.Test;

class UserQueryTest {
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    @Test
    void onlyOperatorsAndPunctuationAreAnEmptyQuery() {
        for (String input : new String[] {"", "   ", "OR", "AND OR", "-", "\"", "\"\"", "*?:~^[]{}()\\/!", "- OR \""}) {
            assertTrue(UserQuery.parse(input, analyzer).isEmpty(), input);
        }
    }

    @Test
    void anExclusionAloneLooksForNothingButIsKept() {
        UserQuery q = UserQuery.parse("-cherry", analyzer);
        assertTrue(q.isEmpty());
        assertEquals(1, q.excluded().size());
    }

    @Test
    void oneOrTwoTermsAndQueriesOfOnlyPhrasesHaveNoForgivingForm() throws IOException {
        IndexSearcher empty = new IndexSearcher(new MultiReader());
        for (String input : new String[] {"cherry", "cherry bomb", "\"cherry bomb\" runaways", "cherry OR apple pie",
                "\"cherry bomb\" \"joan jett\" \"the runaways\""}) {
            assertNull(UserQuery.parse(input, analyzer).mostTerms(empty), input);
        }
        assertNotNull(UserQuery.parse("cherry bomb runaways", analyzer).mostTerms(empty));
        assertNotNull(UserQuery.parse("\"cherry bomb\" runaways film", analyzer).mostTerms(empty));
    }
}
