package org.articlesearch.split;

import static org.articlesearch.split.SentenceTokens.isLowerWord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    private record Mention(int position, int end, String name, boolean reports, boolean object, Role role, List<String> titles,
                           char gender) {
        // gender: 'm', 'f', '?' when the words do not tell, NO_GENDER for a name no "he" or "she" means.
        Mention(int position, String name) {
            this(position, position, name, false, false, Role.SPEAKER, List.of(), '?');
        }
    }

    /**
     * What a mention does in its sentence, which says how likely a later "he" or "she" is to mean the
     * person: news continues its subjects and speakers, rarely what stands in a phrase after a preposition.
     */
    enum Role {
        /** Speaks: "Perdue said…", "said Perdue", "according to Perdue", a quote's speaker. */
        SPEAKER(3),
        /** Does something: "Ham made it clear…". */
        SUBJECT(2),
        /** Anything else: "Trump says he is making a demand of Obama". */
        OTHER(1),
        /** After a preposition, or owning something: "under President Barack Obama", "Tribe's client". */
        OBLIQUE(0.6);

        final double weight;

        Role(double weight) {
            this.weight = weight;
        }
    }

    /** A "he" or "she" of the article's own words, resolved when a later pronoun needs it. */
    private static final class PronounMention {
        final int position;
        final String pronoun;
        final Role role;
        String referent;
        boolean resolved;

        PronounMention(int position, String pronoun, Role role) {
            this.position = position;
            this.pronoun = pronoun;
            this.role = role;
        }
    }

    /** The gender of a name that is nobody's: a club, an office, a nickname ("the Birchfield Harrier"). */
    private static final char NO_GENDER = 'n';

    /** Words that make the name after them an object, not the subject a later "he" or "she" continues. */
    private static final WordSet BEFORE_OBJECTS = WordSet.of("by", "to", "with", "against", "over",
            "from", "than", "beat", "beating", "defeated", "defeating", "replaced", "replacing", "joined", "joining",
            "versus", "vs", "v");

    private final List<Mention> mentions = new ArrayList<>();
    /** Where the article first names each person: a full name first seen right before a quote introduces its speaker. */
    private final Map<String, Integer> firstMentions = new HashMap<>();
    /** Where the article names each person a second time: one named once may give their surname up to another. */
    private final Map<String, Integer> secondMentions = new HashMap<>();
    /** The article's text. */
    private String text = "";
    /** People the text reports speaking in its own words ("Carter said that …"), by position. */
    private final List<Mention> reporters = new ArrayList<>();
    /**
     * Full names by their last word lower-cased, each list in the order the article gives them: every
     * capitalized word is looked up here, and a long article names hundreds of people in full.
     */
    private final Map<String, List<FullName>> fullNames = new HashMap<>();
    private final java.util.Set<String> fullNamesAdded = new java.util.HashSet<>();

    /**
     * People by the titles and roles the article gives them ("Sen. Bernie Sanders", "David Axelrod, Obama's
     * former campaign strategist"), so that "the senator" or "the strategist" can be told apart.
     */
    private final Map<String, List<FullName>> titles = new HashMap<>();

    /** The gender the article gives people by a title or a role word ("Mrs Lee", "the spokeswoman, Ann Lee"): 'm' or 'f'. */
    private final Map<String, Character> genders = new HashMap<>();
    /**
     * The names the article shows to be people: a known first name, a title or a role, a gender, or
     * speech of their own. "Newcastle beat Chelsea" or a film title make no person, and a "he" never means them.
     */
    private final java.util.Set<String> people = new java.util.HashSet<>();

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

    /**
     * Whether the article names {@code name} for the first time at {@code position}, and shows them to be a
     * person (a known first name, a title or a role, a gender, or speech of their own).
     */
    boolean introducesPersonAt(String name, int position) {
        Integer first = firstMentions.get(name);
        return first != null && first == position && people.contains(name);
    }

    /** Records the people named in {@code text[from, to)}, skipping the given quoted spans. */
    void scan(ArticleTokens text, int from, int to, List<int[]> quoted) {
        this.text = text.text();
        // A new paragraph ends the sentence before it, unless its last word already did.
        if (boundaryCount == 0 || boundaries[boundaryCount - 1] < lastToken) addBoundary(from - 1);
        int s = from;
        for (int[] q : quoted) {
            if (q[0] > s) addStretch(text.tokenize(s, Math.min(q[0], to)));
            s = Math.max(s, q[1]);
            // A quote that ends its sentence ends one for the distance a pronoun looks back over, too.
            if (q[1] >= 2 && q[1] <= text.text().length() && ".!?".indexOf(text.text().charAt(q[1] - 2)) >= 0) addBoundary(q[1] - 1);
        }
        if (s < to) addStretch(text.tokenize(s, to));
    }

    private void addStretch(List<Token> t) {
        addAll(find(t));
        if (!t.isEmpty()) lastToken = t.get(t.size() - 1).start();
        for (int k = 0; k < t.size(); k++) {
            Token w = t.get(k);
            if (w.length() > 3) continue;
            if (w.isSentenceEnd()) {
                addBoundary(w.start());
            } else if (w.is("but") && k > 0 && !t.get(k - 1).isSentenceEnd() && k + 1 < t.size() && NameRules.isNameWord(t.get(k + 1))) {
                // "Hewitt said he had had a "gutful" of it but Geoff Pollard rejected his comments. "…," he said.": a
                // clause that "but" opens with a name brings in the one who answers; it counts as a sentence after.
                addBoundary(w.start());
            } else if (w.isHeOrShe()) {
                pronouns.add(new PronounMention(w.start(), w.key(), speaksNext(t, k + 1) ? Role.SPEAKER : Role.SUBJECT));
            }
        }
        // After the sentence ends: a description reads the salience of the sentences before it.
        addDescriptions(t);
    }

    private void addBoundary(int position) {
        if (boundaryCount == boundaries.length) boundaries = java.util.Arrays.copyOf(boundaries, boundaryCount * 2);
        boundaries[boundaryCount++] = position;
    }

    private void addAll(List<Mention> found) {
        for (Mention m : found) {
            if (isUnnamed(m.name())) {
                // "Safin … ¶ The Russian said": the person just written about, as for "the candidate" (anaphor);
                // "the Cardinal will ask": first the person the article gave that title, when it did.
                String meant = description(m.name().substring(UNNAMED.length()), m.position());
                if (meant == null) meant = anaphor(salienceAt(m.position()), '?', MIN_SALIENCE);
                mentions.add(meant == null ? m : new Mention(m.position(), m.end(), meant, false, m.object(), m.role(), List.of(), '?'));
                continue;
            }
            String full = canonical(m.name(), m.position());
            if (full.indexOf(' ') > 0) addFullName(m.position(), full);
            mentions.add(new Mention(m.position(), m.end(), full, false, m.object(), m.role(), List.of(), '?'));
            if (firstMentions.putIfAbsent(full, m.position()) != null) secondMentions.putIfAbsent(full, m.position());
            if (m.reports()) reporters.add(new Mention(m.position(), m.end(), full, true, false, Role.SPEAKER, List.of(), '?'));
            if (m.gender() != '?') genders.putIfAbsent(full, m.gender());
            if (full.indexOf(' ') > 0 || m.gender() != '?' || !m.titles().isEmpty() || m.role() == Role.SPEAKER) {
                people.add(full);
            }
            for (String title : m.titles()) titles.computeIfAbsent(title, x -> new ArrayList<>()).add(new FullName(m.position(), full));
        }
    }

    /** Sentence ends and paragraph starts of the article's own words, in text order. */
    private int[] boundaries = new int[64];
    /** Where the last token of the article's own words so far starts. */
    private int lastToken = -1;
    private int boundaryCount;
    /** The article's own "he" and "she", in text order. */
    private final List<PronounMention> pronouns = new ArrayList<>();
    /** How many of {@link #pronouns} have been resolved, in order. */
    private int pronounsResolved;

    /** How much all of a person's recent mentions add to their strongest one. */
    private static final double TIE_BREAK = 0.1;

    /** How far back, in sentences, a pronoun looks for whom it means. */
    private static final int MAX_SENTENCES_BACK = 6;
    /** The least salience a person needs to be what a pronoun means: a subject three sentences back. */
    private static final double MIN_SALIENCE = 0.25;

    /**
     * The person {@code pronoun} at {@code position} most likely means, by salience: every mention of a
     * person in the last few sentences counts for them, the more when recent (halved with each sentence
     * end between) and when the person spoke or was the subject (Lappin and Leass's weighting, simplified).
     * The article's earlier "he" and "she" count for whom they mean, so "She … She … she said" keeps
     * to one person over paragraphs. Null when nobody agrees with the pronoun (a first name of the other
     * gender, or named in the quote: people do not talk about themselves by name), or when the best
     * candidate is too far back to be sure of. {@code paragraphQuote}: where the quote opens when it opens
     * its paragraph, else -1; a {@code "…," he said} there may be a person the sentence before introduces.
     */
    String resolvePronoun(int position, String pronoun, String quoteText, int paragraphQuote) {
        resolvePronounsBefore(position);
        if (paragraphQuote >= 0 && paragraphQuote < position) {
            String newcomer = newcomerBefore(paragraphQuote, position, pronoun, quoteText.toLowerCase(Locale.ROOT));
            if (newcomer != null) return newcomer;
        }
        // ("Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution"": the
        // clause the "he" reports names whom it is not, as the quote does.)
        // Only a clause of its own: not an aside ("indeed, he had stated", "including, he said") nor another
        // report ("Fiorina wrote, she began saying").
        String clause = clauseReported(position);
        if (!isReportedClause(clause)) clause = "";
        String meant = mostSalient(position, pronoun, clause.isEmpty() ? quoteText : quoteText + " " + clause);
        return meant == null || isUnnamed(meant) ? null : meant;
    }

    /**
     * A person a sentence is about whom the article never names ("The Tory leader was asked …",
     * "Castro's chief aide said"): a pronoun after them means them, so the quote gets no speaker
     * rather than the person named before them or in their sentence.
     */
    private static boolean isUnnamed(String name) {
        return name.startsWith(UNNAMED);
    }

    private static final String UNNAMED = "#";

    /**
     * Sentences whose subject is a description of a person rather than a name: "The Tory leader was
     * asked", "Castro's chief aide said", "His agent told the Times", "A spokesman for the club said".
     * Each counts for salience as a subject (a speaker with a speech verb): the person the article
     * gave that title before, when it did ("Tory leader Michael Howard … The Tory leader"), else an
     * unnamed person, so that "he" after it means nobody the article names. Before, the "he" went to
     * whoever was named nearby: the owner ("Castro"), an object, a documentary maker quoted before.
     */
    private void addDescriptions(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            Token w = t.get(k);
            if (!w.isWord()) continue;
            // A word in lower case opens a description only as a determiner, and most are too long for one: no
            // need to ask what stands before them.
            if (!w.isCapitalized() && w.length() > LONGEST_DESCRIPTION_OPENER) continue;
            // "Mr Brown liked to rattle off …, the Tory leader said.": a description after a comma that ends
            // its sentence with a speech verb is the sentence's speaker, and a "he" after it means them.
            // (Where a word stands first: asking the list of every word was a tenth of splitting.)
            boolean trailing = !opensClause(t, k);
            if (trailing && !(k > 0 && t.get(k - 1).is(","))) continue;
            boolean determiner = w.keyIn(DESCRIPTION_OPENERS);
            if (trailing && !determiner) continue;
            // The owner a description opens with: "Castro's chief aide", "Tony Blair's official spokesman".
            int owner = k;
            while (!determiner && owner < k + 2 && owner + 1 < t.size() && NameRules.isNameWord(t.get(owner)) && !t.get(owner).isPossessive()) {
                owner++;
            }
            Token ownerWord = t.get(owner);
            if (!determiner && !(ownerWord.isCapitalized() && ownerWord.isPossessive() && ownerWord.withoutPossessive().length() > 1)) continue;
            int head = -1;
            for (int j = owner + 1; j < t.size() && j <= owner + 4; j++) {
                Token x = t.get(j);
                if (!x.isWord() || x.keyIn(NOT_VERBS)) break; // "His message to the chancellor was": no description
                // ("The 21-year-old missed the first three months": news names a person by their age too.)
                if (!x.isCapitalized() && !x.isPossessive() && (NameRules.isRoleWord(x) || x.endsWith("-year-old"))) {
                    head = j;
                } else if (head >= 0) {
                    break;
                }
            }
            if (head < 0) continue;
            int v = head + 1;
            if (v < t.size() && NameRules.isNameWord(t.get(v))) continue; // "The Tory leader Michael Howard said": a name
            // "The musical's British director is Matthew Warchus": the name after "is" is whom it describes (see role).
            if (v + 1 < t.size() && (t.get(v).is("is") || t.get(v).is("was")) && NameRules.isNameWord(t.get(v + 1))) continue;
            if (v + 1 < t.size() && t.get(v).keyIn(AFFILIATIONS)) {
                // "A spokesman for the club said", "The chief executive of Marks and Spencer told"
                int a = v + 1;
                while (a < t.size() && a - v <= 6 && t.get(a).isWord() && (t.get(a).isCapitalized()
                        || t.get(a).keyIn(DETERMINERS) || t.get(a).keyIn(NameRules.NAME_PARTICLES))) {
                    a++;
                }
                v = a;
            }
            if (!isVerbLike(t, v)) continue;
            if (trailing && !(speaksNext(t, v) && endsSentenceSoonAfter(t, v))) continue;
            Role role = speaksNext(t, v) ? Role.SPEAKER : Role.SUBJECT;
            StringBuilder phrase = new StringBuilder();
            for (int j = k; j <= head; j++) phrase.append(j > k ? " " : "").append(t.get(j).text());
            char g = genderOfWord(t.get(head));
            String meant = description(phrase.toString(), w.start());
            // A title given long ago loses to the person just written about: "… news anchor Ilia Calderón
            // reacted … The Afro-Colombian journalist expressed" is not the journalist of ten items before.
            boolean definite = w.key().equals("the");
            Salience salience = definite ? salienceAt(w.start()) : null;
            if (meant != null && definite && salience.get(meant) == 0) meant = null;
            // The reported clause before a trailing description is about someone else ("Mr Brown liked …").
            if (meant != null && trailing && namedIn(meant, sentenceBefore(t, k))) meant = null;
            // ("The prime minister's official spokesman said … But he added": someone's spokesman is never the person
            // just written about; "The Tory spokesman also criticised" may well be.)
            if (meant == null && definite && !trailing && !(t.get(head).keyIn(NounPhrases.SPOKESPEOPLE) && ownedBy(t, k, head))) {
                meant = anaphor(salience, g);
                // "Tom Wells praised the film. The festival director thanked Wells": not Wells himself.
                if (meant != null && namedIn(meant, restOfSentence(t, v))) meant = null;
                // "Nicola Sturgeon wrote to Mr McConnell …. In a furious response, the first minister said …. He
                // told Ms Sturgeon": a "he" or "she" that opens the next sentence means the description's person,
                // so one of the other gender shows the description meant someone else.
                String next = pronounOpeningNextSentence(t, v);
                if (meant != null && next != null && surelyDisagrees(next, meant)) {
                    meant = null;
                    if (g == '?') g = next.equals("he") ? 'm' : 'f';
                }
            }
            if (meant == null) {
                meant = UNNAMED + t.get(head).key();
                if (g != '?') genders.put(meant, g);
            }
            mentions.add(lastIndexBefore(mentions, w.start()) + 1,
                    new Mention(w.start(), t.get(head).start() + t.get(head).length(), meant, false, false, role, List.of(), '?'));
        }
    }

    /** Whether a possessive stands among {@code t[from, to)}: "The prime minister's official spokesman". */
    private static boolean ownedBy(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (t.get(j).isPossessive()) return true;
        }
        return false;
    }

    /**
     * The person a definite description with no title to link it means, read as news writes it: a
     * name, then an epithet for the same person ("Donald Trump says he has “big plans” … ¶ The
     * Republican presidential nominee noted …", "Carson shared a syllabus … ¶ The candidate also
     * continued"). The most salient person, when they spoke or were the subject of the sentence
     * before (salience of a subject one sentence back or more) and the role's gender agrees; else null.
     */
    private String anaphor(Salience salience, char gender) {
        return anaphor(salience, gender, ANAPHOR_SALIENCE);
    }

    /** {@link #anaphor(Salience, char)} with the least salience the person must have. */
    private String anaphor(Salience salience, char gender, double least) {
        int best = salience.best();
        if (best < 0 || salience.score(best) < least) return null;
        String name = salience.names[best];
        if (isUnnamed(name) || !people.contains(name)) return null;
        Character known = genders.get(name);
        char g = known != null ? known : FirstNames.gender(name);
        return gender == '?' || g == '?' || g == gender ? name : null;
    }

    /** A subject one sentence back: 2 halved once. */
    private static final double ANAPHOR_SALIENCE = 1.0;

    /** Whether the text before {@code position}, spaces aside, ends a sentence (maybe inside a quote) or a paragraph; not a comma. */
    private boolean followsSentenceEnd(int position) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') return true;
            i--;
        }
        if (i > 0 && "\"”’'".indexOf(text.charAt(i)) >= 0) i--; // "… no classified material.” The candidate reiterated"
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** The "he" or "she" that opens the sentence after the one {@code t[v]} stands in, lower-cased; null when none does. */
    private static String pronounOpeningNextSentence(List<Token> t, int v) {
        int e = v;
        while (e < t.size() && !SentenceTokens.endsSentence(t.get(e))) e++;
        if (e + 1 >= t.size() || !t.get(e + 1).isHeOrShe()) return null;
        return t.get(e + 1).key();
    }

    /** Whether the article or the first name gives {@code name} the other gender than the pronoun's. */
    private boolean surelyDisagrees(String pronoun, String name) {
        Character known = genders.get(name);
        char g = known != null ? known : FirstNames.gender(name);
        return g != '?' && g != (pronoun.equals("he") ? 'm' : 'f');
    }

    /** Whether the sentence ends within a few words after the speech verb at {@code v}: "said.", "told MPs on Monday.". */
    private static boolean endsSentenceSoonAfter(List<Token> t, int v) {
        for (int e = v + 1; e < t.size() && e <= v + 5; e++) {
            if (SentenceTokens.endsSentence(t.get(e))) return true;
            if (!t.get(e).isWord()) return false;
        }
        return v + 1 >= t.size();
    }

    /** The text of {@code t} from the start of the sentence holding {@code k} up to {@code k}. */
    private String sentenceBefore(List<Token> t, int k) {
        int s = k;
        while (s > 0 && !SentenceTokens.endsSentence(t.get(s - 1))) s--;
        return s == k ? "" : text.substring(t.get(s).start(), t.get(k).start());
    }

    /** The text of {@code t} from {@code v} to the end of its sentence. */
    private String restOfSentence(List<Token> t, int v) {
        int e = v;
        while (e < t.size() && !SentenceTokens.endsSentence(t.get(e))) e++;
        if (v >= t.size()) return "";
        return text.substring(t.get(v).start(), e < t.size() ? t.get(e).start() : t.get(t.size() - 1).start() + t.get(t.size() - 1).length());
    }

    /**
     * Whether {@code t[k]} opens a sentence, or follows a connective that does ("But an executive
     * spokeswoman insisted", "However, the club's chairman said").
     */
    private boolean opensClause(List<Token> t, int k) {
        if (opensSentenceAt(t, k)) return true;
        int c = k - 1;
        if (c >= 0 && t.get(c).is(",")) c--;
        if (c >= 0 && t.get(c).isCapitalized() && t.get(c).keyIn(CONNECTIVES) && opensSentenceAt(t, c)) return true;
        return c + 1 < k && followsOpeningPhrase(t, c + 1);
    }

    /**
     * Whether the comma at {@code comma} closes a phrase that opens its sentence with a preposition: "In a
     * furious response, the first minister said" has its subject after it.
     */
    private boolean followsOpeningPhrase(List<Token> t, int comma) {
        if (comma < 1) return false;
        int s = comma - 1;
        while (s > 0 && comma - s < MAX_OPENING_PHRASE && t.get(s - 1).isWord()) s--;
        Token first = t.get(s);
        // "In a furious response,", "Speaking to the Radio Times,", "Asked about the plans,".
        boolean opener = first.keyIn(SpeechWords.PREPOSITIONS) || first.endsWith("ing") || first.is("Asked");
        return s < comma && first.isCapitalized() && opener && opensSentenceAt(t, s);
    }

    /** Longest phrase before a sentence's subject that {@link #followsOpeningPhrase} reads past. */
    private static final int MAX_OPENING_PHRASE = 8;

    private boolean opensSentenceAt(List<Token> t, int k) {
        return k == 0 ? followsSentenceEnd(t.get(k).start()) : SentenceTokens.endsSentence(t.get(k - 1));
    }

    private static final WordSet CONNECTIVES = WordSet.of("but", "and", "yet", "however", "meanwhile", "instead");

    /** Words that open a description of a person at a sentence start. */
    private static final WordSet DESCRIPTION_OPENERS = WordSet.of("the", "a", "an", "his", "her", "their", "its");
    /** The longest of them, with a period a token may keep. */
    private static final int LONGEST_DESCRIPTION_OPENER = "their.".length();

    /**
     * The person the sentence right before a quote paragraph introduces, for its {@code "…," he said}:
     * "… which is something that concerns Henry Crespo, president of the caucus. ¶ “No one is writing
     * songs for Hillary,” he said." is Crespo's, though the voter quoted just before (speaker, 3) outweighs
     * a name in an object (1). News names a new speaker in full the first time and lets the quote
     * follow; salience, built for chains of "he", gave these to the previous speaker or the article's main
     * person (5 of 19 wrong speakers on PolNeAR dev). Only when that person does the most in the sentence
     * of all whom the pronoun can mean ("Trump attacked Jeb Bush. ¶ “…,” he said" stays Trump's), a first
     * name or a title says their gender, and nobody is named between that sentence and the quote.
     */
    private String newcomerBefore(int quoteOpen, int position, String pronoun, String quote) {
        int b = boundariesBefore(quoteOpen);
        if (b < 2) return null;
        int sentenceStart = boundaries[b - 2], sentenceEnd = boundaries[b - 1];
        int i = lastIndexBefore(mentions, position);
        if (i >= 0 && mentions.get(i).position() > sentenceEnd) return null;
        int p = lastPronounBefore(position);
        if (p >= 0 && pronouns.get(p).position > sentenceEnd) return null;
        // Whom the sentence puts first by what they do: "In an interview with Rusty Humphries, Ham made it
        // clear …" is about Ham; a name after a preposition or owning something is never a newcomer.
        while (i >= 0 && mentions.get(i).position() > sentenceStart) i--;
        Mention first = null;
        boolean tie = false;
        for (i++; i < mentions.size() && mentions.get(i).position() < sentenceEnd; i++) {
            Mention m = mentions.get(i);
            if (m.role() == Role.OBLIQUE || !agrees(pronoun, m.name()) || namedInLowerCase(m.name(), quote)) continue;
            if (first == null || m.role().weight > first.role().weight) {
                first = m;
                tie = false;
            } else if (m.role() == first.role() && m.role() != Role.OTHER && !m.name().equals(first.name())) {
                tie = true;
            }
        }
        // Two who do as much ("After Glenn Beck asked …, D'Souza replied") leave it to salience.
        if (first == null || tie || first.name().indexOf(' ') < 0 || !surelyAgrees(pronoun, first.name())
                || firstMentions.getOrDefault(first.name(), -1) != first.position()) {
            return null;
        }
        for (; p >= 0 && pronouns.get(p).position > sentenceStart; p--) {
            if (pronouns.get(p).position < first.position() && pronouns.get(p).pronoun.equals(pronoun)) return null;
        }
        return first.name();
    }

    private void resolvePronounsBefore(int position) {
        while (pronounsResolved < pronouns.size() && pronouns.get(pronounsResolved).position < position) {
            PronounMention p = pronouns.get(pronounsResolved++);
            p.referent = mostSalient(p.position, p.pronoun, p.role == Role.SPEAKER ? clauseReported(p.position) : "");
            p.resolved = true;
        }
    }

    /**
     * The words a "he said" after a comma reports, from where its sentence starts: "And Tony Blair would be
     * in the very front line of that campaign, he said." reports Blair; the "he" is someone else, as a quote's
     * speaker is never a person the quote names. Empty when the pronoun follows no comma.
     */
    private String clauseReported(int position) {
        int i = position - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i < 0 || text.charAt(i) != ',') return "";
        int b = boundariesBefore(position);
        int start = b == 0 ? 0 : Math.max(0, boundaries[b - 1] + 1);
        // ("Ms Hutt said she hoped "that …" Asked about waiting lists, she said": a quote with no full stop
        // ends what the words before it report; the clause starts after it.)
        start = Math.max(start, quoteEndingSentenceBefore(start, i));
        if (start >= i) return "";
        String clause = text.substring(start, i);
        // "But while Sella admitted he liked the style, he said …", "When Sanders accused Clinton …, she
        // said": a clause opened by a conjunction sets the scene for its subject, who speaks after the comma.
        return opensWithSubordinator(clause) ? "" : clause;
    }

    /**
     * Just after the last closing quotation mark in {@code text[from, to)} that a capitalized word follows, as a
     * new sentence does ("…months" Asked about"); {@code from} when there is none. A quote the reported clause
     * holds ("Deutsche Boerse is "trying to buy them off", he said") is followed by a comma, and stays in it.
     */
    private int quoteEndingSentenceBefore(int from, int to) {
        // (Found by lastIndexOf, not read character by character: this is asked at every "he" after a comma.)
        for (int q = lastQuoteMark(to - 1); q > from; q = lastQuoteMark(q - 1)) {
            if (Character.isWhitespace(text.charAt(q - 1))) continue;
            int n = q + 1;
            while (n < to && text.charAt(n) == ' ') n++;
            if (n > q + 1 && n < to && Character.isUpperCase(text.charAt(n))) return q + 1;
        }
        return from;
    }

    /** The last '"' or '”' at or before {@code i}; -1 when there is none. */
    private int lastQuoteMark(int i) {
        return Math.max(text.lastIndexOf('"', i), text.lastIndexOf('”', i));
    }

    private static boolean isReportedClause(String clause) {
        String[] words = clause.trim().split("[\\s,;]+");
        if (words.length < 4) return false;
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return !last.endsWith("ly") && !NOT_CLAUSE_ENDS.contains(last) && !NameRules.SPEECH_VERBS.contains(last);
    }

    private static final WordSet NOT_CLAUSE_ENDS = WordSet.of("indeed", "including", "however", "meanwhile", "though",
            "too", "also", "instead", "then", "now", "say", "says");

    private static boolean opensWithSubordinator(String clause) {
        int i = 0;
        for (int words = 0; words < 2; words++) {
            while (i < clause.length() && !Character.isLetter(clause.charAt(i))) i++;
            int j = i;
            while (j < clause.length() && Character.isLetter(clause.charAt(j))) j++;
            if (i == j) return false;
            String word = clause.substring(i, j).toLowerCase(Locale.ROOT);
            if (SUBORDINATORS.contains(word)) return true;
            if (!word.equals("but") && !word.equals("and")) return false;
            i = j;
        }
        return false;
    }

    private static final WordSet SUBORDINATORS = WordSet.of("while", "when", "whilst", "although", "though", "as",
            "after", "before", "because", "since", "if", "once", "whereas");

    private String mostSalient(int position, String pronoun, String quoteText) {
        Salience salience = salienceAt(position);
        String quote = quoteText.isEmpty() ? "" : quoteText.toLowerCase(Locale.ROOT);
        // Best first, checking agreement only as far down as needed: most candidates are never asked.
        while (true) {
            int best = salience.best();
            if (best < 0 || salience.score(best) < MIN_SALIENCE) return null;
            String name = salience.names[best];
            if (agrees(pronoun, name) && (quote.isEmpty() || !namedInLowerCase(name, quote))) {
                // The most salient candidate with nothing to show it is a person ("Newcastle beat …", a
                // film's title): better no speaker than a club's; the next candidate would be a guess.
                return PERSONHOOD && !people.contains(name) && !isUnnamed(name) ? null : name;
            }
            salience.strongest[best] = -1;
        }
    }

    /**
     * The people of a stretch of text with how salient each is: a handful, so parallel arrays searched
     * in a line cost less than the two hash maps they replace (pronoun resolution runs at every "he" and "she").
     */
    private static final class Salience {
        String[] names = new String[8];
        double[] strongest = new double[8];
        double[] all = new double[8];
        int size;

        void add(String name, double weight) {
            int i = 0;
            while (i < size && !names[i].equals(name)) i++;
            if (i == size) {
                if (size == names.length) {
                    names = java.util.Arrays.copyOf(names, size * 2);
                    strongest = java.util.Arrays.copyOf(strongest, size * 2);
                    all = java.util.Arrays.copyOf(all, size * 2);
                }
                names[size] = name;
                strongest[size] = 0;
                all[size] = 0;
                size++;
            }
            strongest[i] = Math.max(strongest[i], weight);
            all[i] += weight;
        }

        /**
         * The strongest mention decides: summing them all let an article's main person outweigh whoever
         * was just quoted (measured: 6 points more wrong pronouns on PolNeAR). The sum only breaks near-ties.
         */
        double score(int i) {
            return strongest[i] + TIE_BREAK * all[i];
        }

        /** The index of the most salient person not yet ruled out (ties: the name first in order), or -1. */
        int best() {
            int best = -1;
            for (int i = 0; i < size; i++) {
                if (strongest[i] < 0) continue;
                if (best < 0 || score(i) > score(best) || score(i) == score(best) && names[i].compareTo(names[best]) < 0) best = i;
            }
            return best;
        }

        double get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) return score(i);
            }
            return 0;
        }
    }

    /** How salient each person is at {@code position}, from the mentions and resolved pronouns before it. */
    private Salience salienceAt(int position) {
        resolvePronounsBefore(position);
        int here = boundariesBefore(position);
        Salience salience = new Salience();
        for (int i = lastIndexBefore(mentions, position); i >= 0; i--) {
            Mention m = mentions.get(i);
            int back = here - boundariesBefore(m.position());
            if (back > MAX_SENTENCES_BACK) break;
            salience.add(m.name(), m.role().weight / (1 << back));
        }
        for (int i = lastPronounBefore(position); i >= 0; i--) {
            PronounMention p = pronouns.get(i);
            int back = here - boundariesBefore(p.position);
            if (back > MAX_SENTENCES_BACK) break;
            if (p.referent != null) salience.add(p.referent, p.role.weight / (1 << back));
        }
        return salience;
    }

    private int lastPronounBefore(int position) {
        return countBefore(pronouns, p -> p.position, position) - 1;
    }

    /** How many boundaries stand before {@code position}. */
    private int boundariesBefore(int position) {
        int lo = 0, hi = boundaryCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (boundaries[mid] < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int lastIndexBefore(List<Mention> list, int position) {
        return countBefore(list, Mention::position, position) - 1;
    }

    /** How many items of {@code list}, in order of their position, stand before {@code position}. */
    private static <T> int countBefore(List<T> list, java.util.function.ToIntFunction<T> positionOf, int position) {
        int lo = 0, hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positionOf.applyAsInt(list.get(mid)) < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * The person reported speaking most recently since {@code windowStart} ("Carter said the region
     * matters."), when nobody else has been named after them: a quote that follows without an
     * attribution of its own carries on their words.
     */
    Speaker reporterBefore(int windowStart, int position) {
        Mention last = null;
        for (Mention r : reporters) {
            if (r.position() >= position) break;
            if (r.position() >= windowStart) last = r;
        }
        if (last == null) return null;
        for (Mention m : mentions) {
            if (m.position() > last.position() && m.position() < position && !m.name().equals(last.name())) return null;
        }
        return new Speaker(last.name(), last.position(), last.end());
    }

    /**
     * The mention that reports the sentence holding {@code position} at its end, after a comma: "Mr Brown liked
     * to rattle off "…" in a bid to …, the Tory leader said." is the Tory leader's sentence, whoever its
     * subject is. A name, or the description's words when it names no one the article names; null when no
     * one reports the sentence so.
     */
    Attribution reportAtSentenceEnd(int position) {
        int b = boundariesBefore(position);
        if (b == boundaryCount) return null;
        int end = boundaries[b];
        for (int i = lastIndexBefore(mentions, end); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.position() < position) break;
            if (m.role() != Role.SPEAKER || end - m.end() > MAX_TRAILING_REPORT) continue;
            // (Only in the quote's paragraph: a heading in quotes has no sentence end of its own.)
            if (text.indexOf('\n', position, m.position()) >= 0) return null;
            int c = m.position() - 1;
            while (c > position && text.charAt(c) == ' ') c--;
            if (text.charAt(c) != ',') continue;
            return isUnnamed(m.name()) ? new Attribution(Attribution.Kind.DESCRIPTION, text.substring(m.position(), m.end()), m.position(), m.end())
                    : new Attribution(Attribution.Kind.NAME, m.name(), m.position(), m.end());
        }
        return null;
    }

    /** The most characters between a trailing reporter and the end of the sentence: " said on Monday". */
    private static final int MAX_TRAILING_REPORT = 25;

    /**
     * Whether someone other than {@code speaker} is reported speaking in the article's own words between
     * the sentence that holds {@code from} and {@code to}: a name or a description with a speech verb ("A
     * UKIP spokesman said there were …"), or a spokesman doing anything. A quote after that is no longer
     * {@code speaker}'s words going on. (The sentence of {@code from} is the last quote's own attribution:
     * "…," Michael Lamberty, a Lufthansa spokesman told the BBC.)
     */
    boolean otherSpeakerBetween(int from, int to, String speaker) {
        // ("A Labour party spokesman played down differences with Mr Wyatt": a spokesman is there to speak.)
        return anyMentionAfterAttribution(from, to, m -> (m.role() == Role.SPEAKER || m.role() == Role.SUBJECT && isUnnamed(m.name())
                && NounPhrases.SPOKESPEOPLE.contains(m.name().substring(UNNAMED.length()))) && !m.name().equals(speaker));
    }

    /**
     * Whether someone other than {@code speaker}, a person the article names, is the subject of a sentence
     * of its own words between the sentence that holds {@code from} and {@code to}: "And last week Only Fools
     * and Horses star David Jason criticised British TV for being "too safe and too cheap"" is no longer the
     * words of the comedian quoted before him.
     */
    boolean otherSubjectBetween(int from, int to, String speaker) {
        return anyMentionAfterAttribution(from, to, m -> m.role() == Role.SUBJECT && !isUnnamed(m.name())
                && people.contains(m.name()) && !m.name().equals(speaker));
    }

    /** Whether a mention after the sentence that holds {@code from} and before {@code to} is one of {@code which}. */
    private boolean anyMentionAfterAttribution(int from, int to, java.util.function.Predicate<Mention> which) {
        int b = boundariesBefore(from);
        // A quote that ended its sentence ("…." A UKIP spokesman said) has no attribution after it to skip.
        boolean quoteEndedSentence = b > 0 && boundaries[b - 1] >= from - 2;
        if (!quoteEndedSentence && b == boundaryCount) return false;
        int sentenceEnd = quoteEndedSentence ? from - 1 : boundaries[b];
        for (int i = lastIndexBefore(mentions, to); i >= 0 && mentions.get(i).position() > sentenceEnd; i--) {
            if (which.test(mentions.get(i))) return true;
        }
        return false;
    }

    /**
     * Whether the article makes {@code name} a person: a "Mr", "Ms" or first name gives a gender, or the name
     * is a first name and a surname ("Jane Carter"), not a firm, a place or an outlet ("THX", "Bristol").
     */
    boolean isPerson(String name) {
        Character g = genders.get(name);
        if (g != null) return g == 'm' || g == 'f';
        int space = name.indexOf(' ');
        if (space < 0) return false;
        String first = name.substring(0, space);
        return FirstNames.isFirstName(first) || NameRules.looksLikePerson(first, name.substring(name.lastIndexOf(' ') + 1));
    }

    /**
     * Who a description means ("the senator", "the Indiana governor", "Obama's former campaign
     * strategist"): the person the article gave that title or role before, the most salient one when
     * there are several. Null when nobody was given it: a description is never shown as a name.
     */
    String description(String phrase, int position) {
        String noun = headNoun(phrase);
        if (NameRules.BODIES.contains(noun)) return bodyNamed(noun, position);
        String head = NameRules.normalTitle(noun);
        List<FullName> holders = titles.get(head);
        if (holders == null) return null;
        // "Big Brother's spokeswoman said" is not the "William Hill spokesman Rupert Adams" of before: a title
        // someone owns is a holder of theirs, and the article named no one so.
        if (hasOwner(phrase)) return null;
        String only = null;
        for (FullName f : holders) {
            if (f.position() >= position) continue;
            if (only != null && !only.equals(f.name())) {
                only = null;
                break;
            }
            only = f.name();
        }
        if (only != null) return only;
        Salience salience = salienceAt(position);
        String best = null;
        double bestScore = 0;
        for (FullName f : holders) {
            double score = salience.get(f.name());
            if (f.position() < position && score > bestScore) {
                best = f.name();
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether a capitalized possessive stands in the phrase: "The Show's spokeswoman". */
    private static boolean hasOwner(String phrase) {
        for (String w : phrase.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && NameRules.isPossessive(w)) return true;
        }
        return false;
    }

    /**
     * The body "the committee" or "the commission" means: the last name before {@code position} that ends
     * with that word capitalized ("The Environmental Audit Committee said … "…," the committee added"),
     * its capitalized words before it (and "of", "for", "and", "on" between them), without a sentence's
     * "The". Null when the article names no such body.
     */
    private String bodyNamed(String noun, int position) {
        String head = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        for (int i = text.lastIndexOf(head, position - 1); i > 0; i = text.lastIndexOf(head, i - 1)) {
            int end = i + head.length();
            if (Character.isLetter(text.charAt(i - 1)) || end < text.length() && Character.isLetter(text.charAt(end))) continue;
            List<Token> before = Token.tokenize(text, Math.max(0, i - 80), i);
            int first = before.size();
            while (first > 0) {
                Token w = before.get(first - 1);
                boolean joins = first < before.size() && first > 1 && w.keyIn(BODY_JOINS) && before.get(first - 2).isCapitalized();
                if (!(w.isWord() && w.isCapitalized() && !w.keyIn(THE)) && !joins) break;
                first--;
            }
            // "Iraq's Ministry of Communications": the owner before the name is none of it.
            for (int j = before.size() - 1; j >= first; j--) {
                if (before.get(j).isPossessive()) {
                    first = j + 1;
                    break;
                }
            }
            if (first == before.size() || first == 0 && i - 80 > 0) continue;
            // "the Illinois Board of Elections": the words after the head that are part of the name.
            List<Token> after = Token.tokenize(text, end, Math.min(text.length(), end + 60));
            int last = 0;
            // (Name words only: "the Illinois Board of Elections on Monday" ends before "on Monday".)
            while (last + 1 < after.size() && after.get(last).keyIn(BODY_JOINS) && !after.get(last).isCapitalized()
                    && after.get(last + 1).isNameWord()) {
                last += 2;
                while (last < after.size() && after.get(last).isNameWord()) last++;
            }
            int nameEnd = last == 0 ? end : after.get(last - 1).end();
            return text.substring(before.get(first).start(), nameEnd);
        }
        return null;
    }

    private static final WordSet BODY_JOINS = WordSet.of("of", "for", "and", "on");

    /** The word a description is about: "strategist" in "Obama's former campaign strategist", "spokesman" in "a spokesman for Microsoft". */
    private static String headNoun(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 1; i < words.length; i++) {
            if (HEAD_ENDS.contains(words[i])) return words[i - 1];
        }
        return words[words.length - 1];
    }

    private static final WordSet HEAD_ENDS = WordSet.of("of", "for", "at", "from", "with", "in", "to");

    /**
     * The titles before a name and the role in an apposition after it: "Sen." and "nominee" in
     * "GOP nominee Sen. Jane Doe", "governor" in "Mike Pence, the Indiana governor,".
     */
    private static List<String> titles(List<Token> t, int s, int first, int k) {
        boolean before = first > s || s > 0 && t.get(s - 1).isWord() && !t.get(s - 1).isCapitalized();
        boolean after = k + 2 < t.size() && t.get(k).is(",");
        if (!before && !after) return List.of();
        List<String> out = new ArrayList<>(2);
        for (int j = s; j < first; j++) {
            if (t.get(j).isWord()) out.add(NameRules.normalTitle(t.get(j).key()));
        }
        if (s > 0 && t.get(s - 1).isWord() && !t.get(s - 1).isCapitalized()
                && NameRules.isRoleWord(t.get(s - 1))) {
            out.add(NameRules.normalTitle(t.get(s - 1).key()));
        }
        if (k + 2 < t.size() && t.get(k).is(",")) {
            int e = k + 1;
            while (e < t.size() && e - k <= 10 && !t.get(e).is(",") && !t.get(e).is(".") && !t.get(e).is("(")
                    && !(e > k + 1 && t.get(e).keyIn(HEAD_ENDS))) {
                e++;
            }
            Token head = t.get(e - 1);
            Token opener = t.get(k + 1);
            boolean apposition = opener.keyIn(APPOSITION_OPENERS) || opener.isPossessive()
                    || opener.isWord() && !opener.isCapitalized() && NameRules.isRoleWord(opener);
            if (apposition && e - 1 > k && head.isWord() && !head.isCapitalized() && !head.isPossessive()) {
                out.add(NameRules.normalTitle(head.key()));
            }
        }
        return out;
    }

    private static final WordSet APPOSITION_OPENERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "former", "then");

    /** Records a speaker at a quote, as a mention. */
    void noteSpeaker(String name, int position) {
        int at = lastIndexBefore(mentions, position + 1) + 1;
        mentions.add(at, new Mention(position, name));
    }

    /**
     * The full name the article gave for {@code name} before {@code position} ("Blair" after "Tony
     * Blair" is "Tony Blair"); the first such name, since news introduces its main person first and
     * names a relative in full ("Ted Cruz … Heidi Cruz … Cruz said" is Ted), unless the first was named
     * once, in passing, and is out of view while another is in it: a news roundup's later item on
     * "Homeland Security Secretary Jeh Johnson … Johnson said" is not about the Gary Johnson of an item an
     * hour before. (Without "once", "Trump's plan" after a paragraph on Ivanka Trump became hers.)
     */
    String canonical(String name, int position) {
        if (name != null && name.indexOf(' ') > 0) {
            String knight = knightNamed(name, position);
            return knight != null ? knight : withoutGluedWords(name);
        }
        if (name == null || fullNames.isEmpty()) return name;
        List<FullName> sameLastWord = fullNames.get(name.toLowerCase(Locale.ROOT));
        // Five letters or more: short surnames ("Lee", "Bush") are as often two people as one misspelt.
        if (sameLastWord == null && name.length() >= 5) sameLastWord = misspelledLastWords.get(withoutDoubledLetters(name));
        if (sameLastWord == null) return name;
        FullName first = sameLastWord.get(0);
        if (first.position() >= position) return name;
        if (sameLastWord.size() > 1 && namedOnceLongBefore(first, position)) {
            String inView = mostRecentInView(sameLastWord, position);
            // "Spike Lee" of the headline, then "Film-maker Spike Lee": one person, with a word too many.
            if (inView != null && !inView.endsWith(" " + first.name())) return inView;
        }
        return first.name();
    }

    /**
     * A full name without the words a sentence glued before it: "Referee Graham Poll", "Fly-half Charlie
     * Hodgson", "Fellow Lib Dem Norman Baker", "Tory MP David Smith". Up to three words go when a known first name
     * follows them and a surname follows that, and each is no first name or title but a party or place
     * word, a role, a compound ("Fly-half") or a word the article writes in lower case elsewhere ("the
     * referee"). "Iain Duncan Smith" keeps its "Iain", which the article never writes in lower case.
     */
    private String withoutGluedWords(String name) {
        int second = name.indexOf(' ', name.indexOf(' ') + 1);
        if (second < 0) return name; // two words: nothing to drop, and no copies made (most full names)
        String[] words = name.split(" ");
        int glued = gluedWords(words);
        return glued == 0 ? name : String.join(" ", java.util.Arrays.asList(words).subList(glued, words.length));
    }

    /** How many of the first words of a name {@link #withoutGluedWords} drops. */
    private int gluedWords(String[] words) {
        int j = 1;
        // The look-ups first, the article's text last: most runs have no first name after their first word.
        while (j <= 3 && words.length - j >= 2 && !FirstNames.isFirstName(words[j])) j++;
        if (j > 3 || words.length - j < 2) return 0;
        for (int i = 0; i < j; i++) {
            if (!isGluedWord(words[i])) return 0;
        }
        return j;
    }

    private boolean isGluedWord(String word) {
        if (FirstNames.isFirstName(word) || NameRules.HONORIFICS.containsLowerCased(word)) return false;
        return NameRules.onlyPartyOrPlaceWords(new String[] {word}, 0) || NameRules.ROLES.containsLowerCased(word)
                || NameRules.ROLE_NOUNS.containsLowerCased(word) || word.indexOf('-') > 0 || writtenInLowerCase(word);
    }

    /** Whether the article writes {@code word} in lower case as a word of its own somewhere. */
    private boolean writtenInLowerCase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && standsAsWord(lower);
    }

    /** Whether the article holds {@code word} exactly, as a word of its own (no letter either side). */
    private boolean standsAsWord(String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int e = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (e == text.length() || !Character.isLetter(text.charAt(e)))) return true;
        }
        return false;
    }

    /**
     * Whether the article named this person only in its headline, or only once and long before {@code
     * position} (three times as far back as a pronoun looks): "Hillary Clinton's campaign" in an opening
     * sentence and "Clinton" ever after keep her the Clinton of the article when a paragraph recalls "Bill
     * Clinton's years in office".
     */
    private boolean namedOnceLongBefore(FullName first, int position) {
        if (first.position() < 0) return !firstMentions.containsKey(first.name()) || firstMentions.get(first.name()) >= position;
        Integer second = secondMentions.get(first.name());
        return (second == null || second >= position)
                && boundariesBefore(position) - boundariesBefore(first.position()) > 3 * MAX_SENTENCES_BACK;
    }

    /**
     * Of these people, the one named most recently within the last sentences a pronoun looks back over,
     * unless the first of them is named there too; null when none is.
     */
    private String mostRecentInView(List<FullName> people, int position) {
        int here = boundariesBefore(position);
        String recent = null;
        for (int i = lastIndexBefore(mentions, position); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (here - boundariesBefore(m.position()) > MAX_SENTENCES_BACK) break;
            if (m.name().equals(people.get(0).name())) return people.get(0).name();
            if (recent == null) {
                for (int k = 1; k < people.size(); k++) {
                    if (people.get(k).position() < position && people.get(k).name().equals(m.name())) recent = m.name();
                }
            }
        }
        return recent;
    }

    /**
     * The full name "Sir Paul" or "Dame Kelly" means: the person the article named before with that first
     * name ("Sir Paul McCartney … Sir Paul said"); null when the name is no such title and first name.
     */
    private String knightNamed(String name, int position) {
        int space = name.indexOf(' ');
        // (In place: this is asked of every full name the article gives.)
        boolean knightly = space == 3 && name.regionMatches(true, 0, "sir", 0, 3) || space == 4 && name.regionMatches(true, 0, "dame", 0, 4);
        if (!knightly || name.indexOf(' ', space + 1) >= 0) return null;
        FullName full = firstWords.get(name.substring(space + 1).toLowerCase(Locale.ROOT));
        return full != null && full.position() < position ? full.name() : name;
    }

    /** The first full name the article gives for each first word, lower-cased: "Sir Paul" looks up "paul". */
    private final Map<String, FullName> firstWords = new HashMap<>();

    private void addFullName(int position, String name) {
        // Once is enough: a later mention of the same full name answers no look-up differently (the first
        // decides, and the first is the earliest), and a long article names its people dozens of times.
        if (!fullNamesAdded.add(name)) return;
        String last = name.substring(name.lastIndexOf(' ') + 1);
        FullName full = new FullName(position, name);
        if (!NameRules.isKnightly(name.substring(0, name.indexOf(' ')))) {
            firstWords.putIfAbsent(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT), full);
        }
        fullNames.computeIfAbsent(last.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(full);
        misspelledLastWords.computeIfAbsent(withoutDoubledLetters(last), k -> new ArrayList<>()).add(full);
    }

    /**
     * Full names by their last word lower-cased with doubled letters single: "Tyresha McClenney … McLenney
     * said" is one person spelt two ways; a letter written twice or once is the commonest slip in names.
     */
    private final Map<String, List<FullName>> misspelledLastWords = new HashMap<>();

    private static String withoutDoubledLetters(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) out.append(c);
        }
        return out.toString();
    }

    /** Whether {@code pronoun} can mean {@code name}: a person whose gender, as far as the article or the first name tells, agrees. */
    private boolean agrees(String pronoun, String name) {
        Character g = genders.get(name);
        if (g != null) return pronoun.equals("he") ? g == 'm' : pronoun.equals("she") ? g == 'f' : true;
        return FirstNames.agrees(pronoun, name);
    }

    /**
     * Whether the article or the first name gives {@code name} the pronoun's gender: "Nou Camp" or "Triple
     * Crown" read as names of two words, and agree with any pronoun for want of a first name.
     */
    private boolean surelyAgrees(String pronoun, String name) {
        char want = pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : '?';
        Character g = genders.get(name);
        return want != '?' && (g != null ? g : FirstNames.gender(name)) == want;
    }

    private static final boolean PERSONHOOD = System.getenv("NO_PERSONHOOD") == null;

    /** Whether a word of {@code name} (three letters or more) stands in {@code quoteText}. */
    static boolean namedIn(String name, String quoteText) {
        // Without a lower-cased copy of the quote, unless it holds the two letters whose lower case
        // String.toLowerCase writes otherwise than letter by letter (İ, final Σ).
        if (quoteText.indexOf('\u0130') >= 0 || quoteText.indexOf('\u03A3') >= 0) {
            return namedInLowerCase(name, quoteText.toLowerCase(Locale.ROOT));
        }
        for (String part : name.split(" ")) {
            String p = NameRules.withoutPossessive(part).toLowerCase(Locale.ROOT);
            if (p.length() > 2 && containsWordIgnoringCase(quoteText, p)) return true;
        }
        return false;
    }

    /** {@link #containsWord} of {@code text} lower-cased letter by letter, {@code word} being lower case. */
    private static boolean containsWordIgnoringCase(String text, String word) {
        char first = word.charAt(0);
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            if (Character.toLowerCase(text.charAt(i)) != first || !text.regionMatches(true, i + 1, word, 1, word.length() - 1)) continue;
            int e = i + word.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (e == text.length() || !Character.isLetter(text.charAt(e)))) return true;
        }
        return false;
    }

    private static boolean namedInLowerCase(String name, String quote) {
        for (String part : name.split(" ")) {
            String p = NameRules.withoutPossessive(part).toLowerCase(Locale.ROOT);
            if (p.length() > 2 && containsWord(quote, p)) return true;
        }
        return false;
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
            // "But standing next to Mr Blair he added": a pronoun after the name is who speaks.
            if (j == k && w.keyIn(SUBJECT_PRONOUNS)) return false;
            // "the unrest in Charlotte and said he thought": a conjunction starts a clause of someone else's.
            if (j == k && j + 1 < t.size() && w.keyIn(NOT_VERBS)) return false;
            // "… and Irish president told": the name qualifies a role, and the role's holder speaks ("A Defra
            // spokesman said" is still Defra speaking, as an organisation speaks).
            if (j == k && (NameRules.isRoleWord(w) || w.keyIn(NameRules.FAME_NOUNS))
                    && !w.keyIn(NounPhrases.SPOKESPEOPLE)) {
                return false;
            }
            // "the DNC issued a statement", "Trump released a statement"
            if (w.keyIn(STATEMENT_VERBS) && j + 2 < t.size()
                    && t.get(j + 2).key().equals("statement")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lone capitalized word {@code t[s]} reads as a surname doing something: a plain word
     * (no "I’m", no "Washington-based", no title) and a verb after it ("Ham made", not "Saudi government").
     */
    private static boolean isLoneSurname(List<Token> t, int s) {
        Token w = t.get(s);
        String k = w.key();
        if (k.length() < 2 || k.indexOf('\'') >= 0 || k.indexOf('-') >= 0 || k.indexOf('.') >= 0
                || w.keyIn(NameRules.HONORIFICS) || NameRules.isRoleWord(w)) {
            return false;
        }
        // "Foster, however, declared himself satisfied": past an adverb in commas.
        if (adverbInCommas(t, s + 1)) return isVerbLike(t, s + 4);
        return isVerbLike(t, s + 1);
    }

    /** Whether {@code t[c]} opens an adverb in commas with a word after it: ", however, declared". */
    private static boolean adverbInCommas(List<Token> t, int c) {
        return c + 3 < t.size() && t.get(c).is(",") && t.get(c + 1).keyIn(ASIDE_ADVERBS) && t.get(c + 2).is(",");
    }

    private static final WordSet ASIDE_ADVERBS = WordSet.of("however", "though", "meanwhile", "too", "also", "instead",
            "then", "now");

    /** Adverbs between a subject and its verb: "Ham also made", "Strada later said". */
    private static final WordSet ADVERBS = WordSet.of("also", "later", "then", "now", "never", "still", "again", "just",
            "once", "often", "recently", "previously", "already", "even", "first", "last", "quickly", "repeatedly",
            "instead", "meanwhile", "however", "too", "immediately", "finally", "initially");

    /** Verbs in the past or auxiliaries that do not end in -ed or -s. */
    private static final WordSet COMMON_VERBS = WordSet.of("is", "was", "has", "had", "will", "would", "could", "can",
            "may", "might", "must", "should", "did", "does", "made", "told", "said", "took", "gave", "went", "came", "got",
            "saw", "knew", "thought", "wrote", "spoke", "led", "left", "ran", "won", "lost", "met", "kept", "held",
            "brought", "became", "began", "found", "felt", "put", "set", "hit", "cut", "let", "sent", "spent", "paid",
            "built", "stood", "sat", "sought", "taught", "fought", "drew", "grew", "threw", "chose", "rose", "fell");

    /**
     * The gender a name's title or role words give: "Mr", "Mrs", "Ms" before it, or a role word that
     * has one ("spokeswoman", "actor") just before it or in the apposition after it; '?' when none does.
     */
    private static char gender(List<Token> t, int s, int first, int k) {
        for (int j = Math.max(0, s - 1); j < first || j == s - 1; j++) {
            char g = genderOfWord(t.get(j));
            if (g != '?') return g;
        }
        if (k + 1 < t.size() && t.get(k).is(",")) {
            for (int j = k + 1; j < t.size() && j <= k + 8 && !t.get(j).is(",") && !t.get(j).is("."); j++) {
                char g = genderOfWord(t.get(j));
                if (g != '?') return g;
            }
        }
        return '?';
    }

    private static char genderOfWord(Token w) {
        if (!w.isWord()) return '?';
        if (w.keyIn(MALE_WORDS)) return 'm';
        if (w.keyIn(FEMALE_WORDS)) return 'f';
        return '?';
    }

    private static final WordSet MALE_WORDS = WordSet.of("mr", "sir", "lord", "king", "prince", "spokesman", "chairman",
            "congressman", "businessman", "councilman", "actor", "father", "husband", "son", "brother", "uncle",
            "grandfather", "boyfriend", "widower", "sportsman", "policeman", "fireman", "headmaster");
    private static final WordSet FEMALE_WORDS = WordSet.of("mrs", "ms", "miss", "dame", "lady", "queen", "princess",
            "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "actress", "mother", "wife",
            "daughter", "sister", "aunt", "grandmother", "girlfriend", "widow", "sportswoman", "policewoman", "headmistress");

    private static final WordSet THE = WordSet.of("the");
    private static final WordSet INDEFINITE_ARTICLES = WordSet.of("a", "an");
    /** Words that open a sentence to name a thing: "Called Speegle, it has the look of a search engine". */
    private static final WordSet NAMING_PARTICIPLES = WordSet.of("called", "named", "dubbed", "nicknamed", "billed",
            "titled", "entitled", "branded", "labelled", "labeled");

    /** Whether {@code t[s]} opens a sentence, where any word is capitalized. */
    private static boolean opensSentence(List<Token> t, int s) {
        if (s == 0) return true;
        Token before = t.get(s - 1);
        return before.is(".") || before.is("!") || before.is("?") || before.is(":") || before.length() == 1
                && "\"“”‘’'—–-".indexOf(before.text().charAt(0)) >= 0;
    }

    /** Whether the article writes {@code w} in lower case elsewhere, or it looks like a plural: then it is a common word. */
    private boolean isCommonWord(Token w) {
        String lower = w.key();
        return lower.length() > 3 && lower.endsWith("s") || standsAsWord(lower);
    }

    /**
     * "But for Allen Weiner, a research director at Gartner, the future of search is …": a person a
     * sentence opens with "for" and a comma is whose view it gives, and who speaks next, not an object.
     */
    private static boolean isViewpoint(List<Token> t, int s, int e) {
        if (s < 1 || e >= t.size() || !t.get(e).is(",") || !t.get(s - 1).keyIn(FOR)) return false;
        int b = s - 2;
        if (b >= 0 && t.get(b).isWord() && t.get(b).keyIn(SENTENCE_CONJUNCTIONS)) b--;
        return b < 0 || SentenceTokens.endsSentence(t.get(b));
    }

    private static final WordSet SENTENCE_CONJUNCTIONS = WordSet.of("but", "and", "yet", "so");

    /** Whether another name follows the one ending at {@code e}, after a comma, "and" or "or": a list goes on. */
    private static boolean listGoesOn(List<Token> t, int e) {
        if (e + 1 >= t.size()) return false;
        Token joint = t.get(e);
        return (joint.is(",") || joint.is("and") || joint.is("or")) && NameRules.isNameWord(t.get(e + 1));
    }

    /**
     * Whether the name at {@code s}, after a comma, is in a list of names that a preposition opens: "beat
     * actors including Clive Owen, Jamie Foxx and Alan Alda" holds three objects, not a subject among them.
     */
    private static boolean inListAfterPreposition(List<Token> t, int s) {
        int b = s - 1;
        for (int items = 0; items < 6 && b > 0 && t.get(b).is(","); items++) {
            int e = b;
            b--;
            while (b >= 0 && NameRules.isNameWord(t.get(b))) b--;
            if (b == e - 1 || b < 0) return false;
            if (t.get(b).isWord() && t.get(b).keyIn(OBLIQUE_BEFORE)) return true;
        }
        return false;
    }
    private static final WordSet FOR = WordSet.of("for");
    private static final WordSet CLAUSE_NOUN_OPENERS = WordSet.of("way", "reason", "moment", "day", "time");
    private static final WordSet WH_OPENERS = WordSet.of("how", "why", "whether");
    private static final WordSet SAINT = WordSet.of("st");

    /** What the name {@code t[s, e)} does in its sentence. */
    private Role role(List<Token> t, int s, int e, boolean speaks) {
        Token before = s > 0 ? t.get(s - 1) : null;
        if (speaks || s > 1 && before.is("to") && t.get(s - 2).keyIn(ACCORDING)) return Role.SPEAKER;
        // "said Clinton." reports her speaking; "McLenney said Clinton doesn't show…" reports what she does.
        // ("said Lord Goldsmith's statement still did not clear …": a possessive's noun is what was said.)
        if (before != null && before.isWord() && !before.isCapitalized() && before.keyIn(NameRules.SPEECH_VERBS)
                && !(e < t.size() && isVerbLike(t, e)) && !t.get(e - 1).isPossessive()) {
            return Role.SPEAKER;
        }
        if (before != null && before.isWord() && !before.isCapitalized() && before.keyIn(DETERMINERS)) {
            // "the Clinton campaign took": a name that qualifies a noun is no subject.
            return Role.OTHER;
        }
        if (before != null && (before.is("is") || before.is("was")) && s > 1 && isLowerWord(t.get(s - 2))
                && NameRules.isRoleWord(t.get(s - 2))) {
            // "The musical's British director is Matthew Warchus": the person a role is given to, named as
            // what the sentence is about; a "he said" after it is theirs.
            return Role.SUBJECT;
        }
        if (before != null && before.is("with") && participleAfter(t, e)) {
            // "with Hillary Clinton — who's called for tax hikes — lambasting Trump's plan": she does the lambasting.
            return Role.SUBJECT;
        }
        if (voiceFrom(t, s)) return Role.SPEAKER;
        boolean possessive = t.get(e - 1).isPossessive() && !isContractedVerb(t, e);
        if (!possessive && isViewpoint(t, s, e)) return Role.SUBJECT;
        // "David Davis echoed criticisms of the way Mr Blunkett introduced the rules": the subject of a clause
        // a noun or "how" opens is not the sentence's.
        if (before != null && (before.keyIn(CLAUSE_NOUN_OPENERS) && s > 1 && t.get(s - 2).keyIn(THE) || before.keyIn(WH_OPENERS))) {
            return Role.OTHER;
        }
        if (possessive || before != null && before.isWord() && before.keyIn(OBLIQUE_BEFORE)) return Role.OBLIQUE;
        if (before != null && before.is(",") && listGoesOn(t, e) && inListAfterPreposition(t, s)) return Role.OBLIQUE;
        int b = s - 1;
        while (b > 0 && t.get(b).isWord() && !t.get(b).isCapitalized() && NameRules.isRoleWord(t.get(b))) b--;
        // "stopped by officer Laura Benn": a role word between the preposition and the name changes nothing.
        if (b < s - 1 && t.get(b).isWord() && t.get(b).keyIn(OBLIQUE_BEFORE)) return Role.OBLIQUE;
        int v = e;
        if (v + 1 < t.size() && t.get(v).keyIn(AFFILIATIONS) && (t.get(v + 1).isCapitalized() || t.get(v + 1).key().equals("the"))) {
            // "Dan McLaughlin at the National Review agreed": past where the person works.
            v++;
            while (v < t.size() && (t.get(v).isCapitalized() || t.get(v).key().equals("the") || t.get(v).keyIn(NameRules.NAME_PARTICLES))) v++;
        }
        if (e - s >= 2 && v + 1 < t.size() && t.get(v).is(",") && s > 0 && t.get(s - 1).is(",") && isVerbLike(t, v + 1)) {
            // "His party leader, Michael Howard, argued": a full name as the aside, and the verb after it its
            // own (not "of Baldwin, Miss., dismisses", a town and a state).
            return speaksNext(t, v + 1) ? Role.SPEAKER : Role.SUBJECT;
        }
        if (v < t.size() && (t.get(v).is(",") || t.get(v).is("("))) {
            // "Rendell, a Clinton surrogate, said", "Sen. David Perdue (R-Ga.) said", "Christie, who has
            // campaigned heavily for … since February, blasted": past the aside.
            String close = t.get(v).is(",") ? "," : ")";
            int longest = v + 1 < t.size() && (t.get(v + 1).is("who") || t.get(v + 1).is("whose")) ? 30 : 12;
            int c = v + 1;
            while (c < t.size() && c - v <= longest && !t.get(c).is(".")) {
                if (t.get(c).is(close)) {
                    // A relative clause may hold commas of its own; the aside ends where a verb follows.
                    boolean verbNext = c + 1 < t.size() && t.get(c + 1).isWord() && !t.get(c + 1).isCapitalized()
                            && !t.get(c + 1).keyIn(NOT_VERBS);
                    if (longest == 12 || verbNext) break;
                }
                c++;
            }
            if (c < t.size() && t.get(c).is(close)) v = c + 1;
            else if (close.equals(",") && speaksAfterUnclosedRole(t, v)) return Role.SPEAKER;
            else if (close.equals(",") && actsAfterUnclosedRole(t, v)) return Role.SUBJECT;
        }
        if (v < t.size() && isVerbLike(t, v)) return speaksNext(t, v) ? Role.SPEAKER : Role.SUBJECT;
        return Role.OTHER;
    }

    /**
     * Whether a role in lower case after the comma at {@code comma} runs, with no comma of its own, into a
     * speech verb: "Chris Panayis, managing director of ISP Freedom2surf said" is his saying, an apposition
     * the writer never closed.
     */
    private static boolean speaksAfterUnclosedRole(List<Token> t, int comma) {
        int r = roleAfterComma(t, comma);
        if (r < 0) return false;
        for (int x = r + 1; x < t.size() && x - comma <= 12; x++) {
            Token w = t.get(x);
            if (!w.isWord() || w.keyIn(RELATIVE_WORDS)) return false;
            if (isLowerWord(w) && w.keyIn(NameRules.SPEECH_VERBS)) return true;
        }
        return false;
    }

    private static final WordSet RELATIVE_WORDS = WordSet.of("that", "which", "who", "whose", "whom");
    /**
     * Where the role word in lower case stands that the words after the comma at {@code comma} end on, a
     * determiner and up to three lower-case words before it ("managing director", "the marketing manager");
     * -1 when there is none.
     */
    private static int roleAfterComma(List<Token> t, int comma) {
        int j = comma + 1;
        if (j < t.size() && t.get(j).keyIn(DETERMINERS)) j++;
        int r = j;
        while (r < t.size() && r - j < 3 && isLowerWord(t.get(r)) && !NameRules.isRoleWord(t.get(r))) r++;
        return r < t.size() && isLowerWord(t.get(r)) && NameRules.isRoleWord(t.get(r)) ? r : -1;
    }

    private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "it", "we", "you");

    /**
     * Whether a role in lower case after the comma at {@code comma}, with where the person works after it,
     * runs with no comma of its own into a verb: "Ann Simpson, marketing manager at Snappy Snaps believes the
     * convenience … will continue" makes her the sentence's subject, as a closed apposition would.
     */
    private static boolean actsAfterUnclosedRole(List<Token> t, int comma) {
        int r = roleAfterComma(t, comma);
        if (r < 0 || r + 2 >= t.size() || !t.get(r + 1).keyIn(AFFILIATIONS)) return false;
        int v = r + 2;
        while (v < t.size() && v - r <= 6 && (t.get(v).isCapitalized() || t.get(v).keyIn(DETERMINERS) || t.get(v).keyIn(NameRules.NAME_PARTICLES))) v++;
        return v > r + 2 && t.get(v - 1).isCapitalized() && isVerbLike(t, v);
    }

    /**
     * Whether the name at {@code s} is where words came from: "One dissenting opinion came from Brian
     * Gammage, vice-president of research at Gartner", "Among the tributes was one from his friend, the
     * producer Quincy Jones". News introduces a new voice so, and the "he said" after the quote is theirs;
     * read as a name after a preposition, the person named before took the quote.
     */
    private static boolean voiceFrom(List<Token> t, int s) {
        // ("from" as written: this is asked of every name, and a key is a copy.)
        int f = s - 1;
        while (f > 0 && s - f <= 6 && !t.get(f).is("from")) f--;
        if (f < 1 || !t.get(f).is("from") || !t.get(f - 1).keyIn(VOICES)) return false;
        // Between them, only words that describe the person ("his friend, the producer"): each run of
        // them opens with a determiner ("came from two sets down to defeat Saulnier" is something else).
        boolean inRun = false;
        for (int k = f + 1; k < s; k++) {
            Token w = t.get(k);
            if (w.is(",")) {
                inRun = false;
            } else if (!isLowerWord(w)) {
                return false;
            } else if (w.keyIn(DESCRIPTION_OPENERS)) {
                inRun = true;
            } else if (!inRun) {
                return false;
            }
        }
        return true;
    }

    /** What comes from a person when they speak: "criticism came from", "a warning from", "one from". */
    private static final WordSet VOICES = WordSet.of("came", "come", "comes", "one", "opinion", "warning", "criticism",
            "praise", "tribute", "tributes", "reaction", "response", "support", "backing", "comment", "comments", "call",
            "plea", "message", "statement", "word", "view", "views", "attack", "rebuke", "defence", "defense");

    /**
     * Whether the "'s" before {@code t[e]} is "is" or "has", not a possessive: "Adam Curry's pressing ahead",
     * "Smith's been told", not "Trump's closing argument".
     */
    private static boolean isContractedVerb(List<Token> t, int e) {
        if (e >= t.size() || !t.get(e - 1).endsWith("'s") || !isLowerWord(t.get(e))) return false;
        Token v = t.get(e);
        if (v.keyIn(CONTRACTED_AFTER)) return true;
        return v.endsWith("ing") && e + 1 < t.size() && isLowerWord(t.get(e + 1)) && t.get(e + 1).keyIn(AFTER_PROGRESSIVE);
    }

    private static final WordSet CONTRACTED_AFTER = WordSet.of("been", "got", "not", "gone", "said", "told");

    /** Words that follow a verb in -ing but no adjective in -ing before its noun: "pressing ahead", "going to". */
    private static final WordSet AFTER_PROGRESSIVE = WordSet.of("ahead", "to", "on", "up", "out", "off", "for", "with",
            "in", "at", "into", "back", "about", "the", "a", "an", "his", "her", "their", "its", "that", "this", "it");

    /** Whether a verb in -ing follows the name ending at {@code e}, maybe past an aside in dashes or commas. */
    private static boolean participleAfter(List<Token> t, int e) {
        int v = e;
        if (v < t.size() && (t.get(v).is("—") || t.get(v).is("–") || t.get(v).is(","))) {
            Token open = t.get(v);
            int close = v + 1;
            while (close < t.size() && close - v <= 15 && !t.get(close).is(open.text()) && !t.get(close).is(".")) close++;
            if (close >= t.size() || !t.get(close).is(open.text())) return false;
            v = close + 1;
        }
        return v < t.size() && t.get(v).isWord() && !t.get(v).isCapitalized() && t.get(v).endsWith("ing");
    }

    /**
     * Whether {@code t[v]} reads as the verb of a subject before it, maybe after an adverb: a past in -ed, a
     * present in -s, an auxiliary or a common irregular past ("Ham made", "Clinton doesn't", not "Clinton campaign").
     */
    private static boolean isVerbLike(List<Token> t, int v) {
        if (v >= t.size() || !t.get(v).isWord() || t.get(v).isCapitalized()) return false;
        while (v + 1 < t.size() && t.get(v).keyIn(ADVERBS)) v++;
        Token w = t.get(v);
        if (!w.isWord() || w.isCapitalized()) return false;
        if (v + 2 < t.size() && t.get(v + 1).length() == 1 && (t.get(v + 1).is("’") || t.get(v + 1).is("'"))
                && t.get(v + 2).is("t")) {
            return true; // "doesn’t", tokenized as three
        }
        // The suffixes first: they answer for most words without a look-up ("as", "has been" aside).
        if (w.endsWith("s") && !w.endsWith("ss") && v + 1 < t.size() && isPluralVerb(t.get(v + 1))) {
            return false; // "Premiership clubs have seen": a plural noun before its own verb, no verb itself
        }
        if (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ics")) return !w.keyIn(NOT_VERBS);
        return w.endsWith("n't") || w.keyIn(COMMON_VERBS) || w.keyIn(NameRules.SPEECH_VERBS);
    }

    /** Whether {@code w} is a verb a plural subject takes: a verb in -s is never followed by one. */
    private static boolean isPluralVerb(Token w) {
        if (!w.isWord() || w.isCapitalized() || w.length() > 5) return false;
        return switch (w.key()) {
            case "have", "had", "are", "were", "will", "would", "could", "can", "should", "must", "may", "might" -> true;
            default -> false;
        };
    }

    private static final WordSet ACCORDING = WordSet.of("according");

    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "these", "those");

    /** Prepositions that say where a person works: "Edward Alden of the Council on Foreign Relations said". */
    private static final WordSet AFFILIATIONS = WordSet.of("at", "of", "from", "with");

    /** Words before a name that put it in a phrase of its own: "under President Obama", "with Rusty Humphries". */
    private static final WordSet OBLIQUE_BEFORE = WordSet.of("by", "to", "with", "against", "over", "from", "than",
            "under", "of", "for", "about", "on", "in", "at", "into", "after", "before", "like", "unlike", "between",
            "among", "toward", "towards", "versus", "vs", "v", "beat", "beating", "defeated", "defeating", "replaced",
            "replacing", "joined", "joining", "behind", "alongside", "including", "and");

    /** Lower-case words after a name that are no verb of which the name is the subject. */
    private static final WordSet NOT_VERBS = WordSet.of("and", "or", "but", "of", "in", "on", "at", "to", "for",
            "with", "from", "by", "as", "the", "a", "an", "that", "which", "who", "whose", "than", "about", "into",
            "over", "under", "after", "before", "during", "since", "while", "when", "if", "because", "so",
            "between", "among", "against", "via", "per", "de", "van", "von", "jr", "sr");

    private static final WordSet STATEMENT_VERBS = WordSet.of("issued", "released");

    /** {@link #isHonorific(String)} of the word without a possessive ending, by its mask when it has no period. */
    private static boolean isHonorific(Token w) {
        if (w.isPossessive() || w.text().indexOf('.') >= 0) return isHonorific(w.withoutPossessive());
        return w.textIn(NameRules.HONORIFICS);
    }

    /** "Sen.", "President": a title written before a name. */
    private static boolean isHonorific(String word) {
        if (word.indexOf('.') < 0) return NameRules.HONORIFICS.containsLowerCased(word);
        return NameRules.isTitle(word) || NameRules.HONORIFICS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Whether {@code word} is the last word of a full name before {@code position} that opens with a known first name. */
    private boolean isSurnameOfPerson(String word, int position) {
        String full = canonical(word, position);
        int space = full.indexOf(' ');
        return space > 0 && FirstNames.isFirstName(full.substring(0, space));
    }

    /** Whether the words before {@code t[s]} are "of", maybe with a determiner and an adjective after it ("of the older"). */
    private static boolean inOfPhrase(List<Token> t, int s) {
        int b = s - 1;
        if (b >= 1 && isLowerWord(t.get(b)) && !t.get(b).keyIn(DETERMINERS) && t.get(b - 1).keyIn(DETERMINERS)) b--;
        if (b >= 1 && t.get(b).keyIn(DETERMINERS)) b--;
        return b >= 0 && t.get(b).is("of");
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
            boolean honorific = isHonorific(t.get(first));
            for (boolean drop = honorific; drop && k - first > 1 && !(k - first == 2 && NameRules.isKnightly(t.get(first).text()));
                    drop = isHonorific(t.get(first))) {
                first++;
            }
            // "Singer George Michael", "Boss Steve Bruce": a role word at a sentence start is no part of the name.
            while (k - first > 2 && (NameRules.ROLES.containsLowerCased(t.get(first).withoutPossessive())
                    || NameRules.ROLE_NOUNS.containsLowerCased(t.get(first).withoutPossessive()))) {
                first++;
            }
            // "Defiant Matt Williams says he will not quit": a word that opens the sentence before a first
            // name and a surname describes the person, unless it is a first name itself ("John Paul Jones").
            if (k - first == 3 && first == s && opensSentence(t, s) && !FirstNames.isFirstName(t.get(first))
                    && FirstNames.isFirstName(t.get(first + 1))) {
                first++;
            }
            // "Indiana Gov. Mike Pence", "Senate Majority Leader Mitch McConnell": the person follows the last title.
            for (int j = k - 2; j > first; j--) {
                Token w = t.get(j);
                if (!w.isPossessive() && (w.keyIn(NameRules.HONORIFICS) || NameRules.isRoleWord(w))) {
                    first = j + 1;
                    break;
                }
            }
            // "Called Speegle, it has …": a participle that names a thing is no part of the name.
            if (k - first >= 2 && first == s && opensSentence(t, s) && t.get(first).keyIn(NAMING_PARTICIPLES)) first++;
            // "Spaniard Guillermo Garcia-Lopez said": a demonym before a first name and a surname is no part of the name.
            if (k - first >= 3 && t.get(first).keyIn(NameRules.DEMONYMS) && !FirstNames.isFirstName(t.get(first))
                    && FirstNames.isFirstName(t.get(first + 1))) {
                first++;
            }
            // "Secretary of State John F. Kerry", "Chancellor of the Exchequer Gordon Brown": the office is no part of the name.
            while (k - first > 2 && s > 0 && (t.get(s - 1).is("of") || t.get(s - 1).is("the"))
                    && t.get(first).keyIn(NameRules.OFFICES)) {
                first++;
            }
            if (k - first >= 3) {
                String[] words = new String[k - first];
                for (int j = first; j < k; j++) words[j - first] = t.get(j).withoutPossessive();
                first += gluedWords(words);
            }
            int size = k - first;
            // ("Dr Fox accused": after an honorific, a first word that opens places' names is a surname.)
            if (size > 4 || !NameRules.looksLikePerson(honorific ? t.get(s) : t.get(first), t.get(k - 1))
                    // ("Leading actor Edward Fox … Fox told the South Wales Evening Post": a surname the article gave a
                    // person in full, with a first name, is theirs, though "Fox" opens outlets' names.)
                    && !(size == 1 && isSurnameOfPerson(t.get(first).withoutPossessive(), t.get(first).start()))) {
                continue;
            }
            // "the Birchfield Harrier has yet to build on his title": words after "the" with no title or first
            // name among them are a club, a band, a nickname, an office; no "he" or "she" means them. (They
            // stay a name: "the Scottish Executive" is what a later "the Executive" means.)
            // ("the first Indian woman to win a WTA Tour title": nor after "a".)
            boolean nobody = size >= 2 && first == s && !honorific && s > 0 && (t.get(s - 1).keyIn(THE) || t.get(s - 1).keyIn(INDEFINITE_ARTICLES))
                    && !FirstNames.isFirstName(t.get(first)) && !t.get(k - 1).isPossessive()
                    // ("a tough Australian Open title defence. "…," she said": a demonym and one word is an event.)
                    || size == 2 && t.get(first).withoutPossessiveIn(NameRules.DEMONYMS)
                    // ("St Helens", "St Andrews": a saint's name is a place's or a club's.)
                    || t.get(s).keyIn(SAINT);
            // "I Can't Stop Loving You", "Don't Stop Believin'": the words after a capitalized contraction are a title's.
            if (s > 0 && t.get(s - 1).isCapitalized() && t.get(s - 1).endsWith("n't")) continue;
            // "next weekend's Norwich Union European Indoor trials": names after a common noun's possessive and
            // before a noun of their own qualify the noun; they are no person.
            if (k - first >= 2 && s > 0 && k < t.size() && isLowerWord(t.get(k)) && !t.get(k).keyIn(NOT_VERBS)
                    && isLowerWord(t.get(s - 1)) && t.get(s - 1).isPossessive()) {
                continue;
            }
            // "A Department for Education and Skills spokeswoman said": a word that ends an organisation's name
            // joined by "for", "of" or "and" is no person, and the "She added" after it is not theirs.
            // ("the Campaign for Tobacco-Free Kids", "A Department for Constitutional Affairs spokeswoman": the
            // same for more words, when no first name opens them.)
            if ((k - first == 1 || !FirstNames.isFirstName(t.get(first))) && NameRules.organisationNameStart(t, s) >= 0) continue;
            // "He loves doing The Daily Source Code": a capital "The" inside a sentence opens a title's name, never a person's.
            if (s > 1 && k - s >= 2 && t.get(s - 1).is("The") && !opensSentence(t, s - 1)) continue;
            String name = name(t, first, k);
            if (size >= 2 && NameRules.onlyPartyOrPlaceWords(t, first, k)) continue; // "Scottish Conservative"
            // ("distance himself from Mr Iliaronov's comments": right after a possessive, "comments" is a noun.
            // "Clinton's campaign contended" still has her side speaking.)
            // ("The restoration of the older Star Wars episodes revealed": the of-phrase's words are no subject.)
            boolean ofPhrase = first == s && !honorific && !FirstNames.isFirstName(t.get(first)) && inOfPhrase(t, s);
            boolean speaks = speaksNext(t, k) && !(k < t.size() && t.get(k - 1).isPossessive() && !isContractedVerb(t, k)
                    && t.get(k).keyIn(NameRules.SPEECH_VERBS)) && !ofPhrase;
            // A lone capitalized word is a person when it is a surname seen in full, when it speaks ("Carter
            // said"), or when it does something and is no common word capitalized to open a sentence ("Ham made
            // it clear", not "Delegates questioned").
            boolean person = size >= 2 || honorific || speaks || canonical(name, t.get(s).start()).indexOf(' ') > 0;
            // "DiCaprio, who lost out to Foxx, will face him": "who" after a word says it is a person.
            boolean who = k + 1 < t.size() && t.get(k).is(",") && t.get(k + 1).key().equals("who");
            if (!person && !who && !isLoneSurname(t, s)) continue;
            if (who) people.add(canonical(name, t.get(s).start()));
            if (size == 1 && (t.get(first).keyIn(NameRules.PLACES) || t.get(first).keyIn(NameRules.COUNTRIES))) continue;
            // "The Brazilian confirmed", "the Irishman said", "the Cardinal will", "The Aviator won": a
            // nationality, a title, a work; no person is "the" and one word. ("The SFA said": an acronym is an organisation speaking.)
            // It means the person just written about, if anyone (see addAll), and a "he" after it no one else.
            // "the Cardinal will ask": a title alone is no name either.
            boolean the = size == 1 && (!honorific || t.get(first).keyIn(NameRules.TITLES_ONLY)) && s > 0 && t.get(s - 1).keyIn(THE) && !NounPhrases.isAcronym(t.get(first).withoutPossessive());
            Role role = ofPhrase ? Role.OBLIQUE : role(t, s, k, speaks);
            // "Despite praising the Irish", "The Holland international said": an object, or a word qualifying
            // the noun after it, is no one at all.
            if (the && (role != Role.SUBJECT && role != Role.SPEAKER || !isVerbLike(t, k))) continue;
            // ("Foster, however, declared": speaking past an adverb in commas is doing something too.)
            boolean speaksPastAdverb = role == Role.SPEAKER && adverbInCommas(t, k);
            if (!person && !(who && FirstNames.isFirstName(t.get(first))) && (role != Role.SUBJECT && !speaksPastAdverb || opensSentence(t, s) && isCommonWord(t.get(s)))) continue;
            boolean object = s > 0 && t.get(s - 1).keyIn(BEFORE_OBJECTS);
            char gender = gender(t, s, first, k);
            // A first name alone before "who" ("Jane, who runs the website, …") is a person of that gender.
            if (gender == '?' && who && size == 1) gender = FirstNames.genderOfFirstName(name);
            if (nobody) gender = NO_GENDER;
            out.add(new Mention(t.get(first).start(), t.get(k - 1).start() + t.get(k - 1).withoutPossessive().length(),
                    the ? UNNAMED + t.get(first).key() : name, speaks, object, role, titles(t, s, first, k), gender));
        }
        return out;
    }
}
