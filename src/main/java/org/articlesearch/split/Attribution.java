package org.articlesearch.split;

import java.util.List;

/**
 * Who the words around a quote attribute it to: {@code "…," says Stewart}, {@code Stewart said: "…"},
 * {@code "…," said chief executive Jane Doe}, {@code according to Doe}, {@code "…," she says}.
 *
 * <p>The rules that find it are cut by the grammar they read: {@link AfterQuote} (the words after a
 * quote), {@link BeforeQuote} (the words before it, signature lines), {@link SentenceSubject} (the
 * sentence's subject), {@link NounPhrases} (what a noun phrase names), {@link SpeechWords} (the word
 * lists) and {@link SentenceTokens} (sentence ends and small token tests).
 *
 * @param kind  what kind of phrase names the speaker
 * @param name  the name (NAME), the phrase (DESCRIPTION), the pronoun (PRONOUN); null for UNNAMED
 * @param start where the words that say who spoke start in the article text: the name words kept
 *              ({@code Jane Doe} of {@code chief executive Jane Doe}), the whole description
 *              ({@code a spokesman for Microsoft}), the pronoun; -1 for UNNAMED
 * @param end   where those words end; -1 for UNNAMED
 */
record Attribution(Kind kind, String name, int start, int end) {

    Attribution {
        assert kind == Kind.UNNAMED || 0 <= start && start < end : kind + " " + name + " without its mention";
    }

    /** An attribution to no one we can name (UNNAMED), with no mention to point at. */
    Attribution(Kind kind, String name) {
        this(kind, name, -1, -1);
    }

    /**
     * Where the pronoun stands in the article text (PRONOUN only, else -1): only people named before it
     * can be meant.
     */
    int position() {
        return kind == Kind.PRONOUN ? start : -1;
    }

    enum Kind {
        /** A proper name: "Stewart", "Jane Doe", "Microsoft". */
        NAME,
        /** A description that contains a name: "a spokesman for Microsoft", "Trump's spokeswoman". */
        DESCRIPTION,
        /** "he" or "she", to be resolved from context. */
        PRONOUN,
        /** Attributed, but to no one we can name: "officials said", "the report said", "they said". */
        UNNAMED
    }

    /** The attribution in the words after a quote, up to the end of its sentence: {@link AfterQuote#after}. */
    static Attribution after(ArticleTokens text, int from, int to, boolean quoteEndsSentence) {
        return AfterQuote.after(text, from, to, quoteEndsSentence);
    }

    /** The attribution in the words of the sentence before a quote opens: {@link BeforeQuote#before}. */
    static Attribution before(ArticleTokens text, int from, int to) {
        return BeforeQuote.before(text, from, to);
    }

    /** The person a signature line names ("- Jane Doe, Philadelphia."): {@link BeforeQuote#signature}. */
    static Attribution signature(ArticleTokens tokens, int from, int to) {
        return BeforeQuote.signature(tokens, from, to);
    }

    /** The person a sentence is about, when it opens with a name and a verb: {@link SentenceSubject#subjectOfSentence}. */
    static Attribution subjectOfSentence(ArticleTokens text, int from, int to) {
        return SentenceSubject.subjectOfSentence(text, from, to);
    }

    /** The person the last sentence of a paragraph is about: {@link SentenceSubject#subjectOfParagraphEnd}. */
    static Attribution subjectOfParagraphEnd(ArticleTokens tokens, int from, int to) {
        return SentenceSubject.subjectOfParagraphEnd(tokens, from, to);
    }

    /** What a noun phrase names: {@link NounPhrases#phrase}. */
    static Attribution phrase(List<Token> np) {
        return NounPhrases.phrase(np);
    }
}
