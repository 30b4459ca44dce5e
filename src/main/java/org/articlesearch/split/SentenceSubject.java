package org.articlesearch.split;

import static org.articlesearch.split.NounPhrases.isName;
import static org.articlesearch.split.NounPhrases.phrase;
import static org.articlesearch.split.SentenceTokens.endsSentence;
import static org.articlesearch.split.SentenceTokens.isLowerWord;
import static org.articlesearch.split.SentenceTokens.isQuoteMark;
import static org.articlesearch.split.SentenceTokens.lastSentence;
import static org.articlesearch.split.SpeechWords.CLAUSE_BREAKS;
import static org.articlesearch.split.SpeechWords.CONJUNCTIONS;
import static org.articlesearch.split.SpeechWords.MORE_SPEECH_VERBS;
import static org.articlesearch.split.SpeechWords.PREPOSITIONS;
import static org.articlesearch.split.SpeechWords.PROGRESSIVE;
import static org.articlesearch.split.SpeechWords.VERB_TAILS;
import static org.articlesearch.split.SpeechWords.isAuxiliary;

import java.util.ArrayList;
import java.util.List;
import org.articlesearch.split.Attribution.Kind;

/**
 * The subject of a sentence: the person a sentence opens with, who owns the partial quotes in it that
 * have no attribution of their own, and the subject of a paragraph's last sentence.
 */
final class SentenceSubject {
    private SentenceSubject() {
    }

    /**
     * The person a sentence is about, when it opens with a name and a verb ("Cross called the election
     * “a citizenship election”"): a quote inside it with no attribution of its own is most likely theirs.
     */
    static Attribution subjectOfSentence(ArticleTokens text, int from, int to) {
        List<Token> t = lastSentence(text.tokenize(from, to));
        Attribution a = subjectAt(t, 0);
        if (a != null || t.isEmpty() || !opensWithAPhrase(t.get(0))) return a;
        // "Earlier this week, Clinton shared …", "After Brown criticized him, Hillary shot back, “…”":
        // the subject follows the opening phrase, at one of its first commas.
        int commas = 0;
        for (int k = 1; k < t.size() && k < MAX_OPENING_PHRASE && commas < 3; k++) {
            if (!t.get(k).is(",")) continue;
            commas++;
            a = subjectAt(t, k + 1);
            if (a != null) return a;
        }
        return null;
    }

    /** How far into a sentence an opening phrase may reach before its subject. */
    private static final int MAX_OPENING_PHRASE = 30;

    /** A sentence's first word that opens an adverbial phrase: "After …,", "Speaking to …,", "Earlier …,". */
    private static boolean opensWithAPhrase(Token w) {
        String k = w.key();
        return w.isWord() && (PREPOSITIONS.contains(k) || CONJUNCTIONS.contains(k) || k.endsWith("ing")
                || k.equals("earlier") || k.equals("later") || k.equals("last") || k.equals("asked"));
    }

