package org.articlesearch.split;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.articlesearch.model.Article;
import org.articlesearch.model.Block;
import org.articlesearch.model.BlockKind;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;

/**
 * Cuts an article into quote, paragraph and caption passages, in article order. Stateless and
 * thread-safe; one instance serves any number of articles.
 */
public final class ArticleSplitter {
    /**
     * Quoted spans shorter than this are titles, nicknames, scare quotes or one-word answers: they
     * stay searchable in their paragraph but are no quote document.
     */
    static final int MIN_QUOTE_WORDS = 4;

    /** A stretch of text that becomes one paragraph or caption. */
    private record Region(int block, int start, int end, PassageType type, List<Token> tokens) {
        Region(int block, int start, int end, PassageType type) {
            this(block, start, end, type, null);
        }
    }

    /** A quoted span found in a region, possibly continued over following paragraphs. */
    private record Candidate(int block, int open, int contentStart, int contentEnd, int close, int regionIndex) {
    }

    /** Whether the people tracking reads every paragraph: the reference {@link #regionsAnyQuoteReads} is tested against. */
    private final boolean scanWholeArticle;

    public ArticleSplitter() {
        this(false);
    }

    ArticleSplitter(boolean scanWholeArticle) {
        this.scanWholeArticle = scanWholeArticle;
    }

    /**
     * How many regions, from the first, the people tracking ({@link SpeakerContext#scan}) reads: up to the
     * region where the last quote ends, and one more, none when the article quotes nobody. What follows the
     * last quote is never asked about, and news often ends on narrative: 29% of BBC's text stands after an
     * article's last quote, 15% in articles with none, and not reading it made splitting 12% faster. (The
     * one more: a description there ("The 26-year-old had treatment") can resolve the quote's "he said"
     * before the quote asks, and pronouns are resolved once, in order; two BBC quotes changed without it.)
     * {@code PeopleTrackingExtentTest} pins the passages and speakers to those of the whole article's reading.
     */
    private static int regionsAnyQuoteReads(List<Region> regions, List<Candidate> candidates) {
        int last = -1;
        for (Candidate c : candidates) last = Math.max(last, c.close() < 0 ? c.regionIndex() : regionIndexOf(regions, c.close()));
        for (int r = regions.size() - 1; r > last; r--) {
            if (regions.get(r).type() == PassageType.QUOTE) last = r;
        }
        return last < 0 ? 0 : Math.min(regions.size(), last + 2);
    }

