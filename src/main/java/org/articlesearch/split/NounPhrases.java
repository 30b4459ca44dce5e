package org.articlesearch.split;

import static org.articlesearch.split.SpeechWords.DETERMINERS;
import static org.articlesearch.split.SpeechWords.HEAD_ENDS;
import static org.articlesearch.split.SpeechWords.PHRASE_ENDS;
import static org.articlesearch.split.SpeechWords.PREPOSITIONS;
import static org.articlesearch.split.SpeechWords.ROLE_ACRONYMS;

import java.util.ArrayList;
import java.util.List;
import org.articlesearch.split.Attribution.Kind;

/**
 * What a noun phrase names: a person ({@code chief executive Jane Doe}), a description with a name
 * ({@code a spokesman for Microsoft}, {@code Trump's spokeswoman}), a pronoun, or no one; where a phrase
 * after a verb ends, and which comma-separated part of a subject names the speaker.
 */
final class NounPhrases {
    private NounPhrases() {
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
            if (NameRules.PERSON_PRONOUNS.contains(k)) return new Attribution(Kind.PRONOUN, k, words.get(0).start(), words.get(0).end());
            if (NameRules.OTHER_PRONOUNS.contains(k)) return new Attribution(Kind.UNNAMED, null);
        }
        Attribution organisation = spokesmanOf(words);
        if (organisation != null) return organisation;
        // "Stacy Baker of Columbia", "a spokesman for Microsoft": the head comes before the preposition.
        for (int k = 1; k < words.size() - 1; k++) {
            if (words.get(k).keyIn(HEAD_ENDS)) {
                Attribution head = phrase(words.subList(0, k));
                boolean institution = head != null && head.kind() == Kind.NAME
                        && words.get(k - 1).keyIn(NameRules.ORG_OR_PLACE);
                // "the National Bureau of Statistics" is one name; "Stacy Baker of Columbia" is a person and a place.
                if (institution && k + 1 < words.size() && NameRules.isNameWord(words.get(words.size() - 1))) {
                    // "National Bureau of Statistics chief Li Deshui": a role in lower case after the
                    // institution's name, and the person who holds it.
                    for (int r = words.size() - 2; r > k; r--) {
                        if (!words.get(r).isCapitalized() && words.get(r).keyIn(NameRules.ROLES)) {
                            Attribution holder = phrase(words.subList(r + 1, words.size()));
                            if (holder != null && holder.kind() == Kind.NAME) return holder;
                            break;
                        }
                    }
                    List<Token> named = words.subList(words.get(0).key().equals("the") ? 1 : 0, words.size());
                    return mentioned(Kind.NAME, text(named), named);
                }
                // "UK Chancellor of the Exchequer Gordon Brown": the person ends the name of the office.
                Token title = words.get(k - 1);
                if (head != null && head.kind() == Kind.NAME && words.get(k).is("of") && title.isCapitalized()
                        && (title.keyIn(NameRules.HONORIFICS) || title.keyIn(NameRules.ROLES))) {
                    Attribution holder = phrase(words.subList(k + 1, words.size()));
                    if (holder != null && holder.kind() == Kind.NAME && holder.name().indexOf(' ') > 0) return withoutOffice(holder, words);
                }
                if (head != null && head.kind() == Kind.NAME) return head;
                Attribution tail = phrase(words.subList(k + 1, words.size()));
                // "Former secretary of state Hillary Clinton": a bare role, then the person's name.
                if (tail != null && tail.kind() == Kind.NAME && !words.get(0).keyIn(DETERMINERS)
                        && tail.name().indexOf(' ') > 0) {
                    return withoutOffice(tail, words);
                }
                // "one longtime adviser to Bill Clinton", "a person close to the Clintons": who, by whom they stand near.
                boolean tailNamed = NameRules.isNameWord(words.get(words.size() - 1));
                return tailNamed ? mentioned(Kind.DESCRIPTION, text(words), words) : new Attribution(Kind.UNNAMED, null);
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
        if (runEnd < 0) return roleDescription(words);
        List<String> name = new ArrayList<>();
        for (int k = runStart; k <= runEnd; k++) name.add(words.get(k).text());
        // "Labor Secretary Thomas Perez", "Senate Majority Leader Mitch McConnell": the person follows the title.
        for (int k = name.size() - 2; k >= 0; k--) {
            String word = key(name.get(k));
            if (k == 0 && name.size() == 2 && NameRules.isKnightly(name.get(0))) break; // "Sir Paul": see below
            if (NameRules.isTitle(name.get(k)) || NameRules.ROLES.contains(word) || NameRules.ROLE_NOUNS.contains(word)) {
                name = new ArrayList<>(name.subList(k + 1, name.size()));
                break;
            }
        }
        // "Sir Paul said": a knight named by his first name keeps the title, which tells it from a surname.
        while (name.size() > 1 && NameRules.isTitle(name.get(0)) && !(name.size() == 2 && NameRules.isKnightly(name.get(0)))) {
            name.remove(0);
        }
        if (name.size() == 1 && NameRules.TITLES_ONLY.contains(key(name.get(0)))) {
            // "The Judge wrote", "the Chancellor said": British news capitalises a title used as a description.
            return runEnd == words.size() - 1 && runStart > 0 && words.get(0).key().equals("the")
                    ? mentioned(Kind.DESCRIPTION, text(words), words) : new Attribution(Kind.UNNAMED, null);
        }
        boolean possessive = NameRules.isPossessive(name.get(name.size() - 1));
        if (runEnd == words.size() - 1 && !possessive && name.size() >= 2 && words.get(0).key().equals("the")
                && ROLE_ACRONYMS.contains(key(name.get(name.size() - 1)))) {
            // "the Salford MP told": a description by a role, not a person called "Salford MP".
            return mentioned(Kind.DESCRIPTION, text(words), words);
        }
        if (runEnd == words.size() - 1 && !possessive) {
            // The words of the name kept: titles and honorifics went from its front only.
            List<Token> kept = words.subList(runEnd + 1 - name.size(), runEnd + 1);
            // "the American", "the Scot": a determiner before one capitalized word makes a description.
            if (runStart == 1 && runEnd == 1 && words.get(0).keyIn(DETERMINERS)) {
                // "the ACU", "the FBI": an acronym after "the" names an organisation; "the Scot" names no one.
                return isAcronym(words.get(1).text()) && words.get(0).key().equals("the")
                        ? mentioned(Kind.NAME, String.join(" ", name), kept) : new Attribution(Kind.UNNAMED, null);
            }
            if (runStart == 1 && runEnd - runStart <= 2 && words.get(0).keyIn(DETERMINERS) && words.get(runEnd).keyIn(NameRules.DEMONYMS)
                    && !FirstNames.isFirstName(words.get(1))) {
                // "said the New Zealander", "the South African": a nationality of two words names no one either.
                return new Attribution(Kind.UNNAMED, null);
            }
            return mentioned(Kind.NAME, String.join(" ", name), kept);
        }
        // "Chelsea's statement added", "Trump's statement said": what a name's own statement or report
        // says, the name says; a spokeswoman ("Trump's spokeswoman") is someone else.
        if (possessive && runEnd == words.size() - 2 && words.get(words.size() - 1).keyIn(DOCUMENTS)) {
            // The mention is the whole phrase, so a reader sees why: "Chelsea's statement".
            return mentioned(Kind.NAME, NameRules.withoutPossessive(String.join(" ", name)), words);
        }
        // A common-noun head owned by a name ("Trump's spokeswoman") says who; an adjective
        // ("the Republican candidate") does not.
        return possessive ? mentioned(Kind.DESCRIPTION, text(words), words) : roleDescription(words);
    }

    /**
     * The organisation a spokesperson speaks for, named before the role: "a Downing Street spokesman",
     * "a Home Office spokeswoman", "the BBC spokesman", as "a spokesman for the Home Office" already
     * was. Only an acronym or words that end as an organisation's name do ("Office", "Street", "Party"):
     * "a Clinton spokesman" speaks for a person, and a party adjective ("a Tory spokesman") names no one.
     */
    private static Attribution spokesmanOf(List<Token> words) {
        int n = words.size();
        if (n < 2 || !words.get(n - 1).keyIn(SPOKESPEOPLE)) return null;
        int a = words.get(0).keyIn(DETERMINERS) ? 1 : 0;
        if (n - 1 - a < 1 || n - 1 - a > 4) return null;
        List<Token> org = words.subList(a, n - 1);
        for (Token w : org) {
            if (!w.isWord() || !w.isCapitalized() || w.isPossessive()) return null;
        }
        boolean named = org.size() == 1 ? isAcronym(org.get(0).text()) : org.get(org.size() - 1).keyIn(NameRules.ORG_OR_PLACE);
        return named ? mentioned(Kind.NAME, text(org), org) : null;
    }

    static final WordSet SPOKESPEOPLE = WordSet.of("spokesman", "spokeswoman", "spokesperson");

    /** What an organisation or a person says through, in their name: "Chelsea's statement", "the IMF's report". */
    private static final WordSet DOCUMENTS = WordSet.of("statement", "statements", "report", "ruling", "letter",
            "website", "verdict", "judgment", "judgement", "announcement", "memo", "tweet", "blog", "message", "note",
            "email", "e-mail");

    /** A word for what a person writes, whose words are theirs: "Morquendi's message read". */
    static boolean isDocument(Token w) {
        return w.isWord() && w.keyIn(DOCUMENTS);
    }

    /**
     * The person without the office a title named before them: "State John Kerry" of "Secretary of State
     * John Kerry" is John Kerry, "Exchequer Gordon Brown" of "Chancellor of the Exchequer Gordon Brown" Gordon Brown.
     */
    private static Attribution withoutOffice(Attribution name, List<Token> words) {
        List<Token> kept = new ArrayList<>();
        for (Token w : words) {
            if (w.start() >= name.start() && w.end() <= name.end()) kept.add(w);
        }
        int first = 0;
        while (kept.size() - first > 2 && kept.get(first).keyIn(NameRules.OFFICES)) first++;
        return first == 0 ? name : mentioned(Kind.NAME, text(kept.subList(first, kept.size())), kept.subList(first, kept.size()));
    }

    /**
     * "the senator", "the Indiana governor", "the England coach": a definite description by a title or a
     * role, which the article may have given someone before. "a senator", "officials" name no one.
     */
    private static Attribution roleDescription(List<Token> words) {
        Token last = words.get(words.size() - 1);
        boolean role = last.isWord() && !last.isCapitalized() && (NameRules.isRoleWord(last)
                || last.keyIn(NameRules.TITLES_ONLY));
        // "the commission said": no person, but the words are kept, for the body the article may have named.
        if (words.size() == 2 && words.get(0).key().equals("the") && last.isWord() && !last.isCapitalized()
                && last.keyIn(NameRules.BODIES)) {
            return mentioned(Kind.UNNAMED, text(words), words);
        }
        return words.size() >= 2 && words.get(0).key().equals("the") && role
                ? mentioned(Kind.DESCRIPTION, text(words), words) : new Attribution(Kind.UNNAMED, null);
    }

    static int phraseEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < 10) {
            Token w = t.get(k);
            if (!w.isWord()) break;
            if (k > from && w.keyIn(PHRASE_ENDS)) break;
            k++;
        }
        return k;
    }

    /**
     * The speaker among comma-separated parts of a subject: the part nearest the verb that names
     * someone ("in comparison to Obama, Gingrich said"), else an earlier name before an apposition
     * ("Michael Briggs, a spokesman for Sanders, said").
     */
    static Attribution bestOfSegments(List<Token> np) {
        List<List<Token>> segments = new ArrayList<>();
        int s = 0;
        for (int k = 0; k <= np.size(); k++) {
            if (k < np.size() && np.get(k).is("(")) {
                // "(D-Wash.)", "(R-Texas)": an aside, never the speaker.
                if (k > s) segments.add(np.subList(s, k));
                while (k < np.size() && !np.get(k).is(")")) k++;
                s = k + 1;
            } else if (k < np.size() && isDash(np.get(k)) && closingDash(np, k) > 0) {
                // "Andrei Illarionov - then economic adviser to President Vladimir Putin - told": so is one in dashes.
                if (k > s) segments.add(np.subList(s, k));
                k = closingDash(np, k);
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

    /** Where the aside the dash at {@code k} opens is closed by another dash; -1 when it is not. */
    private static int closingDash(List<Token> words, int k) {
        for (int j = k + 1; j < words.size(); j++) {
            if (isDash(words.get(j))) return j;
        }
        return -1;
    }

    static boolean isDash(Token w) {
        return w.is("-") || w.is("—") || w.is("–");
    }

    /** Whether a comma-separated part of these words is a name and nothing else ("Sarandon, 69,"). */
    static boolean hasNameSegment(List<Token> words) {
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

    static boolean isName(Attribution a) {
        return a != null && a.kind() == Kind.NAME;
    }

    /** "FBI", "ACU", "NRA": two to five capitals, not a role. */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 5 || ROLE_ACRONYMS.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isUpperCase(word.charAt(k))) return false;
        }
        return true;
    }

    /** A name of these words as written, mentioned by them. */
    static Attribution named(List<Token> words) {
        return mentioned(Kind.NAME, text(words), words);
    }

    /** An attribution whose mention is these words: from the first one's start to the last one's end. */
    private static Attribution mentioned(Kind kind, String name, List<Token> words) {
        return new Attribution(kind, name, words.get(0).start(), words.get(words.size() - 1).end());
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
}
