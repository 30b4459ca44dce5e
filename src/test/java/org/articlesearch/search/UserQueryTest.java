package org.articlesearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