    /**
     * Splits one article. Example: {@code new ArticleSplitter().split(Article.of("a", "T", "\"Hi there, all of you,\" she said."))}.
     */
    public List<Passage> split(Article article) {
        String text = article.text();
        List<Region> regions = regions(article);
        List<Candidate> candidates = quoteCandidates(text, regions);
        ArticleTokens tokens = tokens(text, regions);
        tokens.markSurnames();
        SpeakerContext context = new SpeakerContext(article.title());
        int scanned = scanWholeArticle ? regions.size() : regionsAnyQuoteReads(regions, candidates);
        for (int r = 0; r < scanned; r++) {
            Region region = regions.get(r);
            if (region.type() != PassageType.PARAGRAPH) continue;
            List<int[]> quoted = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.regionIndex() == r) quoted.add(new int[] {c.open(), c.close() < 0 ? c.contentEnd() : c.close() + 1});
            }
            context.scan(tokens, region.start(), region.end(), quoted);
        }

        List<Passage> out = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            String speaker = region.type() == PassageType.QUOTE ? blockQuoteSpeaker(article, tokens, regions, r, context) : null;
            out.add(passage(article, region.type(), region.start(), region.end(), speaker, region.block()));
        }
        Speaker previousSpeaker = null;
        // Whether the quote that set previousSpeaker was attributed by a "he" or "she" that meant no one we could name.
        boolean previousUnresolved = false;
        int previousBlock = -1;
        int previousEndBlock = -1;
        int previousEnd = 0;
        int previousRegion = -1;
        for (Candidate c : candidates) {
            Region region = regions.get(c.regionIndex());
            int[] span = trim(text, c.contentStart(), c.contentEnd());
            if (span[1] <= span[0]) continue;
            String content = text.substring(span[0], span[1]);
            int sentenceStart = Math.min(c.open(), Math.max(region.start(), lastSpeechEnd(out, c.open())));
            int afterEnd = nextBoundary(candidates, c, regionEnd(regions, c));
            Attribution attribution = null;
            // ("instead of the "bonfire of quangos" New Labour had promised": a quote after "the" that ends
            // with no mark is a noun in the sentence, and the clause after it no attribution.)
            if (c.close() >= 0 && !isQuotedNoun(tokens, sentenceStart, c)) {
                attribution = Attribution.after(tokens, c.close() + 1, afterEnd, endsSentence(content));
            }
            // ("Mr Brown liked to rattle off "…" in a bid to convince people there was no "black hole" …, the Tory leader
            // said.": a sentence someone reports at its end is theirs, whatever the words before the quote say.)
            Attribution report = (attribution == null || attribution.kind() == Attribution.Kind.UNNAMED) && c.close() >= 0
                    ? context.reportAtSentenceEnd(c.close()) : null;
            if (report != null) attribution = report;
            boolean introduced = QuoteLead.isIntroduced(text, Math.max(sentenceStart, c.open() - 12), c.open());
            if (report == null && (attribution == null || attribution.kind() == Attribution.Kind.UNNAMED || introduced)) {
                // "Trump claimed that “…”, one of the prosecutors said …": what introduces a quote outranks what follows it.
                Attribution before = Attribution.before(tokens, sentenceStart, c.open());
                if (before != null && (attribution == null || before.kind() != Attribution.Kind.UNNAMED)) attribution = before;
            }
            if (attribution == null && c.open() == region.start() && c.regionIndex() > 0) {
                // A quote paragraph introduced by the paragraph before it: "Cruz continued:".
                Region before = regions.get(c.regionIndex() - 1);
                if (before.type() == PassageType.PARAGRAPH && text.charAt(before.end() - 1) == ':') {
                    attribution = Attribution.before(tokens, before.start(), before.end());
                }
            }
            if (attribution == null && c.close() >= 0 && c.open() == region.start()) {
                // A quote paragraph signed on the line after it: "“…” ¶ - Bernie Sanders."
                Region quoteRegion = regions.get(regionIndexOf(regions, c.close()));
                int next = regions.indexOf(quoteRegion) + 1;
                if (text.substring(c.close() + 1, quoteRegion.end()).isBlank() && next < regions.size()) {
                    attribution = Attribution.signature(tokens, regions.get(next).start(), regions.get(next).end());
                }
            }
            if (attribution == null && c.close() >= 0 && !endsSentence(content)) {
                // "Guns are “a crisis” and “a scourge,” Howard Dean said.": the sentence's next quote names its speaker.
                attribution = nextQuoteInSentence(tokens, candidates, c, regions);
            }
            boolean speech = isSpeech(tokens, span, content, attribution, sentenceStart, c.open());

            Speaker speaker = null;
            Speaker newcomer = null;
            int paragraphQuote = c.open() == region.start() ? c.open() : -1;
            // "… immigration ("It's not racist to impose limits on immigration") - under the headline …": a quote
            // in brackets with no attribution of its own is an example, a slogan or a title, not the last
            // speaker going on, nor anyone the narrative names.
            boolean bracketed = attribution == null && openedInBrackets(text, c.open());
            boolean continues = !bracketed && (c.block() == previousBlock || followsOn(text, c, region, previousRegion));
            // Who speaks next when it is not this quote's speaker.
            Speaker carried = null;
            if (attribution != null) {
                speaker = Speaker.of(switch (attribution.kind()) {
                    case NAME -> NameRules.speakerName(context.canonical(NameRules.withoutPossessive(attribution.name()), c.open()));
                    case DESCRIPTION -> context.description(attribution.name(), attribution.start());
                    case PRONOUN -> context.resolvePronoun(attribution.position(), attribution.name(),
                            content + namesBetween(tokens, attribution.end(), c.open()), paragraphQuote);
                    case UNNAMED -> null;
                }, attribution);
            } else if (continues && (newcomer = newcomerBefore(tokens, context, previousEnd, narrativeEnd(regions, c, region), previousSpeaker)) != null) {
                // "… "The government needs to act." Liberal Democrat spokesman Menzies Campbell repeated his
                // party's calls … "The public interest …"": a person the sentence between introduces speaks next.
                speaker = newcomer;
            } else if (previousSpeaker != null && context.otherSpeakerBetween(previousEnd, c.open(), previousSpeaker.name())) {
                // "…," he added. A UKIP spokesman said there were more than 40 MEPs …. "…": someone else spoke
                // since, so the quote is no longer the last speaker's (the rules below may find whose it is).
                speaker = null;
            } else if (continues && previousSpeaker != null && c.open() > sentenceStart && !followsSentenceEnd(text, sentenceStart, c.open())
                    && context.otherSubjectBetween(previousEnd, c.open(), previousSpeaker.name())
                    && !pointsTo(tokens, sentenceStart, c.open(), previousSpeaker.name())) {
                // "…," she said. And last week comedy star Tom Reed criticised British TV for being "too safe": a
                // phrase quoted inside a sentence, after someone else did something since the last quote, is not
                // the last speaker going on, unless the sentence names them or says "he" or "she" ("… for Holmes,
                // who has already admitted she "doesn't like the training anymore"").
                speaker = null;
            } else if (continues && previousSpeaker != null && hasOtherSubject(tokens, context, sentenceStart, c.open(), previousSpeaker)) {
                // "Academy president Frank Pierson praised Gibson's move … as a "celebration and appreciation of
                // excellence"": a quote inside a sentence about someone else is not the last speaker going on
                // (the sentence's subject, below, is whose words they are).
                speaker = null;
            } else if (continues) {
                // An unattributed quote after an attributed one continues the same speaker.
                speaker = previousSpeaker;
            } else if (!bracketed && c.block() == previousEndBlock && context.reporterBefore(previousEnd, c.open()) == null) {
                // … and so does one in the paragraph where a quote continued over paragraphs ends
                // ("…circumstances. ¶ "Yet …." "These …""), unless someone is reported speaking between.
                speaker = previousSpeaker;
            }
            // "A Department for Constitutional Affairs spokeswoman said …. "…," she said. "As Lord Woolf also
            // acknowledged, …"": a quote that continues one whose "she" meant no one we can name is still hers,
            // not the person the sentences before report.
            boolean continuesNobody = continues && speaker == null && previousUnresolved;
            if (speaker == null && attribution == null && !continuesNobody && !bracketed) {
                // "Carter said the region matters. “It is home to half the world.”"
                speaker = context.reporterBefore(windowStart(regions, c.regionIndex()), c.open());
                // Only a person, and only for a quote of a sentence's length: of 138 BBC quotes this gave a
                // speaker, 35 were wrong (read one by one), many of them a short phrase the narrative quotes
                // ("bonfire of the quangos", a slogan, a poll's answer) or an organisation or a place whose
                // person spoke ("Bristol" for Dr Erel Avineri, "THX" for Dr Mark Tuffy).
                // (A short one still leaves the reporter to speak next: "Trump told CNN, his policy would be
                // "to go after them" … ¶ "We have to do something …"".)
                if (speaker != null && !context.isPerson(speaker.name())) speaker = null;
                if (speaker != null && words(content) < MIN_REPORTED_QUOTE_WORDS) {
                    carried = speaker;
                    speaker = null;
                }
            }
            if (speaker == null && attribution == null && !bracketed && c.open() == region.start() && c.regionIndex() > 0
                    && regions.get(c.regionIndex() - 1).type() == PassageType.PARAGRAPH) {
                // "Viguerie is upbeat about Cruz. ¶ “Not only can he win…”": the paragraph before says whose it is.
                Region before = regions.get(c.regionIndex() - 1);
                Attribution subject = Attribution.subjectOfParagraphEnd(tokens, before.start(), before.end());
                if (subject != null && !insideQuote(candidates, subject.start())) speaker = Speaker.of(NameRules.speakerName(context.canonical(subject.name(), c.open())), subject);
            }
            if (speaker == null && attribution == null && !bracketed && c.open() > region.start() && followsSentenceEnd(text, region.start(), c.open())) {
                // "Mr Negroponte has adapted the idea to his own work in Cambodia … . "We put in 25 laptops …"":
                // a quote opening a sentence of its own is the person the sentence before is about.
                // Only a person the article names in full with a known first name: headings and brands open
                // sentences too ("Coming …", "Toyota …").
                Attribution subject = Attribution.subjectOfParagraphEnd(tokens, region.start(), c.open());
                // ("… different. Brian Kerr wanted to try it out … "The conditions …": a sentence of the quote
                // before, in the news style that opens each sentence of a quote and closes none, is no narrative.)
                String name = subject == null || insideQuote(candidates, subject.start()) ? null : NameRules.speakerName(context.canonical(subject.name(), c.open()));
                if (name != null && name.indexOf(' ') > 0 && FirstNames.isFirstName(name.substring(0, name.indexOf(' ')))) {
                    speaker = Speaker.of(name, subject);
                }
            }
            boolean unnamed = attribution == null || attribution.kind() == Attribution.Kind.UNNAMED;
            if (speaker == null && unnamed && !bracketed && c.open() > sentenceStart) {
                Attribution subject = Attribution.subjectOfSentence(tokens, sentenceStart, c.open());
                if (subject != null) speaker = Speaker.of(NameRules.speakerName(context.canonical(subject.name(), c.open())), subject);
            }
            if (speaker == null && attribution != null && attribution.kind() == Attribution.Kind.UNNAMED && attribution.name() != null) {
                // "…," the commission said: the body the article named ("The Electoral Commission …"), when it did.
                String body = context.description(attribution.name(), attribution.start());
                if (body != null) speaker = Speaker.of(body, attribution);
            }
            if (speaker != null && attribution == null && SpeakerContext.namedIn(speaker.name(), content)) {
                // "The soundtrack is … sung by … Dakota Fanning": a speaker only guessed from the context,
                // but named in the quote itself, is who it talks about. People rarely quote themselves by name.
                speaker = null;
            }
            if (speaker != null && attribution != null && attribution.kind() == Attribution.Kind.NAME) {
                context.noteSpeaker(speaker.name(), c.open());
            }
            // A short attributed quote ("No," she said) is no document, but it names who speaks next.
            if (attribution != null || c.block() != previousBlock || newcomer != null && speaker == newcomer) {
                previousSpeaker = carried != null ? carried : speaker;
                previousUnresolved = speaker == null && attribution != null && attribution.kind() == Attribution.Kind.PRONOUN;
            }
            previousBlock = c.block();
            previousRegion = c.regionIndex();
            int endRegion = c.close() >= 0 ? regionIndexOf(regions, c.close()) : regionIndexOf(regions, Math.max(c.open(), c.contentEnd() - 1));
            previousEndBlock = regions.get(endRegion).block();
            previousEnd = c.close() >= 0 ? c.close() + 1 : c.contentEnd();
            if (!speech) continue;
            out.add(quote(article, span[0], span[1], speaker, c.block()));
        }
        out.sort(Comparator.comparingInt(Passage::start).thenComparing(Comparator.comparingInt(Passage::end).reversed()));
        List<Passage> numbered = new ArrayList<>(out.size());
        for (Passage p : out) {
            numbered.add(new Passage(article.id() + "#" + numbered.size(), p.articleId(), p.type(), p.text(),
                    p.speaker(), p.paragraph(), p.start(), p.end(), p.speakerMention(), p.speakerStart(), p.speakerEnd()));
        }
        return numbered;
    }

    /**
     * Who a block quote is credited to: the source's credit ({@code <cite>}), else the speaker the
     * paragraph before introduces ("Cruz wrote:"), else a "— Name" line right after it.
     */
    private static String blockQuoteSpeaker(Article article, ArticleTokens tokens, List<Region> regions, int r,
                                            SpeakerContext context) {
        String text = article.text();
        String credited = article.blocks().get(regions.get(r).block()).speaker();
        if (credited != null) return credited;
        if (r > 0) {
            Region before = regions.get(r - 1);
            if (before.type() == PassageType.PARAGRAPH && text.charAt(before.end() - 1) == ':') {
                Attribution a = Attribution.before(tokens, before.start(), before.end());
                if (a != null && a.kind() == Attribution.Kind.NAME) {
                    return NameRules.speakerName(context.canonical(NameRules.withoutPossessive(a.name()), before.end()));
                }
                if (a != null && a.kind() == Attribution.Kind.DESCRIPTION) return a.name();
            }
        }
        if (r + 1 < regions.size()) {
            String next = text.substring(regions.get(r + 1).start(), regions.get(r + 1).end());
            if (next.length() < 60 && next.matches("^[—–-]+\\s*\\p{Lu}.*")) return next.replaceFirst("^[—–-]+\\s*", "").strip();
        }
        return null;
    }

    private static int regionIndexOf(List<Region> regions, int offset) {
        for (int r = 0; r < regions.size(); r++) {
            if (offset >= regions.get(r).start() && offset < regions.get(r).end()) return r;
        }
        return regions.size() - 1;
    }

    /** Words a sentence may hold between two quotes that share the attribution after the second. */
    private static final int MAX_WORDS_BETWEEN_QUOTES = 8;

    /**
     * The named attribution after the next quote of the same sentence, when only a few words and no
     * sentence end stand between the two quotes; null otherwise.
     */
    private static Attribution nextQuoteInSentence(ArticleTokens tokens, List<Candidate> all, Candidate c, List<Region> regions) {
        String text = tokens.text();
        int k = all.indexOf(c) + 1;
        if (k >= all.size()) return null;
        Candidate next = all.get(k);
        if (next.regionIndex() != c.regionIndex() || next.close() < 0) return null;
        List<Token> between = tokens.tokenize(c.close() + 1, next.open());
        int words = 0;
        for (Token t : between) {
            if (t.is(".") || t.is("!") || t.is("?") || t.is(";") || t.is(":")) return null;
            if (t.isWord()) words++;
        }
        if (words > MAX_WORDS_BETWEEN_QUOTES) return null;
        int[] span = trim(text, next.contentStart(), next.contentEnd());
        if (span[1] <= span[0]) return null;
        Attribution a = Attribution.after(tokens, next.close() + 1, nextBoundary(all, next, regionEnd(regions, next)),
                endsSentence(text.substring(span[0], span[1])));
        return a != null && a.kind() == Attribution.Kind.NAME ? a : null;
    }

    /**
     * Whether the quote at {@code open} stands inside a sentence whose subject is a name other than {@code
     * previous}: the words before it in its sentence are narrative about someone else.
     */
    private static boolean hasOtherSubject(ArticleTokens tokens, SpeakerContext context, int sentenceStart, int open, Speaker previous) {
        if (open <= sentenceStart || followsSentenceEnd(tokens.text(), sentenceStart, open)) return false;
        Attribution subject = Attribution.subjectOfSentence(tokens, sentenceStart, open);
        if (subject == null || subject.kind() != Attribution.Kind.NAME) return false;
        String name = NameRules.speakerName(context.canonical(subject.name(), open));
        // ("Less impressed were fellow students …": only a person the article shows to be one.)
        return name != null && !name.equals(previous.name()) && context.isPerson(name);
    }

    /** Whether the sentence that ends at {@code to} names {@code speaker} or holds a "he" or "she" before it. */
    private static boolean pointsTo(ArticleTokens tokens, int from, int to, String speaker) {
        List<Token> sentence = SentenceTokens.lastSentence(tokens.tokenize(from, to));
        if (sentence.isEmpty()) return false;
        for (Token w : sentence) {
            if (w.isHeOrShe()) return true;
        }
        return SpeakerContext.namedIn(speaker, tokens.text().substring(sentence.get(0).start(), to));
    }

    /** Whether {@code text[from, to)} ends, spaces aside, with a full stop, a question or an exclamation mark. */
    private static boolean followsSentenceEnd(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && Token.isSpace(text.charAt(i))) i--;
        return i >= from && ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** A paragraph that opens with a quote, right after a paragraph whose last quote was attributed. */
    private static boolean followsOn(String text, Candidate c, Region region, int previousRegion) {
        return previousRegion == c.regionIndex() - 1 && c.open() == region.start();
    }

    private static Passage passage(Article a, PassageType type, int start, int end, String speaker, int block) {
        return new Passage(a.id(), a.id(), type, a.text().substring(start, end), speaker, block, start, end);
    }

    private static Passage quote(Article a, int start, int end, Speaker speaker, int block) {
        if (speaker == null) return passage(a, PassageType.QUOTE, start, end, null, block);
        String mention = speaker.start() >= 0 ? a.text().substring(speaker.start(), speaker.end()) : null;
        return new Passage(a.id(), a.id(), PassageType.QUOTE, a.text().substring(start, end), speaker.name(), block, start, end,
                mention, mention == null ? -1 : speaker.start(), mention == null ? -1 : speaker.end());
    }

    /** The article's tokens, each region tokenized once. */
    private static ArticleTokens tokens(String text, List<Region> regions) {
        int[] starts = new int[regions.size()];
        int[] ends = new int[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            starts[r] = regions.get(r).start();
            ends[r] = regions.get(r).end();
        }
        ArticleTokens tokens = new ArticleTokens(text, starts, ends);
        for (int r = 0; r < regions.size(); r++) {
            if (regions.get(r).tokens() != null) tokens.setRegion(r, regions.get(r).tokens());
        }
        return tokens;
    }

    /**
     * Whether the quote is a noun phrase of its sentence: a determiner before it, no mark at its end, and
     * a capitalized word right after it, which opens a clause of its own.
     */
    private static boolean isQuotedNoun(ArticleTokens tokens, int sentenceStart, Candidate c) {
        String text = tokens.text();
        if (c.open() <= sentenceStart || !Character.isLetterOrDigit(text.charAt(c.close() - 1))) return false;
        int next = c.close() + 1;
        if (next + 1 >= text.length() || text.charAt(next) != ' ' || !Character.isUpperCase(text.charAt(next + 1))) return false;
        List<Token> before = tokens.tokenize(sentenceStart, c.open());
        return !before.isEmpty() && before.get(before.size() - 1).keyIn(QUOTED_NOUN_DETERMINERS);
    }

    private static final WordSet QUOTED_NOUN_DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "his", "her",
            "their", "its", "our");

    /**
     * The person the last sentence before a quote that would continue the speaker before brings in: its
     * subject, named in full there for the first time in the article, or a person it reports speaking; and
     * not the speaker before. Null when there is no such sentence.
     */
    private static Speaker newcomerBefore(ArticleTokens tokens, SpeakerContext context, int from, int open, Speaker previous) {
        if (from >= open) return null;
        Attribution subject = SentenceSubject.subjectOfLastSentence(tokens, from, open);
        if (subject == null || !context.introducesPersonAt(subject.name(), subject.start())) {
            // "Mr Babinet said the mobile phone had a number of advantages …. "Getting music …"": or one it reports speaking.
            subject = SentenceSubject.reporterOfLastSentence(tokens, from, open);
        }
        if (subject == null) return null;
        String name = NameRules.speakerName(context.canonical(subject.name(), open));
        return name == null || previous != null && name.equals(previous.name()) ? null : Speaker.of(name, subject);
    }

    /**
     * Where the words before a quote end: its opening mark, or for a quote that opens its paragraph, the end of
     * the paragraph before, so that the words are one region's, already tokenized.
     */
    private static int narrativeEnd(List<Region> regions, Candidate c, Region region) {
        if (c.open() != region.start() || c.regionIndex() == 0) return c.open();
        return regions.get(c.regionIndex() - 1).end();
    }

    /** Whether {@code position} lies in the words of a quote. */
    private static boolean insideQuote(List<Candidate> candidates, int position) {
        for (Candidate c : candidates) {
            if (c.contentStart() <= position && position < c.contentEnd()) return true;
        }
        return false;
    }

    /** Paragraph and caption regions: source captions, caption-like blocks, and captions glued to a paragraph. */
    private static List<Region> regions(Article article) {
        String text = article.text();
        List<Region> regions = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.CAPTION) {
                regions.add(new Region(i, b.start(), b.end(), PassageType.CAPTION));
            } else if (b.kind() == BlockKind.QUOTE) {
                // The source marks the whole block as quoted (HTML <blockquote>): one quote, no paragraph.
                regions.add(new Region(i, b.start(), b.end(), PassageType.QUOTE));
            } else {
                // Each block is cut into tokens once, here: the caption test and the rules after it share them.
                List<Token> blockTokens = Token.tokenize(text, b.start(), b.end());
                if (CaptionRules.isCaptionBlock(text, b.start(), b.end(), blockTokens)) {
                    regions.add(new Region(i, b.start(), b.end(), PassageType.CAPTION, blockTokens));
                    continue;
                }
                int glued = CaptionRules.gluedCaptionStart(text, b.start(), b.end());
                if (glued > b.start()) {
                    regions.add(new Region(i, b.start(), glued, PassageType.PARAGRAPH));
                    regions.add(new Region(i, glued, b.end(), PassageType.CAPTION));
                } else {
                    regions.add(new Region(i, b.start(), b.end(), PassageType.PARAGRAPH, blockTokens));
                }
            }
        }
        return regions;
    }

    /**
     * Quoted spans of every region, with a quote left open at the end of a paragraph continued into
     * the next paragraph when that one opens with a quotation mark (the newspaper convention).
     */
    private static List<Candidate> quoteCandidates(String text, List<Region> regions) {
        List<Candidate> out = new ArrayList<>();
        Candidate pending = null;
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            List<QuoteScanner.Span> spans = QuoteScanner.scan(text, region.start(), region.end());
            int first = 0;
            if (pending != null) {
                boolean continues = region.type() == PassageType.PARAGRAPH && !spans.isEmpty()
                        && spans.get(0).open() == region.start() && spans.get(0).mark() == QuoteScanner.Mark.DOUBLE;
                if (continues) {
                    QuoteScanner.Span s = spans.get(0);
                    pending = new Candidate(pending.block(), pending.open(), pending.contentStart(), s.contentEnd(),
                            s.close(), pending.regionIndex());
                    first = 1;
                    if (s.closed()) {
                        out.add(pending);
                        pending = null;
                    }
                } else {
                    out.add(pending);
                    pending = null;
                }
            }
            if (region.type() == PassageType.QUOTE) continue;
            if (region.type() == PassageType.CAPTION && region.end() - region.start() < 400) {
                // Captions keep their quoted titles; a spoken quote in a caption is rare.
                continue;
            }
            for (int k = first; k < spans.size(); k++) {
                QuoteScanner.Span s = spans.get(k);
                Candidate c = new Candidate(region.block(), s.open(), s.contentStart(), s.contentEnd(), s.close(), r);
                if (!s.closed() && k == spans.size() - 1 && s.mark() == QuoteScanner.Mark.DOUBLE) {
                    pending = c;
                } else {
                    out.add(c);
                }
            }
        }
        if (pending != null) out.add(pending);
        return out;
    }

    /** Whether a quoted span is speech rather than a title, a nickname or a scare quote. */
    private static boolean isSpeech(ArticleTokens text, int[] span, String content, Attribution attribution,
                                    int sentenceStart, int open) {
        List<Token> tokens = text.tokenize(span[0], span[1]);
        int words = 0, capitalized = 0, longWords = 0;
        for (Token t : tokens) {
            if (!t.isWord()) continue;
            words++;
            if (t.length() > 3) {
                longWords++;
                if (t.isCapitalized()) capitalized++;
            }
        }
        boolean attributed = attribution != null;
        boolean named = QuoteLead.isNamed(text.text(), Math.max(sentenceStart, open - 40), open);
        boolean titleCase = longWords > 0 && capitalized * 4 >= longWords * 3 && words <= 10
                && !endsLikeSpeech(content);
        if (named && (words <= 6 || titleCase)) return false;
        if (words < MIN_QUOTE_WORDS) return false;
        return !(titleCase && !attributed);
    }

    /**
     * The capitalized words between a "he" or "she" and the quote it introduces, for the pronoun to pass
     * over: "He thanked Eastwood and described the film as "a labour of love"" is not Eastwood's, as a
     * subject is never the object of its own verb. Empty when the pronoun comes after the quote.
     */
    private static String namesBetween(ArticleTokens tokens, int from, int to) {
        if (from >= to) return "";
        StringBuilder out = new StringBuilder();
        for (Token t : tokens.tokenize(from, to)) {
            if (t.isWord() && t.isCapitalized()) out.append(' ').append(t.text());
        }
        return out.toString();
    }

    /** Whether a "(" stands right before the quotation mark at {@code open}, spaces aside. */
    private static boolean openedInBrackets(String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && text.charAt(i) == '(';
    }

    /** The fewest words a quote needs to be given to a person only reported speaking before it. */
    private static final int MIN_REPORTED_QUOTE_WORDS = 6;

    /** How many runs of characters between spaces the quote has: a dash standing alone counts, as written. */
    private static int words(String content) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < content.length(); i++) {
            boolean space = Character.isWhitespace(content.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    private static boolean endsSentence(String content) {
        int end = content.length();
        // "… The kids will ask: 'What am I doing there?'": through a quote inside the quote.
        while (end > 1 && "'’\"”".indexOf(content.charAt(end - 1)) >= 0) end--;
        char last = content.charAt(end - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static boolean endsLikeSpeech(String content) {
        char last = content.charAt(content.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ',' || last == '…';
    }

    /** Where the last quote before {@code open} ends: the words before a quote do not reach back past it. */
    private static int lastSpeechEnd(List<Passage> passages, int open) {
        int bound = 0;
        for (Passage p : passages) {
            if (p.type() == PassageType.QUOTE && p.end() <= open) bound = Math.max(bound, p.end() + 1);
        }
        return bound;
    }

    private static int nextBoundary(List<Candidate> all, Candidate c, int regionEnd) {
        boolean seen = false;
        for (Candidate o : all) {
            if (seen && o.regionIndex() == c.regionIndex()) return o.open();
            if (o == c) seen = true;
        }
        return regionEnd;
    }

    private static int regionEnd(List<Region> regions, Candidate c) {
        // A continued quote closes in a later region; attribution follows it there.
        for (Region r : regions) {
            if (c.close() >= r.start() && c.close() < r.end()) return r.end();
        }
        return regions.get(c.regionIndex()).end();
    }

    /** Pronouns look back over the current and the previous paragraph. */
    private static int windowStart(List<Region> regions, int regionIndex) {
        for (int r = regionIndex - 1; r >= 0; r--) {
            if (regions.get(r).type() == PassageType.PARAGRAPH) return regions.get(r).start();
        }
        return regions.get(regionIndex).start();
    }

    /** The span without surrounding space and a trailing comma ("…on her own," keeps no comma). */
    private static int[] trim(String text, int start, int end) {
        while (start < end && Token.isSpace(text.charAt(start))) start++;
        while (end > start && (Token.isSpace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) end--;
        return new int[] {start, end};
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
