package org.articlesearch.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The people an article names, in order, so that a pronoun can be resolved to the person named
 * most recently and a surname can be shown as the full name the article gave earlier.
 */
final class SpeakerContext {
    /**
     * A person named at {@code position}; {@code reports} when a speech verb follows the name,
     * {@code object} when a preposition or a verb of defeat stands before it ("beaten by Elia"):
     * the person a sentence is about is rarely the one in such a phrase.
     */
    private record Mention(int position, String name, boolean reports, boolean object) {
        Mention(int position, String name) {
            this(position, name, false, false);
        }
    }

    /** Words that make the name after them an object, not the subject a later "he" or "she" continues. */
    private static final WordSet BEFORE_OBJECTS = WordSet.of("by", "to", "with", "against", "over",
            "from", "than", "beat", "beating", "defeated", "defeating", "replaced", "replacing", "joined", "joining",
            "versus", "vs", "v");

    private final List<Mention> mentions = new ArrayList<>();
    /** People the text reports speaking in its own words ("Carter said that …"), by position. */
    private final List<Mention> reporters = new ArrayList<>();
    /**
     * Full names by their last word lower-cased, each list in the order the article gives them: every
     * capitalized word is looked up here, and a long article names hundreds of people in full.
     */
    private final Map<String, List<FullName>> fullNames = new HashMap<>();

    /** A full name and where the article gives it (-1 for the title). */
    private record FullName(int position, String name) {
    }

    SpeakerContext(String title) {
        if (title != null) {
            for (Mention m : find(Token.tokenize(title, 0, title.length()))) {
                if (m.name().indexOf(' ') > 0) addFullName(-1, m.name());
            }
        }
    }

    /** Records the people named in {@code text[from, to)}, skipping the given quoted spans. */
    void scan(ArticleTokens text, int from, int to, List<int[]> quoted) {
        int s = from;
        for (int[] q : quoted) {
            if (q[0] > s) addAll(find(text.tokenize(s, Math.min(q[0], to))));
            s = Math.max(s, q[1]);
        }
        if (s < to) addAll(find(text.tokenize(s, to)));
    }

    private void addAll(List<Mention> found) {
        for (Mention m : found) {
            String full = canonical(m.name(), m.position());
            if (full.indexOf(' ') > 0) addFullName(m.position(), full);
            mentions.add(new Mention(m.position(), full, false, m.object()));
            if (m.reports()) reporters.add(new Mention(m.position(), full));
        }
    }

    /**
     * The person reported speaking most recently since {@code windowStart} ("Carter said the region
     * matters."), when nobody else has been named after them: a quote that follows without an
     * attribution of its own carries on their words.
     */
    String reporterBefore(int windowStart, int position) {
        Mention last = null;
        for (Mention r : reporters) {
            if (r.position() >= position) break;
            if (r.position() >= windowStart) last = r;
        }
        if (last == null) return null;
        for (Mention m : mentions) {
            if (m.position() > last.position() && m.position() < position && !m.name().equals(last.name())) return null;
        }
        return last.name();
    }

    /** Records a speaker at a quote, as a mention. */
    void noteSpeaker(String name, int position) {
        mentions.add(new Mention(position, name));
        mentions.sort((a, b) -> Integer.compare(a.position(), b.position()));
        speakers.add(new Mention(position, name));
    }

    /** People named as a quote's speaker, in article order. */
    private final List<Mention> speakers = new ArrayList<>();

    /**
     * The person who spoke last before {@code position} and since {@code windowStart}, as a quote's
     * speaker or in reported speech, when {@code pronoun} can mean them and the quote does not name
     * them: "Cummings said the bid would let Glazer take control. “…,” he told the BBC."
     */
    String lastSpeaker(int windowStart, int position, String pronoun, String quoteText) {
        Mention last = null;
        for (List<Mention> list : List.of(reporters, speakers)) {
            for (Mention m : list) {
                if (m.position() >= windowStart && m.position() < position && (last == null || m.position() > last.position())) last = m;
            }
        }
        return last != null && canMean(pronoun, last.name(), quoteText) ? last.name() : null;
    }

    /**
     * The full name the article gave for {@code name} before {@code position} ("Blair" after "Tony
     * Blair" is "Tony Blair"); the latest such name, since a later "Bill Clinton" must not rename
     * the "Clinton" who spoke before him.
     */
    String canonical(String name, int position) {
        if (name.indexOf(' ') > 0 || fullNames.isEmpty()) return name;
        List<FullName> sameLastWord = fullNames.get(name.toLowerCase(Locale.ROOT));
        if (sameLastWord == null) return name;
        String found = null;
        for (FullName m : sameLastWord) {
            if (m.position() < position) found = m.name();
        }
        return found != null ? found : name;
    }

    private void addFullName(int position, String name) {
        String lastKey = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        fullNames.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(new FullName(position, name));
    }

