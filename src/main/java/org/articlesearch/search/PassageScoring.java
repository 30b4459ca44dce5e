package org.articlesearch.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, the same sum in the same order, without the hash table Lucene builds for
 * every passage it scores: that table starts with a 32 KB block, and every hit's text is at least
 * one passage, so it was half of all the memory a search allocated. A passage matches a handful of
 * query terms, which a list finds as fast.
 */
final class PassageScoring extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] matchTerms = passage.getMatchTerms();
        int[] matchFreqsInDoc = passage.getMatchTermFreqsInDoc();
        // Distinct terms in order of first match, as Lucene numbers them.
        BytesRef[] terms = new BytesRef[matches];
        int[] freqInPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < distinct && !terms[t].equals(matchTerms[i])) t++;
            if (t == distinct) {
                terms[t] = matchTerms[i];
                freqInDoc[t] = matchFreqsInDoc[i];
                distinct++;
            }
            freqInPassage[t]++;
        }
        double score = 0d;
        for (int t = 0; t < distinct; t++) {
            score += tf(freqInPassage[t], passage.getLength()) * weight(contentLength, freqInDoc[t]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
