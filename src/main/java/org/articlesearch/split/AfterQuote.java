package org.articlesearch.split;

import static org.articlesearch.split.NounPhrases.bestOfSegments;
import static org.articlesearch.split.NounPhrases.hasNameSegment;
import static org.articlesearch.split.NounPhrases.isName;
import static org.articlesearch.split.NounPhrases.phrase;
import static org.articlesearch.split.NounPhrases.phraseEnd;
import static org.articlesearch.split.SentenceSubject.subjectBeforeComma;
import static org.articlesearch.split.SentenceTokens.isLowerWord;
import static org.articlesearch.split.SentenceTokens.isQuoteMark;
import static org.articlesearch.split.SentenceTokens.sentenceStart;
import static org.articlesearch.split.SpeechWords.CLAUSE_OPENERS;
import static org.articlesearch.split.SpeechWords.CONJUNCTIONS;
import static org.articlesearch.split.SpeechWords.PASSIVE;
import static org.articlesearch.split.SpeechWords.PREPOSITIONS;
import static org.articlesearch.split.SpeechWords.isAuxiliary;
import static org.articlesearch.split.SpeechWords.isPhrasalSpeechVerb;
import static org.articlesearch.split.SpeechWords.isSpeechVerb;
import static org.articlesearch.split.SpeechWords.isVerb;

import java.util.ArrayList;
import java.util.List;
import org.articlesearch.split.Attribution.Kind;

/**
 * The attribution in the words after a quote: {@code "…," said Smith}, {@code "…" Smith said},
 * {@code according to Doe}, {@code "… — Jane Doe"}, {@code "…," Trump barked}.
 */
final class AfterQuote {
    private AfterQuote() {
    }

