package org.articlesearch.split;

import java.util.ArrayList;
import java.util.List;

/**
 * Who the words around a quote attribute it to: {@code "…," says Stewart}, {@code Stewart said: "…"},
 * {@code "…," said chief executive Jane Doe}, {@code according to Doe}, {@code "…," she says}.
 *
 * @param kind what kind of phrase names the speaker
 * @param name     the name (NAME), the phrase (DESCRIPTION), the pronoun (PRONOUN); null for UNNAMED
 * @param position where the pronoun stands in the article text (PRONOUN only, else -1): only people
 *                 named before it can be meant
 */
record Attribution(Kind kind, String name, int position) {

    Attribution(Kind kind, String name) {
        this(kind, name, -1);
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

    /** Words between a subject and its speech verb ("Smith also said", "she later told"). */
    private static final WordSet AUXILIARIES = WordSet.of("has", "had", "have", "also", "later", "then", "once",
            "previously", "recently", "would", "will", "could", "might", "may", "reportedly", "repeatedly",
            "again", "just", "often", "publicly", "famously", "simply", "flatly", "quickly", "never",
            "always", "first", "further", "subsequently", "immediately", "bluntly", "angrily", "openly",
            "privately", "earlier", "frequently", "wrongly", "falsely", "correctly", "recalls", "n't", "not",
            "did", "does", "do", "proudly", "told", "tweeted", "continued", "went", "on",
            "added", "shot", "back", "fired", "simply", "softly", "quietly", "calmly", "candidly", "memorably",
            "now", "still", "since", "ultimately", "eventually", "finally", "instead", "already", "even", "today",
            "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Words that end a noun phrase when walking back from a verb. */
    private static final WordSet CLAUSE_BREAKS = WordSet.of("that", "and", "but", "or", "when", "while", "as",
            "after", "before", "because", "if", "so", "since", "which", "who", "whom", "where", "in", "on",
            "at", "with", "to", "from", "for", "by", "during", "than", "whether", "though", "although",
            "what", "how", "why", "said", "says", "told", "into", "about", "over", "under", "against", "like",
            "is", "was", "were", "are", "be", "been", "it", "this", "there", "not", "also", "then", "even");

    /** Words that end a noun phrase after a speech verb ("said Smith in a statement"). */
    private static final WordSet PHRASE_ENDS = WordSet.of("in", "on", "at", "during", "after", "before", "while",
            "when", "as", "because", "about", "with", "without", "who", "which", "that", "whose",
            "adding", "referring", "speaking", "yesterday", "today", "tonight", "recently", "later",
            "earlier", "last", "this", "next", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "and", "but", "than", "told", "said", "from", "via", "through", "outside",
            "inside", "near", "following", "under", "over", "then", "also", "amid", "ahead");

    private static final WordSet PREPOSITIONS = WordSet.of("in", "on", "at", "to", "for", "of", "with", "by",
            "from", "after", "before", "during", "like", "unlike", "about", "despite", "as", "amid", "among",
            "following", "since", "until", "without", "within", "under", "over", "through");

    /** Words an attribution after a quote that ended its sentence may take: "…." said the chief executive, Jane Doe. */
    private static final int MAX_TRAILING_ATTRIBUTION = 10;

    private static final WordSet PASSIVE = WordSet.of("was", "were", "is", "are", "been", "be", "being");

    private static final WordSet CONJUNCTIONS = WordSet.of("but", "and", "or", "while", "although", "though",
            "because", "as", "so", "yet", "whereas", "if", "when");

    /** Prepositions after the head of a noun phrase ("a spokesman for Microsoft"). */
    private static final WordSet HEAD_ENDS = WordSet.of("of", "for", "at", "from", "with", "in", "to");

    private static final WordSet DETERMINERS = WordSet.of("a", "an", "the", "one", "another", "some", "his",
            "her", "their", "its", "our", "two", "three", "several", "many", "both");

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

    private static Attribution afterQuote(ArticleTokens tokens, int from, int to, boolean quoteEndsSentence) {
        String text = tokens.text();
        List<Token> all = tokens.tokenize(from, to);
        List<Token> t = sentenceStart(all);
        // After a full stop, words that run on into another quote open a new sentence that introduces it.
        if (quoteEndsSentence && t.size() == all.size() && to < text.length() && isQuoteMark(text.charAt(to))) return null;
        int i = 0;
        while (i < t.size() && !t.get(i).isWord()) i++;
        if (i >= t.size()) return null;
        if (t.get(i).key().equals("according") && i + 1 < t.size() && t.get(i + 1).key().equals("to")) {
            return phrase(t.subList(i + 2, phraseEnd(t, i + 2)));
        }
        int verb = -1;
        for (int j = i; j < Math.min(t.size(), i + 40); j++) {
            Token w = t.get(j);
            if (!w.isWord()) {
                if (w.is(",") || w.is("(") || w.is(")") || w.is("—") || w.is("–")) continue;
                break;
            }
            if (isVerb(t, j) && isSpeechVerb(t, j)) {
                verb = j;
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
            // A bare dash and a name: "… — Jane Doe".
            boolean dash = i > 0 && (t.get(i - 1).is("—") || t.get(i - 1).is("–") || t.get(i - 1).is("--"));
            Attribution named = dash ? phrase(t.subList(i, phraseEnd(t, i))) : null;
            return named != null && named.kind() == Kind.NAME && phraseEnd(t, i) == t.size() ? named : null;
        }
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
        if (t.get(verb - 1).is(",") && !quoteEndsSentence) {
            // "…” if she loses, said David Wasserman: a quote that runs on into a clause of the
            // reporter's, then a verb that leads its subject, is still that subject's.
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
        if (t.get(verb - 1).is(",")) {
            // "…" if she loses, said David Wasserman: the verb after a comma leads its subject,
            // unless a name stands before it ("Sarandon, 69, told MSNBC").
            Attribution before = bestOfSegments(subject);
            if (before != null && before.kind() == Kind.NAME) return before;
            Attribution a = phrase(t.subList(verb + 1, phraseEnd(t, verb + 1)));
            if (a != null && a.kind() == Kind.NAME && !t.get(verb + 1).keyIn(PREPOSITIONS)) return a;
        }
        boolean hasComma = subject.stream().anyMatch(w -> w.is(","));
        if (quoteEndsSentence && (subject.size() > 5 || hasComma)) return null;
        if (quoteEndsSentence && isPhrasalSpeechVerb(t, verb) && t.size() > verb + 4) {
            // "…." Rubio hit back at Christie over …: a new sentence; "…." Rubio shot back. attributes.
            return null;
        }
        if (quoteEndsSentence && verb + 1 < t.size() && t.get(verb + 1).keyIn(CLAUSE_OPENERS)) {
            // "…." He also said Trump's plan would fail.: a new sentence reporting more speech, not an attribution.
            return null;
        }
        if (subject.size() <= 12) return bestOfSegments(subject);
        // A long apposition: "…," Trump, the front-runner in the polls since July, said.
        int comma = 0;
        while (comma < subject.size() && !subject.get(comma).is(",")) comma++;
        Attribution first = comma < subject.size() && comma <= 5 ? phrase(subject.subList(0, comma)) : null;
        return first != null && first.kind() == Kind.NAME ? first : null;
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


    /**
     * Speech verbs beyond the shared lexicon, in the forms that attribute a quote ("…," Jones barked;
     * Potts echoed: "…"). Words that are rarely nouns, so that no article needs to be seen first.
     */
    private static final WordSet MORE_SPEECH_VERBS = WordSet.of("barked", "echoed", "echoes", "chimed",
            "snarled", "thundered", "muttered", "growled", "gasped", "huffed", "teased", "taunted", "scolded",
            "lectured", "interrupted", "texted", "emailed", "messaged", "prodded", "probed", "queried", "ventured",
            "offered", "volunteered", "summarized", "summarised", "surmised", "ruminated");

    /** "points out", "pointed out", "chimed in": a verb that speaks only with its particle. */
    private static boolean isPhrasalSpeechVerb(List<Token> t, int j) {
        if (j + 1 >= t.size()) return false;
        String k = t.get(j).key(), next = t.get(j + 1).key();
        return next.equals("out") && (k.equals("points") || k.equals("pointed"))
                || next.equals("in") && (k.equals("chimed") || k.equals("chimes"))
                || next.equals("back") && (k.equals("shot") || k.equals("fired") || k.equals("hit") || k.equals("shoots")
                        || k.equals("fires") || k.equals("hits") || k.equals("pushed") || k.equals("pushes"));
    }

    private static boolean isSpeechVerb(List<Token> t, int j) {
        String k = t.get(j).key();
        return NameRules.SPEECH_VERBS.contains(k) || MORE_SPEECH_VERBS.contains(k) || isPhrasalSpeechVerb(t, j);
    }

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
            return earlier >= 0 ? subjectOf(t, p - 1, earlier, false) : firstName(t, p);
        }
        if (p > 0 && t.get(p - 1).is(",")) {
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
                if (before != null && before.kind() == Kind.NAME) return before;
                if (inside != null && inside.kind() == Kind.NAME) return inside;
                Attribution first = firstName(t, p);
                if (first != null) return first;
                return before != null ? before : inside;
            }
            return firstName(t, p);
        }
        return subjectEndingAt(t, p);
    }

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

    /** Acronyms of a role, not an organisation: "the DJ", "the CEO" name no one. */
    private static final WordSet ROLE_ACRONYMS = WordSet.of("ceo", "cfo", "coo", "cto", "dj", "mp", "mep", "msp",
            "pm", "gp", "md", "vp", "mc", "gm", "qc");

    /** "FBI", "ACU", "NRA": two to five capitals, not a role. */
    private static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 5 || ROLE_ACRONYMS.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isUpperCase(word.charAt(k))) return false;
        }
        return true;
    }

    private static boolean isName(Attribution a) {
        return a != null && a.kind() == Kind.NAME;
    }

    /** Whether a comma-separated part of these words is a name and nothing else ("Sarandon, 69,"). */
    private static boolean hasNameSegment(List<Token> words) {
        int s = 0;
        for (int k = 0; k <= words.size(); k++) {
            if (k < words.size() && !words.get(k).is(",")) continue;
            boolean clean = k > s;
            for (int j = s; j < k && clean; j++) {
                Token w = words.get(j);
                clean = NameRules.isNameWord(w) || w.keyIn(NameRules.NAME_PARTICLES);
            }
            if (clean && isName(phrase(words.subList(s, k)))) return true;
            s = k + 1;
        }
        return false;
    }

    /** A person named at the very start of the sentence and followed by a comma, when that comma is before {@code limit}. */
    private static Attribution subjectBeforeComma(List<Token> t, int limit) {
        int e = 0;
        while (e < limit && (NameRules.isNameWord(t.get(e)) || e > 0 && t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
        if (e == 0 || e >= limit || !t.get(e).is(",")) return null;
        for (int k = 0; k < e; k++) {
            if (t.get(k).isPossessive()) return null; // "Acme's CEO, Jane Doe, said"
        }
        for (int k = e + 1; k < limit; k++) {
            if (endsSentence(t.get(k)) || t.get(k).isWord() && t.get(k).keyIn(CONJUNCTIONS)
                    && !t.get(k).key().equals("as")) {
                return null; // "Trump, Cruz and Rubio", "Smith, while …, and Jones said"
            }
        }
        Attribution a = phrase(t.subList(0, e));
        List<String> words = new ArrayList<>();
        for (int k = 0; k < e; k++) words.add(t.get(k).text());
        return isName(a) && NameRules.looksLikePerson(words) ? a : null;
    }

    /** Words between a subject and its verb: auxiliaries and adverbs ("also", "gingerly", "jokingly"). */
    private static boolean isAuxiliary(Token w) {
        String k = w.key();
        return AUXILIARIES.contains(k) || w.isWord() && !w.isCapitalized() && k.length() > 4 && k.endsWith("ly");
    }

    /**
     * Whether the word at {@code j} is used as a verb: written in lower case (except at the start of a
     * sentence, "Said Smith: …"), and not after an owner or an article ("Ginsburg's comments", "a claim").
     */
    private static boolean isVerb(List<Token> t, int j) {
        if (j == 0) return true;
        Token w = t.get(j);
        if (w.isCapitalized()) return false;
        Token previous = t.get(j - 1);
        return !(previous.isPossessive() || previous.keyIn(NOUN_MARKERS));
    }

    private static final WordSet NOUN_MARKERS = WordSet.of("a", "an", "the", "his", "her", "their", "its", "our",
            "my", "your", "this", "these", "those", "whose");

    private static boolean isQuoteMark(char c) {
        return "\"“”„«»".indexOf(c) >= 0;
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

    /** Words that end a speech verb written in two words ("shot back", "fired back"). */
    private static final WordSet VERB_TAILS = WordSet.of("back", "added", "continued", "tweeted", "told");

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

    /** Words that open a reported clause right after a speech verb ("said that…", "said he…", "said the plan…"). */
    private static final WordSet CLAUSE_OPENERS = WordSet.of("that", "he", "she", "they", "it", "we", "i",
            "the", "his", "her", "their", "there", "this", "these", "those", "if", "whether", "a", "an", "its", "our",
            "my", "some", "many", "no");

    /** "is", "was": with a verb in -ing after them, the subject is doing it ("Cruz is praising Bush as “…”"). */
    private static final WordSet PROGRESSIVE = WordSet.of("is", "was", "are", "were");

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

    private static boolean isLowerWord(Token w) {
        return w.isWord() && !w.isCapitalized();
    }

    /** The first name in {@code t[0, end)} that a lower-case verb follows: the sentence's subject. */
    private static Attribution sentenceSubject(List<Token> t, int end) {
        int from = 0;
        if (!t.isEmpty() && t.get(0).keyIn(PREPOSITIONS)) {
            // "Amid the uproar, The Blaze's Matt Walsh wrote …": the subject follows the opening phrase.
            while (from < end && !t.get(from).is(",")) from++;
            if (from >= end) from = 0;
        }
        for (int s = from; s < end; s++) {
            if (!NameRules.isNameWord(t.get(s))) continue;
            int e = s;
            while (e < end && (NameRules.isNameWord(t.get(e)) || t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
            int v = e;
            if (v < end && t.get(v).is("(")) {
                // "Sen. Bernie Sanders (I-Vt.) visited …": the aside stands between the subject and its verb.
                while (v < end && !t.get(v).is(")")) v++;
                v++;
            }
            if (v < end && t.get(v).isWord() && !t.get(v).isCapitalized() && !t.get(v).keyIn(CLAUSE_BREAKS)
                    && !t.get(v).keyIn(PREPOSITIONS)) {
                Attribution a = phrase(t.subList(s, e));
                if (isName(a)) return a;
            }
            s = e;
        }
        return firstName(t, end);
    }

    /** The first person named in {@code t[0, end)}. */
    private static Attribution firstName(List<Token> t, int end) {
        for (int s = 0; s < end; s++) {
            if (!NameRules.isNameWord(t.get(s))) continue;
            int e = s;
            while (e < end && (NameRules.isNameWord(t.get(e)) || t.get(e).keyIn(NameRules.NAME_PARTICLES))) e++;
            Attribution a = phrase(t.subList(s, e));
            List<String> words = new ArrayList<>();
            for (int k = s; k < e; k++) words.add(t.get(k).text());
            if (a != null && a.kind() == Kind.NAME && NameRules.looksLikePerson(words)) return a;
            s = e;
        }
        return null;
    }

    /** The noun phrase that ends just before {@code end}, walking back to a clause break. */
    private static Attribution subjectEndingAt(List<Token> t, int end) {
        if (end > 0 && t.get(end - 1).is(")")) {
            // "Rep. Jim McDermott (D-Wash.) said": step over the aside.
            int open = end - 1;
            while (open > 0 && !t.get(open).is("(")) open--;
            if (open > 0) end = open;
        }
        int s = end;
        while (s > 0 && end - s < 8) {
            Token w = t.get(s - 1);
            if (!w.isWord() || w.keyIn(CLAUSE_BREAKS) && s < end) break;
            if (w.keyIn(CLAUSE_BREAKS)) return null;
            s--;
        }
        return s == end ? null : phrase(t.subList(s, end));
    }

    /**
     * The speaker among comma-separated parts of a subject: the part nearest the verb that names
     * someone ("in comparison to Obama, Gingrich said"), else an earlier name before an apposition
     * ("Michael Briggs, a spokesman for Sanders, said").
     */
    private static Attribution bestOfSegments(List<Token> np) {
        List<List<Token>> segments = new ArrayList<>();
        int s = 0;
        for (int k = 0; k <= np.size(); k++) {
            if (k < np.size() && np.get(k).is("(")) {
                // "(D-Wash.)", "(R-Texas)": an aside, never the speaker.
                if (k > s) segments.add(np.subList(s, k));
                while (k < np.size() && !np.get(k).is(")")) k++;
                s = k + 1;
            } else if (k == np.size() || np.get(k).is(",")) {
                if (k > s) segments.add(np.subList(s, k));
                s = k + 1;
            }
        }
        Attribution best = null;
        for (int i = segments.size() - 1; i >= 0; i--) {
            List<Token> seg = segments.get(i);
            if (seg.get(0).isWord() && seg.get(0).keyIn(PREPOSITIONS)) continue;
            Attribution a = phrase(seg);
            if (a == null) continue;
            if (a.kind() == Kind.NAME) return a;
            if (best == null || best.kind() == Kind.UNNAMED && i == segments.size() - 1) best = best == null ? a : best;
        }
        return best;
    }

    private static int phraseEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < 10) {
            Token w = t.get(k);
            if (!w.isWord()) break;
            if (k > from && w.keyIn(PHRASE_ENDS)) break;
            k++;
        }
        return k;
    }

    /** What a noun phrase names: a person, a description with a name, a pronoun or no one. */
    static Attribution phrase(List<Token> np) {
        int a = 0, b = np.size();
        while (a < b && !np.get(a).isWord()) a++;
        while (b > a && !np.get(b - 1).isWord()) b--;
        if (a == b || b - a > 10) return null;
        List<Token> words = np.subList(a, b);
        if (words.size() == 1) {
            String k = words.get(0).key();
            if (NameRules.PERSON_PRONOUNS.contains(k)) return new Attribution(Kind.PRONOUN, k, words.get(0).start());
            if (NameRules.OTHER_PRONOUNS.contains(k)) return new Attribution(Kind.UNNAMED, null);
        }
        // "Stacy Baker of Columbia", "a spokesman for Microsoft": the head comes before the preposition.
        for (int k = 1; k < words.size() - 1; k++) {
            if (words.get(k).keyIn(HEAD_ENDS)) {
                Attribution head = phrase(words.subList(0, k));
                boolean institution = head != null && head.kind() == Kind.NAME
                        && words.get(k - 1).keyIn(NameRules.ORG_OR_PLACE);
                // "the National Bureau of Statistics" is one name; "Stacy Baker of Columbia" is a person and a place.
                if (institution && k + 1 < words.size() && NameRules.isNameWord(words.get(words.size() - 1))) {
                    return new Attribution(Kind.NAME, text(words.subList(words.get(0).key().equals("the") ? 1 : 0, words.size())));
                }
                if (head != null && head.kind() == Kind.NAME) return head;
                Attribution tail = phrase(words.subList(k + 1, words.size()));
                // "Former secretary of state Hillary Clinton": a bare role, then the person's name.
                if (tail != null && tail.kind() == Kind.NAME && !words.get(0).keyIn(DETERMINERS)
                        && tail.name().indexOf(' ') > 0) {
                    return tail;
                }
                // "one longtime adviser to Bill Clinton", "a person close to the Clintons": who, by whom they stand near.
                boolean tailNamed = NameRules.isNameWord(words.get(words.size() - 1));
                return tailNamed ? new Attribution(Kind.DESCRIPTION, text(words)) : new Attribution(Kind.UNNAMED, null);
            }
        }
        // The last run of name words, with particles inside ("Bashar al-Assad", "Ludwig van Beethoven").
        int runEnd = -1, runStart = -1;
        for (int k = words.size() - 1; k >= 0; k--) {
            Token w = words.get(k);
            boolean nameWord = NameRules.isNameWord(w);
            if (runEnd < 0) {
                if (nameWord) runEnd = runStart = k;
            } else if (nameWord || w.keyIn(NameRules.NAME_PARTICLES) && k > 0 && NameRules.isNameWord(words.get(k - 1))) {
                runStart = k;
            } else {
                break;
            }
            if (runEnd >= 0 && k < runEnd && w.isPossessive()) {
                runStart = k + 1;
                break;
            }
        }
        if (runEnd < 0) return new Attribution(Kind.UNNAMED, null);
        List<String> name = new ArrayList<>();
        for (int k = runStart; k <= runEnd; k++) name.add(words.get(k).text());
        // "Labor Secretary Thomas Perez", "Senate Majority Leader Mitch McConnell": the person follows the title.
        for (int k = name.size() - 2; k >= 0; k--) {
            String word = key(name.get(k));
            if (NameRules.HONORIFICS.contains(word) || NameRules.ROLES.contains(word) || NameRules.ROLE_NOUNS.contains(word)) {
                name = new ArrayList<>(name.subList(k + 1, name.size()));
                break;
            }
        }
        while (name.size() > 1 && NameRules.HONORIFICS.contains(key(name.get(0)))) name.remove(0);
        if (name.size() == 1 && NameRules.TITLES_ONLY.contains(key(name.get(0)))) return new Attribution(Kind.UNNAMED, null);
        boolean possessive = NameRules.isPossessive(name.get(name.size() - 1));
        if (runEnd == words.size() - 1 && !possessive) {
            // "the American", "the Scot": a determiner before one capitalized word makes a description.
            if (runStart == 1 && runEnd == 1 && words.get(0).keyIn(DETERMINERS)) {
                // "the ACU", "the FBI": an acronym after "the" names an organisation; "the Scot" names no one.
                return isAcronym(words.get(1).text()) && words.get(0).key().equals("the")
                        ? new Attribution(Kind.NAME, String.join(" ", name)) : new Attribution(Kind.UNNAMED, null);
            }
            return new Attribution(Kind.NAME, String.join(" ", name));
        }
        // A common-noun head owned by a name ("Trump's spokeswoman") says who; an adjective
        // ("the Republican candidate") does not.
        return possessive ? new Attribution(Kind.DESCRIPTION, text(words)) : new Attribution(Kind.UNNAMED, null);
    }

    private static String text(List<Token> words) {
        StringBuilder phrase = new StringBuilder();
        for (Token w : words) {
            if (!phrase.isEmpty()) phrase.append(' ');
            phrase.append(w.text());
        }
        return phrase.toString();
    }

    private static String key(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.toLowerCase(java.util.Locale.ROOT);
    }

    /** The tokens up to the first sentence end. */
    private static List<Token> sentenceStart(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (endsSentence(t.get(k))) return t.subList(0, k);
        }
        return t;
    }

    /** The tokens after the last sentence end. */
    private static List<Token> lastSentence(List<Token> t) {
        for (int k = t.size() - 1; k >= 0; k--) {
            if (endsSentence(t.get(k))) return t.subList(k + 1, t.size());
        }
        return t;
    }

    private static boolean endsSentence(Token t) {
        return t.is(".") || t.is("!") || t.is("?") || t.is(";") || t.is("…");
    }
}
