package org.articlesearch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.articlesearch.model.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about its article: title, author, publication date and address, from
 * {@code <meta>} tags, JSON-LD ({@code NewsArticle} and kin), {@code <h1>}, {@code <title>} and
 * {@code <time>}. Fields the page does not state are null (the title is never null).
 *
 * @param title     the story's title, without the site name that {@code <title>} often adds
 * @param author    the author's name
 * @param published the publication date as the page writes it
 * @param url       the page's canonical address
 */
record PageMetadata(String title, String author, String published, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The separators sites put between a story's title and their own name ("Story - Site"). */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+|\\s*::\\s*");
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(Article|BlogPosting|Report)$");

    /** Reads the metadata; call it before scripts are removed, since JSON-LD lives in one. */
    static PageMetadata of(Document doc) {
        JsonNode ld = articleJsonLd(doc);
        String author = firstNonNull(meta(doc, "author"), notUrl(meta(doc, "article:author")), ldAuthor(ld),
                meta(doc, "dc.creator"), meta(doc, "parsely-author"));
        String published = firstNonNull(meta(doc, "article:published_time"), ldText(ld, "datePublished"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"), timeElement(doc));
        String url = firstNonNull(meta(doc, "og:url"), canonical(doc), ldText(ld, "url"));
        return new PageMetadata(title(doc, ld), author, published, url);
    }

    /**
     * The {@code <h1>} when the page's own titles confirm it is the story's, else og:title or the
     * JSON-LD headline, else {@code <title>} without the site's name.
     */
    static String title(Document doc, JsonNode ld) {
        String og = meta(doc, "og:title");
        String headline = ldText(ld, "headline");
        String pageTitle = clean(doc.title());
        String site = meta(doc, "og:site_name");
        List<String> stated = new ArrayList<>();
        for (String s : new String[] {og, headline, pageTitle}) {
            if (s != null && !s.isBlank()) stated.add(clean(s).toLowerCase(Locale.ROOT));
        }
        for (Element h1 : doc.select("h1")) {
            String h = clean(h1.text());
            if (h.length() < 3) continue;
            String lower = h.toLowerCase(Locale.ROOT);
            // A logo in an <h1> carries the site's name, which titles carry only after the story's.
            boolean confirmed = stated.stream().anyMatch(s -> s.startsWith(lower) || lower.startsWith(s) && s.length() > 15);
            if (confirmed && (site == null || !lower.equalsIgnoreCase(site))) return h;
        }
        if (og != null) return withoutSiteName(clean(og), site);
        if (headline != null) return clean(headline);
        String fromTitle = withoutSiteName(pageTitle, site);
        for (Element h1 : doc.select("h1")) {
            String h = clean(h1.text());
            if (h.length() >= 3 && !isSiteName(h, pageTitle, fromTitle, site)) return h;
        }
        return fromTitle;
    }

    /** An {@code <h1>} that holds the site's logo: its name, which {@code <title>} puts beside the story's. */
    private static boolean isSiteName(String h1, String pageTitle, String story, String site) {
        if (site != null && h1.equalsIgnoreCase(site.strip())) return true;
        return !story.equals(pageTitle) && !h1.equalsIgnoreCase(story)
                && pageTitle.toLowerCase(Locale.ROOT).contains(h1.toLowerCase(Locale.ROOT));
    }

    /** "Story - Site name" gives "Story": the longest part between separators, the site's name never. */
    static String withoutSiteName(String title, String site) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String best = "";
        for (String p : parts) {
            String t = p.strip();
            if (site != null && t.equalsIgnoreCase(site.strip())) continue;
            if (t.length() > best.length()) best = t;
        }
        // Separators inside a headline ("Brexit: what next") keep it whole when no part stands out.
        int words = best.split("\\s+").length;
        return words >= 3 || best.length() >= title.length() / 2 ? best : title;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name)) {
                String v = clean(m.attr("content"));
                if (!v.isEmpty()) return v;
            }
        }
        return null;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("abs:href").isEmpty() ? link.attr("href") : link.attr("abs:href");
    }

    private static String timeElement(Document doc) {
        Element time = doc.selectFirst("time[datetime]");
        if (time != null) return time.attr("datetime").strip();
        time = doc.selectFirst("time");
        return time == null || time.text().isBlank() ? null : clean(time.text());
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    /** The first JSON-LD object that describes an article, looking inside arrays and {@code @graph}. */
    private static JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) return found;
            } catch (java.io.IOException malformed) {
                // Sites ship broken JSON-LD often enough; the other sources still stand.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) return f;
            }
            return null;
        }
        if (!node.isObject()) return null;
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (ARTICLE_TYPE.matcher(t.asText()).matches()) return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static String ldText(JsonNode ld, String field) {
        if (ld == null || ld.get(field) == null) return null;
        JsonNode v = ld.get(field);
        String s = clean(v.isTextual() ? v.asText() : v.isObject() && v.has("@id") ? v.get("@id").asText() : null);
        return s.isEmpty() ? null : s;
    }

    private static String ldAuthor(JsonNode ld) {
        if (ld == null || ld.get("author") == null) return null;
        List<String> names = new ArrayList<>();
        JsonNode a = ld.get("author");
        for (JsonNode n : a.isArray() ? a : List.of(a)) {
            String name = n.isTextual() ? n.asText() : n.path("name").asText("");
            if (!name.isBlank()) names.add(clean(name));
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) return v;
        }
        return null;
    }
}
