package org.articlesearch.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a page's caption-like text that describes nothing from a caption: the controls of a photo
 * viewer ("Caption Close", "Enlarge this image"), an ad slot's label ("Advertisement"), and a credit
 * alone ("Photo: Jane Doe, AP", "Jane Doe/ZDNet", "Getty Images"). A real caption says what the
 * picture shows; these only sit where captions sit. The repeated promotion (one shop caption six
 * times in a page) is dropped by {@link ArticleExtractor} keeping a page's first copy of a caption.
 */
final class CaptionBoilerplate {
    private CaptionBoilerplate() {
    }

    /** Whole captions that are a viewer's or an ad slot's labels, lower case. */
    private static final Set<String> LABELS = Set.of("advertisement", "advert", "ad", "sponsored", "caption",
            "caption close", "close caption", "close", "open caption", "hide caption", "show caption", "toggle caption",
            "enlarge this image", "enlarge image", "enlarge", "expand", "expand image", "image", "photo", "picture",
            "video", "play video", "watch", "play", "loading", "credit", "credits", "view gallery", "gallery",
            "view image", "view slideshow", "slideshow", "full screen", "fullscreen", "share", "share this image");

    /** A credit line and nothing else: "Photo: Damian Dovarganes, AP", "Image credit: NASA", "Photograph by Jane Doe". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^(photo(graph)?s?|images?|pictures?|illustrations?|video|credits?|source|image credit|photo credit)"
                    + "\\s*(:|by\\b|—|–|-)\\s*\\S.{0,60}$");
    /** "Jason Cipriani/ZDNet", "Alex Wong / Getty Images": a name and an outlet, the way photo credits run. */
    private static final Pattern NAME_SLASH_OUTLET = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(\\s\\p{Lu}[\\p{L}.'’-]*){0,3}\\s?/\\s?\\p{Lu}[\\p{L}.&'’ -]{1,30}$");
    /** Agencies whose name alone, or with a photographer's, is a credit. */
    private static final Pattern AGENCY_ONLY = Pattern.compile(
            "(?i)^\\(?(getty images|ap photo|associated press|reuters|afp|shutterstock|epa|alamy|istock(photo)?)\\b[^.!?]{0,50}\\)?$");

    /** Whether {@code caption} is boilerplate rather than a description of what the page shows. */
    static boolean isBoilerplate(String caption) {
        String c = caption.strip();
        if (c.isEmpty()) return true;
        if (LABELS.contains(c.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+$", "").replaceAll("\\s+", " "))) return true;
        if (c.length() > 90) return false;
        return CREDIT_LINE.matcher(c).matches() || NAME_SLASH_OUTLET.matcher(c).matches() || AGENCY_ONLY.matcher(c).matches();
    }
}