    /** The person named at {@code s} (after an optional conjunction), when a verb follows their name. */
    private static Attribution subjectAt(List<Token> t, int s) {
        int s0 = s;
        while (s < t.size() && !NameRules.isNameWord(t.get(s))) {
            if (s > s0 || !t.get(s).isWord() || !t.get(s).keyIn(CONJUNCTIONS)) return null;
            s++;
        }
        int e = s;
        while (e < t.size() && (NameRules.isNameWord(t.get(e)) || t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
        if (e == s || e >= t.size() || t.get(e - 1).isPossessive()) return null;
        int holder = holderAfterRole(t, e);
        if (holder > e) {
            // "Academy president Frank Pierson praised": the person after the institution's role.
            s = e = holder;
            while (e < t.size() && (NameRules.isNameWord(t.get(e)) || t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
            if (e >= t.size() || t.get(e - 1).isPossessive()) return null;
        }
        int v = skipAside(t, e);
        int auxiliaries = v;
        while (v < t.size() && isAuxiliary(t.get(v))) v++;
        if (v + 1 < t.size() && t.get(v).keyIn(PROGRESSIVE) && isLowerWord(t.get(v + 1))
                && t.get(v + 1).key().endsWith("ing")) {
            v++; // "Sanders is pledging to “…”"
        } else if (v > auxiliaries && t.get(v - 1).keyIn(VERB_TAILS)) {
            v--; // "Hillary shot back, “…”"
        } else if (v >= t.size() || !isLowerWord(t.get(v)) || !t.get(v).key().endsWith("ed")
                && !t.get(v).keyIn(NameRules.INTRO_VERBS) && !t.get(v).keyIn(MORE_SPEECH_VERBS)) {
            return null;
        }
        Attribution a = phrase(t.subList(s, e));
        List<String> words = new ArrayList<>();
        for (int k = s; k < e; k++) words.add(t.get(k).text());
        return a != null && a.kind() == Kind.NAME && NameRules.looksLikePerson(words) ? a : null;
    }

    /**
     * Where the name after a role in lower case starts, when one to three such words follow {@code t[e]} and
     * the last is a role or a word of fame ("Academy president Frank Pierson", "Conservative local government
     * spokesman Glyn Davies", "Hollywood star Tom Cruise"); else {@code e}.
     */
    private static int holderAfterRole(List<Token> t, int e) {
        int j = e;
        while (j < t.size() && j - e < 3 && isLowerWord(t.get(j))) j++;
        if (j == e || j >= t.size() || !NameRules.isNameWord(t.get(j))) return e;
        Token role = t.get(j - 1);
        // ("Welsh legend Mervyn Davies … hailed it as "…"": a star or a legend is named as a role is.)
        return NameRules.isRoleWord(role) || role.keyIn(NameRules.FAME_NOUNS) ? j : e;
    }

    /**
     * The person the last sentence of {@code text[from, to)} introduces as its subject, named in full:
     * "Liberal Democrat foreign affairs spokesman Menzies Campbell repeated his party's calls …". Null when
     * that sentence holds a quotation mark or names no one so.
     */
    static Attribution subjectOfLastSentence(ArticleTokens tokens, int from, int to) {
        List<Token> last = lastSentenceOpenedIn(tokens, from, to);
        return last == null ? null : introducedSubject(last);
    }

    /**
     * The person the last sentence of {@code text[from, to)} reports speaking, named as its subject right
     * before a speech verb: "Mr Babinet said the mobile phone had a number of advantages …". Null when that
     * sentence opens otherwise.
     */
    static Attribution reporterOfLastSentence(ArticleTokens tokens, int from, int to) {
        List<Token> last = lastSentenceOpenedIn(tokens, from, to);
        if (last == null) return null;
        int s = !last.isEmpty() && last.get(0).keyIn(LEADS) ? 1 : 0;
        int e = s;
        while (e < last.size() && NameRules.isNameWord(last.get(e))) e++;
        if (e < last.size() && e > s && isLowerWord(last.get(e)) && NameRules.isRoleWord(last.get(e))) {
            // "Chief constable Mr Hayman said that …": past a role written before the name.
            s = e + 1;
            e = s;
            while (e < last.size() && NameRules.isNameWord(last.get(e))) e++;
        }
        if (e == s || last.get(e - 1).isPossessive()) return null;
        int v = skipAside(last, e); // "Martin Bell, who won the Tatton seat …, said"
        if (v >= last.size() || !isLowerWord(last.get(v)) || !last.get(v).keyIn(NameRules.SPEECH_VERBS)) return null;
        Attribution a = phrase(last.subList(s, e));
        return isName(a) ? a : null;
    }

    /** The last sentence of {@code text[from, to)}, when it opens there and holds no quotation mark; else null. */
    private static List<Token> lastSentenceOpenedIn(ArticleTokens tokens, int from, int to) {
        List<Token> t = tokens.tokenize(from, to);
        int n = t.size();
        if (n == 0 || !endsSentence(t.get(n - 1))) return null;
        List<Token> last = lastSentence(t.subList(0, n - 1));
        // The sentence must open in the stretch: after the quote before it ended its own sentence, or
        // after a full stop ("…," said Air Force Lt. Tyler Long. is the quote's attribution, not a sentence).
        boolean opensHere = last.size() < n - 1 || from >= 2 && ".!?".indexOf(tokens.text().charAt(from - 2)) >= 0;
        if (!opensHere || last.isEmpty()) return null;
        for (Token w : last) {
            if (w.length() == 1 && isQuoteMark(w.text().charAt(0))) return null;
        }
        return last;
    }

    /**
     * The full name a sentence opens with as its subject, maybe after an opening phrase and with the words
     * of a role before it, and a verb right after: "Earlier Lib Dem home affairs spokesman Mark Oaten said",
     * "Oxfam senior policy adviser Max Lawson welcomed". Null when the sentence opens otherwise ("And he
     * added that Andy Johnson …", "In answer to a question from student David Dunne …, Mr Blair said").
     */
    private static Attribution introducedSubject(List<Token> t) {
        int s = 0;
        if (!t.isEmpty() && t.get(0).keyIn(LEADS)) s++;
        int k = s;
        while (k < t.size() && k - s < 8 && t.get(k).isWord() && (NameRules.isNameWord(t.get(k))
                || isLowerWord(t.get(k)) && !t.get(k).keyIn(CLAUSE_BREAKS) && !t.get(k).keyIn(PREPOSITIONS) && qualifiesRole(t, k, t.size()))) {
            k++;
        }
        // The name is the run of name words the phrase ends with.
        int e = k, b = k;
        while (b > s && NameRules.isNameWord(t.get(b - 1))) b--;
        if (e - b < 2 || e >= t.size() || !isLowerWord(t.get(e)) || t.get(e - 1).isPossessive()) return null;
        Token v = t.get(e);
        if (!v.endsWith("ed") && !v.keyIn(NameRules.SPEECH_VERBS) && !v.keyIn(NameRules.INTRO_VERBS) && !v.keyIn(MORE_SPEECH_VERBS)) return null;
        Attribution a = phrase(t.subList(b, e));
        return isName(a) && a.name().indexOf(' ') > 0 ? a : null;
    }

    /** Words a sentence may open with before its subject: "Earlier Mr Kennedy said", "But Mr Brown said". */
    private static final WordSet LEADS = WordSet.of("earlier", "later", "but", "and", "meanwhile", "however", "also", "now");

    /**
     * The person the last sentence of a paragraph is about, when it opens with their name and a verb
     * ("Viguerie praised Cruz's campaign."): a quote paragraph that follows with no attribution of its
     * own is most likely theirs. Null when that sentence holds a quotation mark (its quote has its own
     * speaker) or opens otherwise.
     */
    static Attribution subjectOfParagraphEnd(ArticleTokens tokens, int from, int to) {
        String text = tokens.text();
        int end = to;
        while (end > from && (Token.isSpace(text.charAt(end - 1)) || ".!?…".indexOf(text.charAt(end - 1)) >= 0)) end--;
        List<Token> t = lastSentence(tokens.tokenize(from, end));
        for (Token w : t) {
            if (w.length() == 1 && isQuoteMark(w.text().charAt(0))) return null;
        }
        return t.isEmpty() ? null : subjectOfSentence(tokens, t.get(0).start(), end);
    }

    /** Longest aside between a subject and its verb: ", the former governor of Vermont,". */
    private static final int MAX_ASIDE = 12;

    /**
     * Where the words after a subject go on, past an aside in commas (", clearly frustrated,", ", who leads
     * the polls,", ", for his part,"): {@code e} itself when there is none.
     */
    private static int skipAside(List<Token> t, int e) {
        if (e >= t.size() || !t.get(e).is(",")) return e;
        int close = e + 1;
        while (close < t.size() && close - e <= MAX_ASIDE && !t.get(close).is(",") && !endsSentence(t.get(close))) close++;
        return close < t.size() && close > e + 1 && t.get(close).is(",") ? close + 1 : e;
    }

    /** The first name in {@code t[0, end)} that a lower-case verb follows: the sentence's subject. */
    static Attribution sentenceSubject(List<Token> t, int end) {
        int from = 0;
        if (!t.isEmpty() && t.get(0).keyIn(PREPOSITIONS)) {
            // "Amid the uproar, The Blaze's Matt Walsh wrote …": the subject follows the opening phrase.
            while (from < end && !t.get(from).is(",")) from++;
            if (from >= end) from = 0;
        }
        if (from == 0) {
            // "Dean, a former Democratic National Committee chairman, poked at …, tweeting": the name that
            // opens the sentence, not the organisation in its apposition.
            Attribution opening = subjectBeforeComma(t, end);
            if (opening != null) return opening;
        }
        int first = from < end && t.get(from).is(",") ? from + 1 : from;
        if (first + 2 < end && t.get(first).isWord() && t.get(first + 1).is(",")) first += 2; // "Meanwhile, it attacked …"
        if (first + 1 < end && (t.get(first).keyIn(NameRules.PERSON_PRONOUNS) || t.get(first).keyIn(NameRules.OTHER_PRONOUNS))
                && t.get(first + 1).isWord() && !t.get(first + 1).isCapitalized()) {
            // "Meanwhile, it attacked Trump, saying he “…”": a pronoun opens the sentence as its subject, and
            // the name after the verb is its object, never the speaker.
            return phrase(t.subList(first, first + 1));
        }
        boolean named = false;
        for (int s = from; s < end; s++) {
            if (!named && pluralSubjectAndVerb(t, s)) {
                // "In August, several environmental groups granted Mr. Clarke an extension …, saying his “…”":
                // the groups speak; the names after their verb are its objects. ("Kloppenburg and her backers
                // tried …" has a name in its subject.)
                return new Attribution(Kind.UNNAMED, null);
            }
            if (!NameRules.isNameWord(t.get(s))) continue;
            named = true;
            int e = s;
            while (e < end && (NameRules.isNameWord(t.get(e)) || t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
            int v = e;
            if (v < end && t.get(v).is("(")) {
                // "Sen. Bernie Sanders (I-Vt.) visited …": the aside stands between the subject and its verb.
                while (v < end && !t.get(v).is(")")) v++;
                v++;
            }
            // ("Home Office minister Hazel Blears defended …": a role word after a name is no verb; the name qualifies it.)
            if (v < end && t.get(v).isWord() && !t.get(v).isCapitalized() && !t.get(v).keyIn(CLAUSE_BREAKS)
                    && !t.get(v).keyIn(PREPOSITIONS) && !t.get(v).keyIn(NameRules.ROLES) && !t.get(v).keyIn(NameRules.ROLE_NOUNS)) {
                Attribution a = phrase(t.subList(s, e));
                if (isName(a)) return a;
            }
            s = e;
        }
        return firstName(t, end);
    }

    /** Whether {@code t[s]} is a verb in the past after a plural noun in lower case: "groups granted", "critics blasted". */
    private static boolean pluralSubjectAndVerb(List<Token> t, int s) {
        if (s == 0 || !isLowerWord(t.get(s)) || !t.get(s).endsWith("ed")) return false;
        Token noun = t.get(s - 1);
        return isLowerWord(noun) && noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") && !noun.keyIn(CLAUSE_BREAKS)
                && !noun.keyIn(PREPOSITIONS);
    }

    /** The first person named in {@code t[0, end)}. */
    static Attribution firstName(List<Token> t, int end) {
        for (int s = 0; s < end; s++) {
            if (!NameRules.isNameWord(t.get(s))) continue;
            int e = s;
            while (e < end && (NameRules.isNameWord(t.get(e)) || t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
            if (s == 0 && e == 1 && opensParticiplePhrase(t, end)) {
                // ("… in a floor-length shimmering Armani dress,": nor anyone named before the phrase's comma.)
                while (s + 1 < end && !t.get(s + 1).is(",")) s++;
                continue;
            }
            if (qualifiesRole(t, e, end)) {
                s = e; // "Work and pensions minister Alan Johnson": the words qualify his role; he is the person
                continue;
            }
            Attribution holder = titleHolder(t, e, end);
            if (holder != null) return holder;
            Attribution a = phrase(t.subList(s, e));
            List<String> words = new ArrayList<>();
            for (int k = s; k < e; k++) words.add(t.get(k).text());
            if (a != null && a.kind() == Kind.NAME && NameRules.looksLikePerson(words)) return a;
            s = e;
        }
        return null;
    }

    /**
     * Whether the sentence opens with a participle in -ing and a preposition or a determiner after it:
     * "Shivering in a floor-length dress, the Australian-born actress joked:" has no one called Shivering.
     */
    private static boolean opensParticiplePhrase(List<Token> t, int end) {
        return end > 1 && t.get(0).endsWith("ing") && t.get(1).isWord() && !t.get(1).isCapitalized()
                && (t.get(1).keyIn(PREPOSITIONS) || t.get(1).keyIn(SpeechWords.DETERMINERS));
    }

    /**
     * The person a title before {@code e} is given to in commas: "The EU's Humanitarian Aid Commissioner,
     * Louis Michel, was quoted" is Louis Michel's. Null when no name in commas follows a title there.
     */
    private static Attribution titleHolder(List<Token> t, int e, int end) {
        if (e >= end || !t.get(e).is(",") || !isTitle(t.get(e - 1))) return null;
        int n = e + 1;
        while (n < end && NameRules.isNameWord(t.get(n))) n++;
        if (n == e + 1 || n >= end || !t.get(n).is(",")) return null;
        Attribution a = phrase(t.subList(e + 1, n));
        return isName(a) && a.name().indexOf(' ') > 0 ? a : null;
    }

    /** Whether lower-case words from {@code e} lead to a role word and a name right after it: "… and pensions minister Alan". */
    private static boolean qualifiesRole(List<Token> t, int e, int end) {
        for (int k = e; k < end - 1 && k - e < 4; k++) {
            Token w = t.get(k);
            if (!isLowerWord(w)) return false;
            if (NameRules.isRoleWord(w) && NameRules.isNameWord(t.get(k + 1))) return true;
        }
        return false;
    }

    /** Words that open an apposition after a name: "Dean, a former chairman, …", "Jane Doe, the chief executive, …". */
    private static final WordSet APPOSITION_OPENERS = WordSet.of("a", "an", "the", "former", "his", "her");

    /** A person named at the very start of the sentence and followed by a comma, when that comma is before {@code limit}. */
    private static boolean isTitle(Token w) {
        return w.keyIn(NameRules.ROLES) || w.keyIn(NameRules.HONORIFICS);
    }

    static Attribution subjectBeforeComma(List<Token> t, int limit) {
        int e = 0;
        while (e < limit && (NameRules.isNameWord(t.get(e)) || e > 0 && t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
        if (e == 0 || e >= limit || !t.get(e).is(",")) return null;
        for (int k = 0; k < e; k++) {
            if (t.get(k).isPossessive()) return null; // "Acme's CEO, Jane Doe, said"
        }
        // "Scottish Finance Minister, Tom McCabe, said": a title opens the sentence, the person follows it
        // ("Tom King, the former minister, said" is a person with a title's word for a surname).
        if (isTitle(t.get(e - 1)) && !FirstNames.isFirstName(t.get(0))) return null;
        int k = e + 1;
        if (k < limit && t.get(k).isWord() && t.get(k).keyIn(APPOSITION_OPENERS)) {
            // "Dean, a former party chairman and presidential candidate, poked at …": an apposition's "and" joins no names.
            while (k < limit && !t.get(k).is(",") && !endsSentence(t.get(k))) k++;
        }
        for (; k < limit; k++) {
            if (endsSentence(t.get(k)) || t.get(k).isWord() && t.get(k).keyIn(CONJUNCTIONS)
                    && !t.get(k).key().equals("as")) {
                return null; // "Trump, Cruz and Rubio", "Smith, while …, and Jones said"
            }
        }
        Attribution a = phrase(t.subList(0, e));
        List<String> words = new ArrayList<>();
        for (int w = 0; w < e; w++) words.add(t.get(w).text());
        return isName(a) && NameRules.looksLikePerson(words) ? a : null;
    }
}