    /** Whether every word of {@code t[from, to)} is capitalized: a name, with no "of the" in it. */
    private static boolean allCapitalized(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).isCapitalized()) return false;
        }
        return true;
    }

    /** Words that open a noun phrase: after a verb, its object. */
    private static final WordSet OBJECT_OPENERS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "this", "these", "those",
            "two", "three", "four", "five", "several", "many", "some");
    /** Speech verbs that report a clause, whose subject may follow them: "said the club would appeal". */
    private static final WordSet REPORTING_VERBS = WordSet.of("said", "says", "say", "told", "tells", "added", "adds", "claimed",
            "claims", "insisted", "insists", "warned", "warns", "explained", "explains", "admitted", "admits", "argued",
            "argues", "suggested", "suggests", "stressed", "stresses", "agreed", "agrees", "believes", "believed", "thinks",
            "thought", "noted", "notes", "wrote", "writes", "replied", "replies", "answered", "asked", "asks", "confirmed",
            "confirms", "announced", "announces", "revealed", "reveals", "predicted", "predicts", "complained", "complains",
            "acknowledged", "acknowledges", "conceded", "concedes", "declared", "declares", "maintained", "maintains",
            "reported", "reports", "recalled", "recalls", "feels", "felt", "hopes", "hoped", "fears", "feared");

    /** Words an attribution after a quote that ended its sentence may take: "…." said the chief executive, Jane Doe. */
    private static final int MAX_TRAILING_ATTRIBUTION = 10;

    /**
     * The attribution in the words after a quote, up to the end of its sentence; null when none.
     * {@code quoteEndsSentence}: the quote closed on a full stop, so what follows may be a new sentence.
     */
    static Attribution after(ArticleTokens text, int from, int to, boolean quoteEndsSentence) {
        Attribution a = afterQuote(text, from, to, quoteEndsSentence);
        // After a full stop, a long clause that names no one is the next sentence ("Some analysts
        // maintain the US is happy…"), not an attribution: it must not end the previous speaker's turn.
        if (a != null && a.kind() == Kind.UNNAMED && quoteEndsSentence
                && text.tokenize(from, to).size() > MAX_TRAILING_ATTRIBUTION) {
            List<Token> t = sentenceStart(text.tokenize(from, to));
            if (t.size() > MAX_TRAILING_ATTRIBUTION) return null;
        }
        return a;
    }

    /**
     * A bare dash and a name, and nothing else up to the next quote or the end: "“…” — Jane Doe", and
     * "“…” ― Jane Doe" with the horizontal bar (U+2015) some sites sign their quotes with.
     */
    private static Attribution signedWithADash(List<Token> t, int i) {
        boolean dash = i > 0 && (t.get(i - 1).is("—") || t.get(i - 1).is("–") || t.get(i - 1).is("--") || t.get(i - 1).is("―"));
        if (!dash || phraseEnd(t, i) != t.size()) return null;
        Attribution named = phrase(t.subList(i, t.size()));
        return named != null && named.kind() == Kind.NAME ? named : null;
    }

    private static Attribution afterQuote(ArticleTokens tokens, int from, int to, boolean quoteEndsSentence) {
        String text = tokens.text();
        List<Token> all = tokens.tokenize(from, to);
        List<Token> t = sentenceStart(all);
        int i = 0;
        while (i < t.size() && !t.get(i).isWord()) i++;
        if (i >= t.size()) return null;
        Attribution signed = signedWithADash(t, i);
        if (signed != null) return signed;
        // After a full stop, words that run on into another quote open a new sentence that introduces it.
        if (quoteEndsSentence && t.size() == all.size() && to < text.length() && isQuoteMark(text.charAt(to))) return null;
        // "…." LTA chief executive, John Crowther, added: "…": words that end on a colon introduce what follows.
        if (quoteEndsSentence && all.get(all.size() - 1).is(":")) return null;
        if (t.get(i).key().equals("according") && i + 1 < t.size() && t.get(i + 1).key().equals("to")) {
            int end = phraseEnd(t, i + 2);
            // "…,” said Karen Thomson, “… or radio.” According to analysts Nielsen//NetRatings, more than 50% …":
            // after a full stop, "according to" with more words after it sources the next sentence, not the quote.
            int words = 0;
            for (int k = end; k < t.size(); k++) if (t.get(k).isWord()) words++;
            if (quoteEndsSentence && words > 0) return null;
            return phrase(t.subList(i + 2, end));
        }
        Attribution judgement = judgementOf(t, i);
        if (judgement != null) return judgement;
        int verb = -1;
        for (int j = i; j < Math.min(t.size(), i + 40); j++) {
            Token w = t.get(j);
            if (!w.isWord()) {
                if (w.is(",") || w.is("(") || w.is(")") || w.is("—") || w.is("–")) continue;
                // "…," Andrei Illarionov - then economic adviser to President Putin - told: past an aside in
                // spaced hyphens; a lone one closes an aside the quote stands in ("Trump - who said he would
                // "…" oil fields - said"), and what follows is no attribution of the quote.
                if (w.is("-") && closingHyphen(t, j) > 0) {
                    j = closingHyphen(t, j);
                    continue;
                }
                break;
            }
            if (isVerb(t, j) && isSpeechVerb(t, j)) {
                verb = j;
                break;
            }
        }
        if (verb > i && quoteEndsSentence && t.get(verb - 1).is(",") && t.get(verb).endsWith("ed")) {
            // "…." Tory leader Michael Howard, asked about the remark by reporters, said it was …: a participle
            // in an aside; the sentence's own verb comes after it.
            for (int j = verb + 1; j + 1 < t.size() && j < i + 40 && !SentenceTokens.endsSentence(t.get(j)); j++) {
                if (t.get(j).is(",") && isVerb(t, j + 1) && isSpeechVerb(t, j + 1)) {
                    verb = j + 1;
                    break;
                }
            }
        }
        if (verb < 0 && !quoteEndsSentence) {
            // "The band have done "everything in their powers" to stay on top, according to Q magazine editor
            // Paul Rees.": the source the sentence ends with.
            for (int j = i + 1; j + 2 < t.size(); j++) {
                if (!t.get(j).key().equals("according") || !t.get(j + 1).key().equals("to")) continue;
                int end = phraseEnd(t, j + 2);
                if (end >= t.size() || !t.get(end).isWord()) {
                    Attribution a = phrase(t.subList(j + 2, end));
                    if (isName(a)) return a;
                }
                break;
            }
        }
        if (verb < 0 && !quoteEndsSentence) {
            // "“Go back to Univision,” Trump barked and …": a person and a verb in the past right after a
            // quote that did not end its sentence say who spoke it, whatever the verb.
            int e = i;
            while (e < t.size() && e - i < 4 && NameRules.isNameWord(t.get(e))) e++;
            if (e > i && e < t.size() && isLowerWord(t.get(e)) && t.get(e).key().endsWith("ed")
                    && !t.get(e - 1).isPossessive()) {
                Attribution a = phrase(t.subList(i, e));
                List<String> words = new ArrayList<>();
                for (int k = i; k < e; k++) words.add(t.get(k).text());
                if (isName(a) && NameRules.looksLikePerson(words)) return a;
            }
        }
        if (verb < 0 && t.size() - i <= 6 && t.size() > i + 1) {
            // "…,” an angry Hollande retaliated.": a name and one past-tense verb end the sentence.
            Token last = t.get(t.size() - 1);
            if (last.isWord() && !last.isCapitalized() && last.key().endsWith("ed")) {
                Attribution a = phrase(t.subList(i, t.size() - 1));
                if (a != null && a.kind() == Kind.NAME) return a;
            }
        }
        if (verb < 0) {
            // "…," Mr Kapor is reported as saying: a passive the verb loop passes over.
            for (int j = i + 2; j < t.size() && j < i + 12; j++) {
                if (t.get(j).is("saying") && t.get(j - 1).is("as")) return quotedAsSaying(t, i, j);
            }
            return null;
        }
        // "…." Keeper Tony Bullock echoed McIntyre's sentiments.": after a full stop, a verb whose object is another
        // person's words opens a sentence of its own; its subject answers, and said nothing of the quote before.
        // ("Trump told Britain's ITV": whom someone tells is no one's words.)
        if (quoteEndsSentence && verb + 1 < t.size() && t.get(verb + 1).isCapitalized() && t.get(verb + 1).isPossessive()
                && !t.get(verb).keyIn(TELLING)) {
            return null;
        }
        // "…." Ozzy also lamented two years in which the family has been plagued by problems.": after a full stop,
        // a speech verb with an object of its own opens a sentence about something else, not the quote's
        // attribution. (Not a verb that reports a clause: "…." Smith said the club would appeal.)
        if (quoteEndsSentence && verb > i && verb + 1 < t.size() && t.get(verb + 1).keyIn(OBJECT_OPENERS)
                && !t.get(verb).keyIn(REPORTING_VERBS)) {
            return null;
        }
        Attribution quoted = quotedAsSaying(t, i, verb);
        if (quoted != null) return quoted;
        int subjectEnd = verb;
        while (subjectEnd > i && isAuxiliary(t.get(subjectEnd - 1))) subjectEnd--;
        // "was reported by", "was first reported by": a passive verb's subject is not the speaker.
        if (subjectEnd > i && t.get(subjectEnd - 1).keyIn(PASSIVE)) return null;
        if (subjectEnd == i) {
            // Verb first: "said chief executive Jane Doe", "says Stewart".
            int np = verb + 1;
            if (np < t.size() && t.get(np).keyIn(NameRules.SPEECH_VERBS) || isPhrasalSpeechVerb(t, verb)) np++;
            int end = phraseEnd(t, np);
            Attribution a = phrase(t.subList(np, end));
            if (end > np && end + 1 < t.size() && t.get(end - 1).endsWith("s") && (t.get(end).is("'") || t.get(end).is("’"))
                    && NameRules.isNameWord(t.get(end + 1))) {
                // "said Sky Networks' Sophie Turner Laing": the person after a plural possessive, as after "Microsoft's".
                // (Not "Mark Longden of the Independent Manchester United Supporters' Association": a person already.)
                Attribution owned = phrase(t.subList(end + 1, phraseEnd(t, end + 1)));
                if (isName(owned) && owned.name().indexOf(' ') > 0 && allCapitalized(t, np, end)) return owned;
            }
            if (isName(a) && a.name().indexOf(' ') < 0 && end + 1 < t.size() && t.get(end).key().equals("and")) {
                // "says former Olympian and BBC pundit Steve Cram": the person ends the second description.
                Attribution second = phrase(t.subList(end + 1, phraseEnd(t, end + 1)));
                if (isName(second) && second.name().indexOf(' ') > 0) return second;
            }
            if ((a == null || a.kind() != Kind.NAME) && end + 1 < t.size() && t.get(end).is(",")) {
                int end2 = phraseEnd(t, end + 1);
                Attribution apposition = phrase(t.subList(end + 1, end2));
                if (apposition != null && apposition.kind() == Kind.NAME) return apposition;
            }
            return a;
        }
        List<Token> subject = t.subList(i, subjectEnd);
        if (t.get(verb - 1).is(",") && !quoteEndsSentence && !t.get(verb).keyIn(TELLING)) {
            // "…” if she loses, said David Wasserman: a quote that runs on into a clause of the
            // reporter's, then a verb that leads its subject, is still that subject's. (Whom someone
            // "told" is never the speaker: "…," shop owner Hayriye Evren, told Associated Press.)
            Attribution a = phrase(t.subList(verb + 1, phraseEnd(t, verb + 1)));
            if (a != null && a.kind() == Kind.NAME && !t.get(verb + 1).keyIn(PREPOSITIONS)
                    && !hasNameSegment(subject)) {
                return a;
            }
        }
        if (!quoteEndsSentence && subject.get(subject.size() - 1).is(",")) {
            // "…," Trump, the front-runner and the leader in the polls, said: the name before the apposition.
            Attribution first = subjectBeforeComma(subject, subject.size());
            if (first != null) return first;
        }
        if (!quoteEndsSentence && hasConjunction(subject) && t.get(subjectEnd - 1).isWord()) {
            // "…” and against the gun law, Clinton said.": a name alone after the last comma is the speaker.
            int comma = subject.size() - 1;
            while (comma >= 0 && !subject.get(comma).is(",")) comma--;
            List<Token> last = subject.subList(comma + 1, subject.size());
            if (comma >= 0 && !hasConjunction(last) && last.stream().allMatch(w -> NameRules.isNameWord(w)
                    || w.keyIn(NameRules.NAME_PARTICLES))) {
                Attribution a = phrase(last);
                if (isName(a)) return a;
            }
        }
        // "…”, but he also warned …", "…,” for instance, and Trump vowed …": a new clause attributes nothing.
        if (hasConjunction(subject)) return null;
        if (quoteEndsSentence && verb + 3 < t.size() && t.get(verb + 1).is("and") && isSpeechVerb(t, verb + 2)
                && t.get(verb + 3).isWord()) {
            // "…." Mr Wallace agreed and said the figures had to be looked at in context.: a new sentence whose
            // second verb reports more speech.
            return null;
        }
        if (quoteEndsSentence && reportsAClause(t, verb)) {
            // "…." The BBC's correspondent, Rachel Harvey, told World Business Report that there was …, "…." Gerrard
            // had said before the game he would …: a new sentence reporting what someone said, however it opens.
            return null;
        }
        if (quoteEndsSentence && verb + 1 < t.size() && t.get(verb + 1).keyIn(CLAUSE_OPENERS)) {
            // "…." He also said Trump's plan would fail.", "…." His party leader, Michael Howard, argued a
            // change was needed.: a new sentence reporting more speech, not an attribution, whatever its
            // subject looks like; the quote stays with whoever spoke before it.
            return null;
        }
        // "…." The Making Decisions Alliance, which includes … and the National Autistic Society, said …: after
        // a quote that ended its sentence, a long subject with asides opens a new sentence.
        boolean hasComma = subject.stream().anyMatch(w -> w.is(","));
        if (quoteEndsSentence && subject.size() > 5 && hasComma && isRelativeClause(subject)) return null;
        if (t.get(verb - 1).is(",")) {
            // "…" if she loses, said David Wasserman: the verb after a comma leads its subject,
            // unless a name stands before it ("Sarandon, 69, told MSNBC").
            Attribution before = bestOfSegments(subject);
            if (before != null && before.kind() == Kind.NAME) return before;
            Attribution a = phrase(t.subList(verb + 1, phraseEnd(t, verb + 1)));
            if (a != null && a.kind() == Kind.NAME && !t.get(verb + 1).keyIn(PREPOSITIONS) && !t.get(verb).keyIn(TELLING)) return a;
        }
        if (quoteEndsSentence && (subject.size() > 5 || hasComma)) return null;
        if (quoteEndsSentence && isPhrasalSpeechVerb(t, verb) && t.size() > verb + 4) {
            // "…." Rubio hit back at Christie over …: a new sentence; "…." Rubio shot back. attributes.
            return null;
        }
        if (subject.size() <= 12) return bestOfSegments(subject);
        // A long apposition: "…," Trump, the front-runner in the polls since July, said.
        int comma = 0;
        while (comma < subject.size() && !subject.get(comma).is(",")) comma++;
        Attribution first = comma < subject.size() && comma <= 5 ? phrase(subject.subList(0, comma)) : null;
        return first != null && first.kind() == Kind.NAME ? first : null;
    }

    /**
     * "“…,” is the dry assessment of Graham Lane, leader of …": a quote someone's view, verdict or warning
     * is theirs. Null when the words after the quote do not open so.
     */
    private static Attribution judgementOf(List<Token> t, int i) {
        if (i + 3 >= t.size() || !(t.get(i).is("is") || t.get(i).is("was")) || !t.get(i + 1).is("the")) return null;
        for (int j = i + 2; j < t.size() - 1 && j <= i + 5; j++) {
            if (!isLowerWord(t.get(j))) return null;
            if (t.get(j).keyIn(JUDGEMENTS) && t.get(j + 1).is("of")) {
                Attribution a = phrase(t.subList(j + 2, phraseEnd(t, j + 2)));
                return isName(a) ? a : null;
            }
        }
        return null;
    }

    private static final WordSet JUDGEMENTS = WordSet.of("assessment", "view", "verdict", "opinion", "message",
            "warning", "advice", "prediction", "conclusion", "analysis", "judgement", "judgment", "reaction", "response");

    /** Whether the words hold a relative clause set off by a comma: ", which includes", ", who runs". */
    private static boolean isRelativeClause(List<Token> words) {
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k - 1).is(",") && (words.get(k).is("which") || words.get(k).is("who"))) return true;
        }
        return false;
    }

    /** Where the next spaced hyphen after {@code k} stands in the same sentence; -1 when none does. */
    private static int closingHyphen(List<Token> t, int k) {
        for (int j = k + 1; j < t.size() && !SentenceTokens.endsSentence(t.get(j)); j++) {
            if (t.get(j).is("-")) return j;
        }
        return -1;
    }

    /**
     * Whether the speech verb at {@code verb} reports a clause rather than closes an attribution: "that" a
     * few words after it ("told World Business Report that"), or "had" before it and words after it.
     */
    private static boolean reportsAClause(List<Token> t, int verb) {
        // "said that …"; "told World Business Report that …" (a verb with an object first), not "said Lord
        // Goldsmith's admission that his answer …", where "that" opens no clause of the verb's.
        int reach = t.get(verb).keyIn(TELLING) ? 5 : 1;
        for (int k = verb + 1; k < t.size() && k <= verb + reach && t.get(k).isWord(); k++) {
            if (t.get(k).is("that") && k + 1 < t.size() && t.get(k + 1).isWord()) return true;
        }
        // "Gerrard had said before the game he would …": "had" before the verb, and words after it.
        if (verb > 0 && t.get(verb - 1).is("had") && t.size() - verb > 4) return true;
        // "Gerhard Florin, head of EA in Europe, said gamers should expect …", "Commenting Mr Macklin said
        // sponsored results must be …": a clause with a subject and a verb of its own right after the verb
        // (not "said pleasantly into the phone", "said of the encounter").
        return clauseFollows(t, verb);
    }

    /** Whether a word and then an auxiliary or a modal follow {@code t[verb]}: "said gamers should", "said it was". */
    private static boolean clauseFollows(List<Token> t, int verb) {
        if (verb + 2 < t.size() && t.get(verb + 1).isCapitalized()) {
            // "The Refugee Council said Mr Howard's proposals would mean …": a named subject, then its verb.
            for (int k = verb + 2; k < t.size() && k <= verb + 5 && t.get(k).isWord(); k++) {
                if (isLowerWord(t.get(k)) && t.get(k).keyIn(CLAUSE_VERBS)) return true;
            }
            return false;
        }
        if (verb + 2 >= t.size() || !isLowerWord(t.get(verb + 1)) || t.get(verb + 1).keyIn(PREPOSITIONS)) return false;
        for (int k = verb + 2; k < t.size() && k <= verb + 3 && isLowerWord(t.get(k)); k++) {
            if (t.get(k).keyIn(CLAUSE_VERBS)) return true;
        }
        return false;
    }

    /** Modals and forms of "be" and "have" that show a clause of its own ({@link SpeechWords#isAuxiliary} also takes adverbs). */
    private static final WordSet CLAUSE_VERBS = WordSet.of("should", "would", "will", "could", "can", "may", "might",
            "must", "was", "were", "is", "are", "had", "has", "have");

    /**
     * Who is quoted "as saying": "…," Reuters quoted one trader as saying (the trader, unnamed), "…," Mr Kapor
     * is reported as saying (Kapor, the subject of the passive). Null when the verb is no "as saying".
     */
    private static Attribution quotedAsSaying(List<Token> t, int i, int verb) {
        // The verb found may be the "saying" itself: look at what stands before "as".
        if (verb - 2 > i && t.get(verb).is("saying") && t.get(verb - 1).is("as")) verb -= 2;
        int as = verb + 1;
        while (as < t.size() && as - verb <= 6 && t.get(as).isWord() && !t.get(as).is("as")) as++;
        if (as + 1 >= t.size() || !t.get(as).is("as") || !t.get(as + 1).is("saying")) return null;
        Token v = t.get(verb);
        if (!v.keyIn(QUOTING) && !v.is("reported")) return null;
        if (as > verb + 1) return phrase(t.subList(verb + 1, as)); // quoted one trader as saying
        int subjectEnd = verb; // is reported as saying
        while (subjectEnd > i && (isAuxiliary(t.get(subjectEnd - 1)) || t.get(subjectEnd - 1).keyIn(PASSIVE))) subjectEnd--;
        return subjectEnd < verb && subjectEnd > i ? bestOfSegments(t.subList(i, subjectEnd)) : null;
    }

    private static final WordSet QUOTING = WordSet.of("quoted", "quotes", "quote", "cited", "cites");

    /** Speech verbs that take whom they speak to before what they say: "told reporters that". */
    private static final WordSet TELLING = WordSet.of("told", "tells", "tell", "warned", "warns", "assured", "assures",
            "reminded", "reminds", "informed", "informs");

    /**
     * Whether a conjunction joins clauses in these words; one inside a relative clause ("Valdez Anderson,
     * who works at a heating and air company, said") does not.
     */
    private static boolean hasConjunction(List<Token> words) {
        for (Token w : words) {
            if (!w.isWord()) continue;
            String k = w.key();
            if (k.equals("who") || k.equals("which") || k.equals("whose")) return false;
            if (CONJUNCTIONS.contains(k)) return true;
        }
        return false;
    }
}