    /**
     * The person a pronoun before {@code position} most likely means: the last person named since
     * {@code windowStart}. Null when nobody is, or when that person is named inside the quote itself
     * (people do not talk about themselves by name, so the pronoun means someone else).
     */
    String resolvePronoun(int windowStart, int position, String pronoun, String quoteText) {
        Mention last = null;
        Mention lastSubject = null;
        for (Mention m : mentions) {
            if (m.position() >= position) break;
            if (m.position() < windowStart) continue;
            last = m;
            if (!m.object() && FirstNames.agrees(pronoun, m.name())) lastSubject = m;
        }
        // "Williams blamed her defeat by Elia. "…," she said": the pronoun continues the subject, not the object.
        if (last != null && last.object() && lastSubject != null) last = lastSubject;
        return last != null && canMean(pronoun, last.name(), quoteText) ? last.name() : null;
    }

    /**
     * Whether {@code pronoun} can mean {@code name} in a quote: the first name agrees, and the quote
     * does not name them (people do not talk about themselves by name).
     */
    private static boolean canMean(String pronoun, String name, String quoteText) {
        if (!FirstNames.agrees(pronoun, name)) return false;
        String quote = quoteText.toLowerCase(Locale.ROOT);
        for (String part : name.split(" ")) {
            String p = NameRules.withoutPossessive(part).toLowerCase(Locale.ROOT);
            if (p.length() > 2 && containsWord(quote, p)) return false;
        }
        return true;
    }

    private static boolean containsWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int e = i + word.length();
            boolean endOk = e == text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) return true;
            i = text.indexOf(word, i + 1);
        }
        return false;
    }

    /** Whether the words from {@code k} on are a speech verb, maybe after an adverb ("also said"). */
    private static boolean speaksNext(List<Token> t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 2); j++) {
            Token w = t.get(j);
            if (!w.isWord() || w.isCapitalized()) return false;
            if (w.keyIn(NameRules.SPEECH_VERBS)) return true;
            // "the DNC issued a statement", "Trump released a statement"
            if (w.keyIn(STATEMENT_VERBS) && j + 2 < t.size()
                    && t.get(j + 2).key().equals("statement")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet STATEMENT_VERBS = WordSet.of("issued", "released");

    /** "Sen.", "President": a title written before a name. */
    private static boolean isHonorific(String word) {
        if (word.indexOf('.') < 0) return NameRules.HONORIFICS.containsLowerCased(word);
        return NameRules.HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** The name words {@code t[from, to)}, without a possessive ending, joined by spaces. */
    private static String name(List<Token> t, int from, int to) {
        if (to - from == 1) return t.get(from).withoutPossessive();
        StringBuilder name = new StringBuilder(t.get(from).withoutPossessive());
        for (int j = from + 1; j < to; j++) name.append(' ').append(t.get(j).withoutPossessive());
        return name.toString();
    }

    /** Person names in the tokens of a stretch of text: two or more name words, or a surname already seen in full. */
    private List<Mention> find(List<Token> t) {
        List<Mention> out = new ArrayList<>();
        int k = 0;
        while (k < t.size()) {
            if (!NameRules.isNameWord(t.get(k))) {
                k++;
                continue;
            }
            int s = k;
            while (k < t.size() && (NameRules.isNameWord(t.get(k)) || t.get(k).keyIn(NameRules.NAME_PARTICLES)
                    && k + 1 < t.size() && NameRules.isNameWord(t.get(k + 1)))) {
                k++;
                if (t.get(k - 1).isPossessive()) break;
            }
            // The name is t[first, k): the words of the run without titles and role words before it.
            int first = s;
            boolean honorific = isHonorific(t.get(first).withoutPossessive());
            for (boolean drop = honorific; drop && k - first > 1; drop = isHonorific(t.get(first).withoutPossessive())) first++;
            // "Singer George Michael", "Boss Steve Bruce": a role word at a sentence start is no part of the name.
            while (k - first > 2 && (NameRules.ROLES.containsLowerCased(t.get(first).withoutPossessive())
                    || NameRules.ROLE_NOUNS.containsLowerCased(t.get(first).withoutPossessive()))) {
                first++;
            }
            int size = k - first;
            if (size > 4 || !NameRules.looksLikePerson(t.get(first).withoutPossessive(), t.get(k - 1).withoutPossessive())) {
                continue;
            }
            String name = name(t, first, k);
            boolean speaks = speaksNext(t, k);
            // A lone capitalized word is a person when it is a surname seen in full, or when it speaks ("Carter said").
            if (size >= 2 || honorific || speaks || canonical(name, t.get(s).start()).indexOf(' ') > 0) {
                boolean object = s > 0 && t.get(s - 1).keyIn(BEFORE_OBJECTS);
                out.add(new Mention(t.get(s).start(), name, speaks, object));
            }
        }
        return out;
    }
}
