package org.articlesearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML pages: paragraphs, block quotes and captions by their tags. Scripts, styles, navigation
 * and forms are dropped. The article text is the blocks joined by blank lines.
 */
final class HtmlFormat {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "nav", "form", "header",
            "footer", "aside", "iframe", "svg", "button", "select", "textarea", "template", "menu");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt");
    /** Alt text shorter than this is a label ("logo", "photo"), not a description. */
    private static final int MIN_ALT_WORDS = 4;

    private HtmlFormat() {
    }

    static Article read(String id, String source, String html) throws UnreadableInputException {
        Document doc = Jsoup.parse(html);
        doc.select(String.join(",", DROPPED)).remove();
        String title = title(doc);
        List<Piece> pieces = new ArrayList<>();
        collect(doc.body(), pieces);
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (Piece p : pieces) {
            if (!text.isEmpty()) text.append("\n\n");
            int start = text.length();
            text.append(p.text);
            blocks.add(new Block(start, text.length(), p.kind));
        }
        if (blocks.isEmpty()) {
            throw new UnreadableInputException("no article text in the HTML");
        }
        String author = meta(doc, "author");
        String published = meta(doc, "article:published_time");
        String url = meta(doc, "og:url");
        return new Article(id, title, text.toString(), blocks, source, url, published, author);
    }

    private record Piece(String text, BlockKind kind) {
    }

    private static void collect(Element root, List<Piece> out) {
        for (Element child : root.children()) {
            String tag = child.normalName();
            if (tag.equals("blockquote")) {
                add(out, child.text(), BlockKind.QUOTE);
            } else if (tag.equals("figcaption") || tag.equals("caption")) {
                add(out, child.text(), BlockKind.CAPTION);
            } else if (tag.equals("img")) {
                String alt = child.attr("alt").strip();
                if (alt.split("\\s+").length >= MIN_ALT_WORDS) add(out, alt, BlockKind.CAPTION);
            } else if (PARAGRAPH_TAGS.contains(tag)) {
                // Images inside a paragraph still describe media; keep their alt text as captions.
                add(out, child.text(), BlockKind.BODY);
                for (Element img : child.select("img[alt]")) collect(wrap(img), out);
            } else if (tag.equals("h1")) {
                continue;
            } else if (hasBlockChildren(child)) {
                collectLooseText(child, out);
                collect(child, out);
            } else {
                add(out, child.text(), BlockKind.BODY);
                for (Element img : child.select("img[alt]")) collect(wrap(img), out);
            }
        }
    }

    /** Text sitting directly in a container beside block elements (a div with text and paragraphs). */
    private static void collectLooseText(Element container, List<Piece> out) {
        StringBuilder loose = new StringBuilder();
        for (Node n : container.childNodes()) {
            if (n instanceof TextNode t) loose.append(t.text());
        }
        add(out, loose.toString(), BlockKind.BODY);
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element c : e.children()) {
            if (c.isBlock() || c.normalName().equals("img")) return true;
        }
        return false;
    }

    private static Element wrap(Element img) {
        Element holder = new Element("div");
        holder.appendChild(img.clone());
        return holder;
    }

    private static void add(List<Piece> out, String text, BlockKind kind) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) out.add(new Piece(t, kind));
    }

    private static String title(Document doc) {
        String og = meta(doc, "og:title");
        if (og != null) return og;
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        return doc.title().strip();
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        if (m == null) return null;
        String v = m.attr("content").strip();
        return v.isEmpty() ? null : v;
    }
}
