package org.articlesearch.index;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The most frequent words of English text, as stems: the words whose pairs {@link Fields#WORD_PAIRS}
 * keeps. Only two frequent words make a large conjunction ("of the": most passages hold both), where
 * checking positions in every passage holding both was the slow part of a plain-words search; a pair
 * with a rarer word is found quickly by the phrase alone, since the rarer word bounds it. Keeping every
 * pair made the 1× index 55% larger; the 378 commonest words, 10.5%; these 200, 7%, and searches were
 * as fast as with 378 (BENCHMARKS.md). The list is general English (function words, the commonest
 * verbs, nouns and adjectives of running text, roughly most frequent first), not drawn from any corpus
 * here, and it changes only speed, never a result: a pair it leaves out is simply not filtered.
 * Changing it changes what an index holds, so it goes with a new {@link IndexFormat}.
 */
final class CommonWords {
    private static final String WORDS = """
            the of and to a in is it that was for on are with as he be at by this had not but from or have an
            they which one you were her all she there would their we him been has when who will more no if out
            so said what up its about into than them can only other new some could time these two may then do
            first any my now such like our over man me even most made after also did many before must through
            back years where much your way well down should because each just those people how too little state
            good very make world still own see men work long get here between both life being under never day
            same another know while last might us great old year off come since against go came right used take
            three states himself few house use during without again place around however home small found
            thought went say part once general high upon school every does got united left number course war
            until always away something fact though water less public put think almost hand enough far took head
            yet government system better set
            """;

    /** Their stems, as the text field's analysis makes them ("years" → "year"). */
    static final CharArraySet STEMS = stems();

    private CommonWords() {
    }

    private static CharArraySet stems() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        CharArraySet stems = new CharArraySet(512, false);
        for (ArticleAnalyzer.Word w : analyzer.words(WORDS)) stems.add(w.stem());
        return CharArraySet.unmodifiableSet(stems);
    }
}
