package org.articlesearch.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.articlesearch.model.BlockKind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a web page, the way readability does: paragraphs give points to the
 * containers around them (more for long text with commas, less for text in links, more or less by
 * what class names say), the best container and its like-scored siblings are the article, and
 * its blocks are read in order while share boxes, related-story lists, bylines and the like
 * inside it are dropped. Blocks get their kind from their tags: {@code <blockquote>} quotes,
 * {@code <figure>}, {@code <figcaption>} and descriptive image {@code alt} text captions.
 */
final class ArticleExtractor {
    /** Never article text, wherever they are. */
    private static final String NEVER_TEXT = "script, style, noscript, iframe, svg, template, button, select, textarea, "
            + "input, object, embed, canvas, nav, aside, header, menu, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=complementary], [role=dialog], [role=alertdialog], [role=menu], [role=menubar]";
    /** Readability's list of class and id words of page parts that hold no article. */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|community|"
            + "cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
            + "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|"
            + "newsletter|subscri|signup|promo|outbrain|taboola|recommend|trending|most-?read|most-?popular");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|"
            + "post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|"
            + "shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget");
    /** Class and id words of the boxes inside an article that are not its text. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)share|sharing|social|subscri|newsletter|signup|"
            + "sign-up|cookie|consent|gdpr|promo|related|recommend|trending|popular|outbrain|taboola|comment|disqus|"
            + "advert|sponsor|byline|dateline|author|timestamp|breadcrumb|toolbar|pagination|pager|sidebar|"
            + "(^|[\\s_-])ads?([\\s_-]|$)|sr-only|visually-hidden|screen-reader|read-?more|more-?stories|tags?([\\s_-]|$)");
    /** What the author embedded (a post, a video): content, whatever else its class names say. */
    private static final Pattern EMBED = Pattern.compile("(?i)embed");
    private static final Pattern SENTENCE = Pattern.compile("(?s).*[.!?…][\"”’)]?\\s*$");
    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|cutline|legend|credit");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|von|por|par|door|di)\\s+\\p{Lu}.*");
    private static final Pattern DATELINE = Pattern.compile("(?i).*\\b(\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|(jan|feb|mar|apr|may|"
            + "jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
            + "dec)[a-z]*|(updated|published|posted)\\b).*");
    /** Labels of the page's furniture that stand alone between paragraphs: ad slots, comment counts, slideshows. */
    private static final Set<String> UI_LABELS = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
            "sponsored content", "comments", "comment", "share", "share this", "share this article", "related",
            "related stories", "related articles", "read more", "more", "dont miss", "this slideshow requires javascript",
            "loading", "close", "skip ad", "continue reading", "story continues below");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "ul", "ol", "li", "dl", "dd", "dt", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "blockquote", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "form", "fieldset",
            "address", "hr", "center", "details", "summary", "caption", "picture", "video", "audio");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "pre", "li", "dd", "dt",
            "address", "td", "th", "summary");
    /** Below this many characters, an article found with the unlikely parts left out is tried again with them. */
    private static final int ENOUGH_TEXT = 500;
    /** Paragraphs shorter than this say nothing about where the article is. */
    private static final int MIN_PARAGRAPH = 25;
    /** Alt text shorter than this is a label ("logo", "photo"), not a description. */
    private static final int MIN_ALT_WORDS = 4;

    private ArticleExtractor() {
    }

    /** Text sizes of one element and its subtree, counted once so scoring stays linear. */
    private static final class Counts {
        int text;        // characters, whitespace runs counted once
        int inline;      // characters outside any block child: the element's own paragraph text
        int links;       // characters inside <a>
        int commas;
        int inlineCommas;
        boolean hasBlock; // a block element somewhere below
    }

    /** The article of {@code doc}. Changes the document (drops scripts, navigation and the like). */
    static HtmlArticle extract(Document doc) {
        PageMetadata metadata = PageMetadata.of(doc);
        doc.select(NEVER_TEXT).remove();
        for (Element footer : doc.select("footer")) {
            // A block quote's footer credits its speaker; every other footer is the page's or a box's small print.
            if (footer.closest("blockquote") == null) footer.remove();
        }
        doc.select("[style]").forEach(e -> {
            if (e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) e.remove();
        });
        Element body = doc.body();
        Map<Element, Counts> counts = count(body);
        List<HtmlArticle.Part> best = List.of();
        for (boolean strict : new boolean[] {true, false}) {
            Set<Element> unlikely = strict ? unlikely(body) : Collections.emptySet();
            List<Element> content = content(body, counts, unlikely);
            List<HtmlArticle.Part> parts = new Reader(counts, unlikely, metadata.title(), content).read();
            if (bodyLength(parts) > bodyLength(best)) best = parts;
            if (bodyLength(best) >= ENOUGH_TEXT) break;
        }
        return new HtmlArticle(metadata, best);
    }

    private static int bodyLength(List<HtmlArticle.Part> parts) {
        int n = 0;
        for (HtmlArticle.Part p : parts) {
            if (p.kind() != BlockKind.CAPTION) n += p.text().length();
        }
        return n;
    }

    private static Map<Element, Counts> count(Element root) {
        Map<Element, Counts> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) counts.put(e, new Counts());
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node.parent() instanceof Element parent) || node == root) return;
                Counts p = counts.get(parent);
                if (p == null) return;
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    int n = visibleLength(s);
                    int c = commas(s);
                    p.text += n;
                    p.inline += n;
                    p.commas += c;
                    p.inlineCommas += c;
                } else if (node instanceof Element e) {
                    Counts c = counts.get(e);
                    boolean block = isBlock(e);
                    p.text += c.text;
                    p.commas += c.commas;
                    p.links += e.normalName().equals("a") ? c.text : c.links;
                    p.hasBlock |= block || c.hasBlock;
                    if (!block && !c.hasBlock) {
                        p.inline += c.text;
                        p.inlineCommas += c.commas;
                    }
                }
            }
        }, root);
        return counts;
    }

    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    private static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
            if (!ws || !space) n++;
            space = ws;
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') n++;
        }
        return n;
    }

    private static String classAndId(Element e) {
        return e.className() + " " + e.id();
    }

    /** Page parts whose class or id says they hold no article: comments, sidebars, banners, menus. */
    private static Set<Element> unlikely(Element body) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (e == body || tag.equals("a") || tag.equals("article") || tag.equals("main")) continue;
            String match = classAndId(e);
            if (match.isBlank()) continue;
            if (UNLIKELY.matcher(match).find() && !MAYBE.matcher(match).find() && !EMBED.matcher(match).find()) out.add(e);
        }
        return out;
    }

    private static double linkDensity(Counts c) {
        return c.text == 0 ? 0 : (double) c.links / c.text;
    }

    private static int classWeight(Element e) {
        int w = 0;
        for (String s : new String[] {e.className(), e.id()}) {
            if (s.isEmpty()) continue;
            if (NEGATIVE.matcher(s).find()) w -= 25;
            if (POSITIVE.matcher(s).find()) w += 25;
        }
        return w;
    }

    private static double tagWeight(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /** The article's containers: the best-scored one and those of its siblings that score alike. */
    private static List<Element> content(Element body, Map<Element, Counts> counts, Set<Element> unlikely) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        score(body, counts, unlikely, scores);
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double v = s.getValue() * (1 - linkDensity(counts.get(s.getKey())));
            s.setValue(v);
            if (top == null || v > topScore) {
                top = s.getKey();
                topScore = v;
            }
        }
        if (top == null) return List.of(body);
        top = widen(top, topScore, scores, body);
        topScore = scores.getOrDefault(top, topScore);
        if (top == body) return List.of(body);

        List<Element> out = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        for (Element sibling : top.parent().children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            if (unlikely.contains(sibling)) continue;
            Counts c = counts.get(sibling);
            double bonus = !topClass.isEmpty() && sibling.className().equals(topClass) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double ld = linkDensity(c);
                String text = sibling.text();
                if (c.text > 80 && ld < 0.25 || c.text > 0 && c.text <= 80 && ld == 0 && text.matches("(?s).*\\.( |$).*")) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /** Gives every paragraph's points to the containers above it, closer ones getting more. */
    private static void score(Element root, Map<Element, Counts> counts, Set<Element> unlikely, Map<Element, Double> scores) {
        Set<Element> seeded = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
                if (unlikely.contains(e)) return FilterResult.SKIP_ENTIRELY;
                Counts c = counts.get(e);
                String tag = e.normalName();
                int length;
                int commas;
                if (tag.equals("p") || tag.equals("pre") || tag.equals("td")) {
                    length = c.text;
                    commas = c.commas;
                } else if (!PARAGRAPHS.contains(tag) && isBlock(e) || tag.equals("span") || tag.equals("font")) {
                    // Text straight in a <div>, between <br>s, is a paragraph too.
                    length = c.inline;
                    commas = c.inlineCommas;
                } else {
                    return FilterResult.CONTINUE;
                }
                if (length < MIN_PARAGRAPH) return FilterResult.CONTINUE;
                double points = 1 + commas + Math.min(length / 100.0, 3);
                Element ancestor = e.parent();
                for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                    if (ancestor.normalName().equals("html")) break;
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(ancestor, points / divider, Double::sum);
                    seeded.add(ancestor);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        // The tag and class weights count once per container, not once per paragraph.
        for (Element a : seeded) scores.merge(a, tagWeight(a) + classWeight(a), Double::sum);
    }

    /**
     * Readability's corrections to the best container: the common ancestor when several near-best
     * containers share one, a parent whose score rises above the child's, and no lone-child wrappers.
     */
    private static Element widen(Element top, double topScore, Map<Element, Double> scores, Element body) {
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            if (s.getKey() != top && s.getValue() / topScore >= 0.75) alternatives.add(s.getKey());
        }
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (parent == alt || alt.parents().contains(parent)) containing++;
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, topScore);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double s = scores.get(parent);
            if (s == null) continue;
            if (s < threshold) break;
            if (s > last) {
                top = parent;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    /** Reads the blocks of the chosen containers in order, leaving out what is not article text. */
    private static final class Reader {
        private final Map<Element, Counts> counts;
        private final Set<Element> unlikely;
        private final String title;
        private final List<Element> roots;
        private final List<HtmlArticle.Part> out = new ArrayList<>();
        private int total;

        Reader(Map<Element, Counts> counts, Set<Element> unlikely, String title, List<Element> roots) {
            this.counts = counts;
            this.unlikely = unlikely;
            this.title = title.toLowerCase(Locale.ROOT);
            this.roots = roots;
            for (Element r : roots) total += counts.get(r).text;
        }

        List<HtmlArticle.Part> read() {
            for (Element r : roots) {
                if (PARAGRAPHS.contains(r.normalName()) || r.normalName().equals("blockquote") || r.normalName().equals("figure")) {
                    element(r);
                } else {
                    container(r);
                }
            }
            return out;
        }

        /** A container's own text runs, split where its block children stand, and those children. */
        private void container(Element e) {
            StringBuilder run = new StringBuilder();
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    run.append(t.getWholeText().replace('\n', ' '));
                } else if (n instanceof Element child) {
                    Counts c = counts.get(child);
                    if (c != null && !isBlock(child) && !c.hasBlock && isCaption(child)) {
                        // A caption in a <span> beside its image is no part of the text around it.
                        paragraphs(run, BlockKind.BODY);
                        run.setLength(0);
                        caption(child);
                    } else if (c != null && !isBlock(child) && !c.hasBlock) {
                        if (!boilerplate(child)) inline(child, run);
                        if (child.normalName().equals("img")) image(child);
                    } else {
                        paragraphs(run, BlockKind.BODY);
                        run.setLength(0);
                        element(child);
                    }
                }
            }
            paragraphs(run, BlockKind.BODY);
        }

        private void element(Element e) {
            if (unlikely.contains(e) || boilerplate(e)) return;
            String tag = e.normalName();
            if (tag.equals("h1") || tag.equals("form") || tag.equals("hr")) return;
            if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("caption") || isCaption(e)) {
                caption(e);
            } else if (tag.equals("blockquote")) {
                quote(e);
            } else if (PARAGRAPHS.contains(tag) && !counts.get(e).hasBlock) {
                StringBuilder run = new StringBuilder();
                inline(e, run);
                paragraphs(run, BlockKind.BODY);
                for (Element img : e.getElementsByTag("img")) image(img);
            } else {
                container(e);
            }
        }

        /** Whether a box inside the article is a share box, a related-story list, a byline and the like. */
        private boolean boilerplate(Element e) {
            Counts c = counts.get(e);
            if (c == null) return false;
            String match = classAndId(e);
            if (EMBED.matcher(match).find()) return false;
            if (!match.isBlank() && BOILERPLATE.matcher(match).find() && !CAPTION_CLASS.matcher(match).find()
                    && c.text < total * 0.4) {
                return true;
            }
            // Lists of links: related stories, tags, "more from", navigation that escaped its <nav>.
            // A sentence whose names are links is still prose.
            boolean prose = e.normalName().equals("p") && (c.text >= 150 || sentence(e.text()));
            return !prose && c.text > 0 && linkDensity(c) > 0.5 && c.text < total * 0.4;
        }

        private static boolean sentence(String text) {
            return SENTENCE.matcher(text).matches() && text.split("\\s+").length >= 6;
        }

        private boolean isCaption(Element e) {
            String match = classAndId(e);
            return !match.isBlank() && CAPTION_CLASS.matcher(match).find() && counts.get(e).text < 500;
        }

        /** A figure's images' descriptions, then its caption text, as caption blocks. */
        private void caption(Element e) {
            String text = normalise(e.text());
            for (Element img : e.getElementsByTag("img")) {
                String alt = normalise(img.attr("alt"));
                if (describes(alt) && !text.toLowerCase(Locale.ROOT).contains(alt.toLowerCase(Locale.ROOT))) {
                    add(alt, BlockKind.CAPTION, null);
                }
            }
            if (!text.isEmpty()) add(text, BlockKind.CAPTION, null);
        }

        private void image(Element img) {
            String alt = normalise(img.attr("alt"));
            if (describes(alt)) add(alt, BlockKind.CAPTION, null);
        }

        private boolean describes(String alt) {
            return alt.split("\\s+").length >= MIN_ALT_WORDS && !alt.equalsIgnoreCase(title);
        }

        /** A block quote, credited to its {@code <cite>} or to a closing "— Name" line. */
        private void quote(Element original) {
            // A copy, so that taking the <cite> out leaves the page whole for a second reading.
            Element e = original.clone();
            String speaker = null;
            Element cite = e.selectFirst("cite");
            if (cite != null && cite.text().length() < 100) {
                speaker = credit(cite.text());
                cite.remove();
            }
            List<String> lines = new ArrayList<>();
            for (String line : text(e).split("\n")) {
                // What stays of a credit line once its <cite> is out ("— ") is no text.
                if (line.codePoints().anyMatch(Character::isLetterOrDigit)) lines.add(line.strip());
            }
            if (!lines.isEmpty()) {
                String last = lines.get(lines.size() - 1);
                if (lines.size() > 1 && last.matches("^[—–-]+\\s*\\S.{0,80}") ) {
                    if (speaker == null) speaker = credit(last);
                    lines.remove(lines.size() - 1);
                }
            }
            if (!lines.isEmpty()) add(String.join("\n", lines), BlockKind.QUOTE, speaker == null || speaker.isEmpty() ? null : speaker);
        }

        private static String credit(String s) {
            String c = s.strip().replaceFirst("^[—–\\-~]+\\s*", "");
            int paren = c.indexOf(" (");
            return (paren > 0 ? c.substring(0, paren) : c).replaceFirst("[,.]$", "").strip();
        }

        /** The text of an element with its block children on lines of their own. */
        private String text(Element e) {
            StringBuilder sb = new StringBuilder();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        sb.append(t.getWholeText().replaceAll("[\\s\\u00a0]+", " "));
                    } else if (node instanceof Element el && (el.normalName().equals("br") || isBlock(el))) {
                        sb.append('\n');
                    }
                }
            }, e);
            return sb.toString();
        }

        /** Appends an inline element's text; {@code <br>} becomes a line break. */
        private void inline(Element e, StringBuilder run) {
            boolean pre = e.normalName().equals("pre");
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        run.append(pre ? t.getWholeText() : t.getWholeText().replace('\n', ' '));
                    } else if (node instanceof Element el && el.normalName().equals("br")) {
                        run.append('\n');
                    }
                }
            }, e);
        }

        /** Text runs separated by a blank line (two {@code <br>}s) are paragraphs; one {@code <br>} breaks a line. */
        private void paragraphs(CharSequence run, BlockKind kind) {
            if (run.isEmpty()) return;
            for (String para : run.toString().split("\\n[\\s\\u00a0]*\\n")) {
                String text = normalise(para);
                if (text.isEmpty() || byline(text)) continue;
                add(text, kind, null);
            }
        }

        /** "By Jane Doe", "Updated Nov. 19, 2019": the lines news pages put above a story. */
        private static boolean byline(String text) {
            if (text.length() < 80 && BYLINE.matcher(text).matches() && !text.contains(". ")) return true;
            if (text.length() < 60 && text.split("\\s+").length <= 8 && DATELINE.matcher(text).matches()
                    && !text.endsWith(".")) {
                return true;
            }
            return text.length() < 40 && UI_LABELS.contains(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip());
        }

        private void add(String text, BlockKind kind, String speaker) {
            if (!out.isEmpty() && out.get(out.size() - 1).text().equals(text)) return;
            if (kind == BlockKind.CAPTION && (CaptionBoilerplate.isBoilerplate(text) || !captions.add(text.toLowerCase(Locale.ROOT)))) {
                return; // "Advertisement", a credit alone, or a caption the page already gave (a promotion repeated)
            }
            out.add(new HtmlArticle.Part(text, kind, speaker));
        }

        /** The captions given so far, lower case: a page's second copy of one is no new caption. */
        private final java.util.Set<String> captions = new java.util.HashSet<>();
    }

    /** Spaces collapsed, lines trimmed, blank lines gone; the line breaks of {@code <br>} kept. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (String line : s.split("\n")) {
            String l = line.replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
            if (l.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(l);
        }
        return sb.toString();
    }
}
