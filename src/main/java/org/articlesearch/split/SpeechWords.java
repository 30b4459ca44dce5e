package org.articlesearch.split;

import java.util.List;

/**
 * The word lists the attribution rules read, and what they tell of one word: whether it is used as a
 * verb, a speech verb, or stands between a subject and its verb.
 */
final class SpeechWords {
    private SpeechWords() {
    }

    /** Words between a subject and its speech verb ("Smith also said", "she later told"). */
    private static final WordSet AUXILIARIES = WordSet.of("has", "had", "have", "also", "later", "then", "once",
            "previously", "recently", "would", "will", "could", "might", "may", "reportedly", "repeatedly",
            "again", "just", "often", "publicly", "famously", "simply", "flatly", "quickly", "never",
            "always", "first", "further", "subsequently", "immediately", "bluntly", "angrily", "openly",
            "privately", "earlier", "frequently", "wrongly", "falsely", "correctly", "recalls", "n't", "not",
            "did", "does", "do", "proudly", "told", "tweeted", "continued", "went", "on",
            "added", "shot", "back", "fired", "simply", "softly", "quietly", "calmly", "candidly", "memorably",
            "now", "still", "since", "ultimately", "eventually", "finally", "instead", "already", "even", "today",
            "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "meanwhile", "however", "too");

    /** Words that end a noun phrase when walking back from a verb. */
    static final WordSet CLAUSE_BREAKS = WordSet.of("that", "and", "but", "or", "when", "while", "as",
            "after", "before", "because", "if", "so", "since", "which", "who", "whom", "where", "in", "on",
            "at", "with", "to", "from", "for", "by", "during", "than", "whether", "though", "although",
            "what", "how", "why", "said", "says", "told", "into", "about", "over", "under", "against", "like",
            "is", "was", "were", "are", "be", "been", "it", "this", "there", "not", "also", "then", "even");

    /** Words that end a noun phrase after a speech verb ("said Smith in a statement"). */
    static final WordSet PHRASE_ENDS = WordSet.of("in", "on", "at", "during", "after", "before", "while",
            "when", "as", "because", "about", "with", "without", "who", "which", "that", "whose",
            "adding", "referring", "speaking", "yesterday", "today", "tonight", "recently", "later",
            "earlier", "last", "this", "next", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "and", "but", "than", "told", "said", "from", "via", "through", "outside",
            "inside", "near", "following", "under", "over", "then", "also", "amid", "ahead");

    static final WordSet PREPOSITIONS = WordSet.of("in", "on", "at", "to", "for", "of", "with", "by",
            "from", "after", "before", "during", "like", "unlike", "about", "despite", "as", "amid", "among",
            "following", "since", "until", "without", "within", "under", "over", "through");

    static final WordSet PASSIVE = WordSet.of("was", "were", "is", "are", "been", "be", "being");

    static final WordSet CONJUNCTIONS = WordSet.of("but", "and", "or", "while", "although", "though",
            "because", "as", "so", "yet", "whereas", "if", "when");

    /** Prepositions after the head of a noun phrase ("a spokesman for Microsoft"). */
    static final WordSet HEAD_ENDS = WordSet.of("of", "for", "at", "from", "with", "in", "to");

    static final WordSet DETERMINERS = WordSet.of("a", "an", "the", "one", "another", "some", "his",
            "her", "their", "its", "our", "two", "three", "several", "many", "both");

    /**
     * Speech verbs beyond the shared lexicon, in the forms that attribute a quote ("…," Jones barked;
     * Potts echoed: "…"). Words that are rarely nouns, so that no article needs to be seen first.
     */
    static final WordSet MORE_SPEECH_VERBS = WordSet.of("barked", "echoed", "echoes", "chimed",
            "snarled", "thundered", "muttered", "growled", "gasped", "huffed", "teased", "taunted", "scolded",
            "lectured", "interrupted", "texted", "emailed", "messaged", "prodded", "probed", "queried", "ventured",
            "offered", "volunteered", "summarized", "summarised", "surmised", "ruminated");

    /** Acronyms of a role, not an organisation: "the DJ", "the CEO" name no one. */
    static final WordSet ROLE_ACRONYMS = WordSet.of("ceo", "cfo", "coo", "cto", "dj", "mp", "mep", "msp",
            "pm", "gp", "md", "vp", "mc", "gm", "qc");

    private static final WordSet NOUN_MARKERS = WordSet.of("a", "an", "the", "his", "her", "their", "its", "our",
            "my", "your", "this", "these", "those", "whose");

    /** Words that end a speech verb written in two words ("shot back", "fired back"). */
    static final WordSet VERB_TAILS = WordSet.of("back", "added", "continued", "tweeted", "told");

    /** Words that open a reported clause right after a speech verb ("said that…", "said he…", "said the plan…"). */
    static final WordSet CLAUSE_OPENERS = WordSet.of("that", "he", "she", "they", "it", "we", "i",
            "the", "his", "her", "their", "there", "this", "these", "those", "if", "whether", "a", "an", "its", "our",
            "my", "some", "many", "no", "what", "how", "why", "when", "where", "who");

    /** "is", "was": with a verb in -ing after them, the subject is doing it ("Cruz is praising Bush as “…”"). */
    static final WordSet PROGRESSIVE = WordSet.of("is", "was", "are", "were");

    /** Words between a subject and its verb: auxiliaries and adverbs ("also", "gingerly", "jokingly"). */
    static boolean isAuxiliary(Token w) {
        // "…," May said: a word the article writes as a surname is the person (ArticleTokens.markSurnames).
        if (w.isCapitalized() && w.isNameWord()) return false;
        String k = w.key();
        return AUXILIARIES.contains(k) || w.isWord() && !w.isCapitalized() && k.length() > 4 && k.endsWith("ly");
    }

    /**
     * Whether the word at {@code j} is used as a verb: written in lower case (except at the start of a
     * sentence, "Said Smith: …"), and not after an owner or an article ("Ginsburg's comments", "a claim").
     */
    static boolean isVerb(List<Token> t, int j) {
        if (j == 0) return true;
        Token w = t.get(j);
        if (w.isCapitalized()) return false;
        Token previous = t.get(j - 1);
        return !(previous.isPossessive() || previous.keyIn(NOUN_MARKERS));
    }

    static boolean isSpeechVerb(List<Token> t, int j) {
        String k = t.get(j).key();
        // "…," she went, or went on: speech; "United went ahead through Alan Smith": a going somewhere.
        if (t.get(j).keyIn(GO) && j + 1 < t.size() && t.get(j + 1).isWord() && !t.get(j + 1).is("on")) return false;
        return NameRules.SPEECH_VERBS.contains(k) || MORE_SPEECH_VERBS.contains(k) || isPhrasalSpeechVerb(t, j)
                || (k.equals("read") || k.equals("reads")) && (j > 0 && NounPhrases.isDocument(t.get(j - 1))
                        || readsADocument(t, j));
    }

    private static final WordSet GO = WordSet.of("go", "goes", "went", "gone");

    /** "…," read a statement from the firm: the document read out is the source, as in "the statement read". */
    private static boolean readsADocument(List<Token> t, int j) {
        if (j + 2 >= t.size()) return false;
        String article = t.get(j + 1).key();
        return (article.equals("a") || article.equals("the")) && NounPhrases.isDocument(t.get(j + 2));
    }

    /** "points out", "pointed out", "chimed in": a verb that speaks only with its particle. */
    static boolean isPhrasalSpeechVerb(List<Token> t, int j) {
        if (j + 1 >= t.size()) return false;
        String k = t.get(j).key(), next = t.get(j + 1).key();
        return next.equals("out") && (k.equals("points") || k.equals("pointed"))
                || next.equals("in") && (k.equals("chimed") || k.equals("chimes"))
                || next.equals("back") && (k.equals("shot") || k.equals("fired") || k.equals("hit") || k.equals("shoots")
                        || k.equals("fires") || k.equals("hits") || k.equals("pushed") || k.equals("pushes"));
    }
}
