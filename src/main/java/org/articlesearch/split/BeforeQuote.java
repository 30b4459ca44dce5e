package org.articlesearch.split;

import static org.articlesearch.split.NounPhrases.isDash;
import static org.articlesearch.split.NounPhrases.isName;
import static org.articlesearch.split.NounPhrases.phrase;
import static org.articlesearch.split.NounPhrases.phraseEnd;
import static org.articlesearch.split.SentenceSubject.firstName;
import static org.articlesearch.split.SentenceSubject.sentenceSubject;
import static org.articlesearch.split.SentenceSubject.subjectBeforeComma;
import static org.articlesearch.split.SentenceTokens.endsSentence;
import static org.articlesearch.split.SentenceTokens.isLowerWord;
import static org.articlesearch.split.SentenceTokens.lastSentence;
import static org.articlesearch.split.SpeechWords.CLAUSE_BREAKS;
import static org.articlesearch.split.SpeechWords.MORE_SPEECH_VERBS;
import static org.articlesearch.split.SpeechWords.PREPOSITIONS;
import static org.articlesearch.split.SpeechWords.isAuxiliary;
import static org.articlesearch.split.SpeechWords.isPhrasalSpeechVerb;
import static org.articlesearch.split.SpeechWords.isVerb;

import java.util.List;
import org.articlesearch.split.Attribution.Kind;

/**
 * The attribution in the words before a quote: {@code Smith said: "…"}, {@code Smith said the plan was "…"},
 * {@code Jane Doe: "…"}, and the signature line under a quote paragraph ({@code - Bernie Sanders.}).
 */
final class BeforeQuote {
    private BeforeQuote() {
    }

    /** The attribution in the words of the sentence before a quote opens; null when none. */
    static Attribution before(ArticleTokens text, int from, int to) {
        List<Token> t = lastSentence(text.tokenize(from, to));
        int n = t.size();
        while (n > 0 && !t.get(n - 1).isWord()) n--;
        if (n == 0) return null;
        boolean colon = n < t.size() && t.get(n).is(":");
        for (int k = 0; k + 1 < n; k++) {
            if (t.get(k).key().equals("according") && t.get(k + 1).key().equals("to")) {
                int end = phraseEnd(t, k + 2);
                if (end >= n - 1 || end < n && t.get(end).is(",")) return phrase(t.subList(k + 2, end));
            }
        }
        int verb = lastVerb(t, n, INTRO_WINDOW);
        // "Mr Straw said the US had agreed to release the four after “…”" reports what the US agreed to
        // do, in Mr Straw's words, not a statement of the US: the speech verb before it introduces the quote.
        // With no speech verb before it ("He pledged to be “…”"), the subject of the one verb speaks.
        while (verb > 0 && infinitiveAfter(t, verb, n)) {
            int earlier = lastVerb(t, verb, INTRO_WINDOW - (n - verb));
            if (earlier < 0) break;
            verb = earlier;
        }
        if (verb < 0) {
            // "Jane Doe: “…”" introduces a quote with a name and a colon alone.
            if (!colon) return null;
            if (n >= 2 && isLowerWord(t.get(n - 1)) && t.get(n - 1).key().endsWith("ed")) {
                // "Kasich resisted: “…”": a name and any verb in the past before a colon.
                Attribution named = subjectEndingAt(t, n - 1);
                return isName(named) ? named : null;
            }
            int start = n;
            while (start > 0 && t.get(start - 1).isWord() && !t.get(start - 1).keyIn(CLAUSE_BREAKS)) start--;
            // "Jane Doe: “…”" names its speaker alone; "…delivered a message to Trump: “…”" does not.
            if (start > 0 && t.get(start - 1).keyIn(PREPOSITIONS)) return null;
            Attribution named = subjectEndingAt(t, n);
            return named != null && named.kind() == Kind.NAME ? named : null;
        }
        return subjectOf(t, n, verb, colon);
    }

    /** The "he" or "she" a sentence opens with, maybe after "And" or "But"; null when it opens otherwise. */
    private static Attribution openingPronoun(List<Token> t) {
        int s = 0;
        if (s < t.size() && (t.get(s).is("And") || t.get(s).is("But"))) s++;
        if (s >= t.size() || !t.get(s).isHeOrShe()) return null;
        return new Attribution(Kind.PRONOUN, t.get(s).key(), t.get(s).start(), t.get(s).end());
    }

