package org.articlesearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Puts {@link ArticleAnalyzer#EXACT_PREFIX} before the keyword copy that the stemmer left as written. */
final class ExactFormFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ExactFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (keyword.isKeyword()) {
            int len = term.length();
            char[] buf = term.resizeBuffer(len + 1);
            System.arraycopy(buf, 0, buf, 1, len);
            buf[0] = ArticleAnalyzer.EXACT_PREFIX.charAt(0);
            term.setLength(len + 1);
        }
        return true;
    }
}