    /** How many words a quote may follow its introducing verb by ("Smith said the plan was …"). */
    private static final int INTRO_WINDOW = 24;

    private static int lastVerb(List<Token> t, int n, int window) {
        for (int j = n - 1; j >= 0 && n - j <= window; j--) {
            if (t.get(j).isWord() && isVerb(t, j) && (t.get(j).keyIn(NameRules.INTRO_VERBS)
                    || t.get(j).keyIn(MORE_SPEECH_VERBS) || isPhrasalSpeechVerb(t, j))) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the verb at {@code j} is one that takes an infinitive, and does before the quote ("agreed to release"). */
    private static boolean infinitiveAfter(List<Token> t, int j, int n) {
        return j + 2 < n && t.get(j).keyIn(TAKE_INFINITIVES) && t.get(j + 1).is("to") && isLowerWord(t.get(j + 2))
                && !t.get(j + 2).keyIn(NOT_INFINITIVES);
    }

    /** Speech verbs that also take an infinitive: what follows "to" is something done, not said. */
    private static final WordSet TAKE_INFINITIVES = WordSet.of("agree", "agreed", "agrees", "promise", "promised",
            "promises", "pledge", "pledged", "pledges", "vow", "vowed", "vows", "threaten", "threatened", "threatens",
            "refuse", "refused", "refuses", "offer", "offered", "offers", "decide", "decided", "decides", "continue",
            "continued", "continues", "claim", "claimed", "claims", "undertake", "undertook", "undertakes");

    /** Words after "to" that make it a preposition: "agreed to the deal", "promised to them". */
    private static final WordSet NOT_INFINITIVES = WordSet.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "him", "them", "us", "me", "it", "all", "some", "any", "each");

    /** Who does the speaking of the verb at {@code verb}. */
    private static Attribution subjectOf(List<Token> t, int n, int verb, boolean colon) {
        String v = t.get(verb).key();
        if (v.endsWith("ing") || v.equals("statement") || v.equals("interview")) {
            // "Lewandowski added, saying …": the participle shares the subject of the verb before it;
            // "Later, Smith issued a statement saying …": else the sentence's subject speaks.
            int earlier = lastVerb(t, verb, INTRO_WINDOW);
            if (earlier >= 0 && !t.get(earlier).key().endsWith("ing")) {
                Attribution a = subjectOf(t, verb, earlier, false);
                if (a != null && a.kind() != Kind.UNNAMED) return a;
            }
            return sentenceSubject(t, verb);
        }
        if (colon && (verb == 0 || t.get(verb - 1).is(",")) && verb + 1 < n && !t.get(verb + 1).keyIn(PREPOSITIONS)
                && !v.equals("told") && !v.equals("tells")) {
            // ("…, told the BBC:" names whom they told, not who spoke.)
            // "Continued Stone: “…”", "Added the senator: “…”".
            int end = phraseEnd(t, verb + 1);
            Attribution a = end >= n ? phrase(t.subList(verb + 1, end)) : null;
            if (a != null && (verb == 0 || a.kind() == Kind.NAME)) return a;
        }
        int p = verb;
        while (p > 0 && isAuxiliary(t.get(p - 1))) p--;
        if (p > 0 && (t.get(p - 1).key().equals("and") || t.get(p - 1).key().equals("but"))) {
            // "Lazar said he welcomed it and added, “…”": the subject of the first verb speaks.
            int earlier = lastVerb(t, p - 1, INTRO_WINDOW);
            if (earlier >= 0) return subjectOf(t, p - 1, earlier, false);
            // "He thanked Eastwood and described the film as "…"": a "he" that opens the sentence is its subject.
            Attribution pronoun = openingPronoun(t);
            return pronoun != null ? pronoun : firstName(t, p);
        }
        Attribution relative = subjectBeforeRelativeClause(t, p);
        if (relative != null) return relative;
        if (p > 0 && t.get(p - 1).is(",")) {
            Attribution named = namedAfterDescription(t, p - 1);
            if (named != null) return named;
            // "Clinton, during a town hall in Columbus, Ohio, said": the sentence opens with the speaker.
            Attribution opening = subjectBeforeComma(t, p - 1);
            if (opening != null) return opening;
            // An apposition between subject and verb: "Jane Doe, the chief executive, said".
            int comma = p - 1;
            int open = comma - 1;
            while (open >= 0 && !t.get(open).is(",")) open--;
            if (open > 0) {
                Attribution before = subjectEndingAt(t, open);
                Attribution inside = phrase(t.subList(open + 1, comma));
                // "Scottish Finance Minister, Tom McCabe MSP, said": a title before the commas, the person between.
                boolean titleBefore = before != null && before.kind() == Kind.NAME && t.get(open - 1).isWord()
                        && (t.get(open - 1).keyIn(NameRules.ROLES) || t.get(open - 1).keyIn(NameRules.HONORIFICS))
                        && !FirstNames.isFirstName(before.name().split(" ")[0]);
                if (titleBefore && inside != null && inside.kind() == Kind.NAME) return inside;
                if (before != null && before.kind() == Kind.NAME) return before;
                if (inside != null && inside.kind() == Kind.NAME) return inside;
                Attribution first = firstName(t, p);
                if (first != null) return first;
                return before != null ? before : inside;
            }
            return firstName(t, p);
        }
        // "Mark Serwotka, the leader of the Public and Commercial Services Union said:": an apposition the
        // writer never closed; the name that opens the sentence speaks, not the union that ends it.
        int comma = onlyComma(t, p);
        if (p > 2 && t.get(p - 1).isWord() && comma >= 0 && t.get(comma + 1).keyIn(ARTICLES)) {
            Attribution opening = subjectBeforeComma(t, p);
            if (opening != null && opening.kind() == Kind.NAME && opening.name().indexOf(' ') > 0) return opening;
        }
        // "Colin Asplin, Blackpool Hotel Association said:": the same with only the body's name after the comma,
        // when a first name opens the sentence.
        if (p > 2 && comma > 0 && comma + 1 < p && t.get(comma + 1).isCapitalized() && t.get(p - 1).keyIn(NameRules.ORG_OR_PLACE)
                && FirstNames.isFirstName(t.get(0))) {
            Attribution opening = subjectBeforeComma(t, p);
            if (opening != null && opening.kind() == Kind.NAME && opening.name().indexOf(' ') > 0) return opening;
        }
        // "It is a view shared by Rooney, who believes "…"": a relative clause's verb is the name's before "who".
        if (p >= 3 && t.get(p - 1).key().equals("who") && t.get(p - 2).is(",")) {
            Attribution named = subjectEndingAt(t, p - 2);
            if (isName(named)) return named;
        }
        return subjectEndingAt(t, p);
    }

    /**
     * The name in commas after a description that opens the sentence with an article and holds a role: "A
     * spokesman for DLF Builders, Dr Vancheshwar, told the BBC" is the spokesman's saying, not the firm's.
     * Null when the sentence opens otherwise.
     */
    private static Attribution namedAfterDescription(List<Token> t, int comma) {
        int open = comma - 1;
        while (open >= 0 && !t.get(open).is(",")) open--;
        if (open < 2 || !t.get(0).keyIn(ARTICLES)) return null;
        boolean role = false;
        for (int k = 1; k < open && !role; k++) role = isLowerWord(t.get(k)) && NameRules.isRoleWord(t.get(k));
        if (!role) return null;
        Attribution inside = phrase(t.subList(open + 1, comma));
        return inside != null && inside.kind() == Kind.NAME ? inside : null;
    }

    /**
     * The subject before a relative clause that runs up to the verb: "The Oscar-nominated actor, whose films
     * include Schindler's List, Michael Collins and Star Wars, said:" is the actor's, not a film's. Null
     * when the sentence does not open so.
     */
    private static Attribution subjectBeforeRelativeClause(List<Token> t, int p) {
        if (p < 4 || !t.get(p - 1).is(",")) return null;
        int comma = 0;
        while (comma < p - 1 && comma <= MAX_SUBJECT && !t.get(comma).is(",")) comma++;
        if (comma == 0 || comma > MAX_SUBJECT || comma + 1 >= p - 1 || !t.get(comma + 1).keyIn(RELATIVES)) return null;
        Attribution a = NounPhrases.bestOfSegments(t.subList(0, comma));
        if (a != null && a.kind() == Kind.NAME) return a;
        // A description that names no one; "The remaining members of Korn, who …, said" is read as before.
        for (int k = 0; k < comma; k++) {
            if (k > 0 && NameRules.isNameWord(t.get(k))) return null;
        }
        return a != null && a.kind() == Kind.DESCRIPTION ? a : null;
    }

    /** Longest subject a relative clause may follow. */
    private static final int MAX_SUBJECT = 6;

    private static final WordSet RELATIVES = WordSet.of("who", "whose");

    private static final WordSet ARTICLES = WordSet.of("the", "a", "an");

    /** Where the one comma of {@code t[0, end)} stands; -1 when there is none or more than one. */
    private static int onlyComma(List<Token> t, int end) {
        int comma = -1;
        for (int k = 0; k < end; k++) {
            if (!t.get(k).is(",")) continue;
            if (comma >= 0) return -1;
            comma = k;
        }
        return comma;
    }

    /** The noun phrase that ends just before {@code end}, walking back to a clause break. */
    private static Attribution subjectEndingAt(List<Token> t, int end) {
        if (end > 0 && t.get(end - 1).is(")")) {
            // "Rep. Jim McDermott (D-Wash.) said": step over the aside.
            int open = end - 1;
            while (open > 0 && !t.get(open).is("(")) open--;
            if (open > 0) end = open;
        } else if (end > 1 && isDash(t.get(end - 1))) {
            // "One unnamed correspondent - all are anonymous - wrote:": step over an aside in dashes.
            int open = end - 2;
            while (open > 0 && end - open <= 12 && !isDash(t.get(open)) && !t.get(open).is(",")) open--;
            if (open > 0 && isDash(t.get(open))) end = open;
        }
        int s = end;
        while (s > 0 && end - s < 8) {
            Token w = t.get(s - 1);
            if (!w.isWord() || w.keyIn(CLAUSE_BREAKS) && s < end) break;
            if (w.keyIn(CLAUSE_BREAKS)) return null;
            s--;
        }
        if (s == end) return null;
        // "The Department of Trade and Industry said": the organisation speaks, by its whole name, not "Industry".
        // ("The MP for Sittingbourne and Sheppey said": a person the words do not name.)
        int organisation = s >= 2 && allNameWords(t, s, end) ? NameRules.organisationNameStart(t, s) : -1;
        if (organisation >= 0) {
            return t.get(organisation).keyIn(NameRules.ORG_OR_PLACE) ? NounPhrases.named(t.subList(organisation, end))
                    : new Attribution(Kind.UNNAMED, null);
        }
        Attribution a = phrase(t.subList(s, end));
        // "detainee 'A' in Woodhill Prison said:", "of the Centre for Transport in Bristol said:": the place
        // the speaker is in, not the speaker ("Speaking in Harrogate Mr Kennedy said" names him after it).
        if (s > 1 && t.get(s - 1).key().equals("in") && !NameRules.isRoleWord(t.get(s - 2))
                && a != null && a.start() == t.get(s).start() && !(isName(a) && a.name().indexOf(' ') > 0 && NameRules.looksLikePerson(java.util.Arrays.asList(a.name().split(" "))))) {
            return new Attribution(Kind.UNNAMED, null);
        }
        return a;
    }

    private static boolean allNameWords(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!NameRules.isNameWord(t.get(k))) return false;
        }
        return true;
    }

    /** Longest line that signs the quote above it: "- Bernie Sanders.", "—President Obama, tweeting after the speech." */
    private static final int MAX_SIGNATURE = 80;

    /** The person a signature line names ("- Jane Doe, Philadelphia."); null when the line is no signature. */
    static Attribution signature(ArticleTokens tokens, int from, int to) {
        String line = tokens.text().substring(from, to).strip();
        if (line.length() < 3 || line.length() > MAX_SIGNATURE || "-—–".indexOf(line.charAt(0)) < 0) return null;
        List<Token> t = tokens.tokenize(from, to);
        int i = 0;
        while (i < t.size() && !t.get(i).isWord()) i++;
        int end = i;
        while (end < t.size() && t.get(end).isWord()) end++;
        if (end == i || end < t.size() && !t.get(end).is(",") && !endsSentence(t.get(end))) return null;
        Attribution a = phrase(t.subList(i, end));
        return isName(a) ? a : null;
    }
}
