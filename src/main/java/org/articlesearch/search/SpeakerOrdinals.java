package org.articlesearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.articlesearch.index.Fields;

/**
 * The speakers of one index view numbered across all its segments, in name order. A search counts
 * speakers by these numbers and turns only the ten it shows into names, instead of naming every
 * speaker it met in every segment to add them up. Built at the first search of a view, kept until
 * the view closes.
 */
public final class SpeakerOrdinals {
    private static final ViewCache<SpeakerOrdinals> BY_VIEW = new ViewCache<>(SpeakerOrdinals::build);

    private final List<LeafReaderContext> leaves;
    private final OrdinalMap map;
    /**
     * For each speaker, the one the facets count them under: a surname alone ("Blair") under the only
     * full name the index has with it ("Tony Blair"); anyone else under themselves.
     */
    private final long[] merged;
    /** The surnames alone merged into each full name, by that name: what a speaker filter must also find. */
    private final Map<String, List<String>> variants = new java.util.HashMap<>();
    /** Quotes per speaker, variants merged; counted at the first suggestion asked of this view. */
    private volatile long[] quotes;

    private SpeakerOrdinals(List<LeafReaderContext> leaves, OrdinalMap map) throws IOException {
        this.leaves = leaves;
        this.map = map;
        this.merged = mergedVariants();
    }

    /**
     * The speaker a surname alone is merged into, when the index holds exactly one full name that
     * ends with it: the splitter shows a surname as the full name the article gave, but an article
     * that never gave it leaves "Blair", who is Tony Blair when he is the only Blair there is.
     */
    private long[] mergedVariants() throws IOException {
        int n = (int) map.getValueCount();
        long[] out = new long[n];
        String[] names = new String[n];
        java.util.Map<String, Integer> ordOf = new java.util.HashMap<>();
        for (int ord = 0; ord < n; ord++) {
            out[ord] = ord;
            names[ord] = name(ord);
            ordOf.put(names[ord], ord);
        }
        mergedInto(List.of(names)).forEach((surname, full) -> {
            out[ordOf.get(surname)] = ordOf.get(full);
            variants.computeIfAbsent(full, k -> new java.util.ArrayList<>()).add(surname);
        });
        return out;
    }

    /**
     * Of {@code names}, each surname alone ("Blair") and the one full name it is counted under ("Tony
     * Blair"): the only name among them that ends with it. Two full names with one surname (Bill and
     * Hillary Clinton), and the surname alone stays itself. The rule every backend's speaker facet,
     * filter and suggestions follow.
     */
    public static java.util.Map<String, String> mergedInto(java.util.Collection<String> names) {
        java.util.Map<String, String> fullNameBySurname = new java.util.HashMap<>();
        for (String name : names) {
            int space = name.lastIndexOf(' ');
            if (space < 0) continue;
            fullNameBySurname.merge(fold(name.substring(space + 1)), name, (a, b) -> "");
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String name : names) {
            if (name.indexOf(' ') >= 0) continue;
            String full = fullNameBySurname.get(fold(name));
            if (full != null && !full.isEmpty()) out.put(name, full);
        }
        return out;
    }

    /** Lower case without accents: "Beyoncé" and "beyonce" are one name to a user typing it. */
    public static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The speaker {@code speaker} is counted under. */
    long merged(long speaker) {
        return merged[(int) speaker];
    }

    /** The surnames alone merged into {@code fullName}: "Blair" for "Tony Blair" when he is the only Blair. */
    List<String> variantsOf(String fullName) {
        return variants.getOrDefault(fullName, List.of());
    }

    /**
     * Speakers whose name has words starting as {@code typed} does ("blair", "tony bl"), with their
     * quotes, most quoted first; variants merged into the full name.
     */
    List<Map.Entry<String, Long>> suggest(String typed, int limit) throws IOException {
        long[] counts = quoteCounts();
        String[] words = fold(typed).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) return List.of();
        List<long[]> found = new java.util.ArrayList<>();
        for (int ord = 0; ord < merged.length; ord++) {
            if (merged[ord] != ord || counts[ord] == 0) continue;
            if (matches(fold(name(ord)).split(" "), words)) found.add(new long[] {ord, counts[ord]});
        }
        found.sort((a, b) -> a[1] != b[1] ? Long.compare(b[1], a[1]) : Long.compare(a[0], b[0]));
        List<Map.Entry<String, Long>> out = new java.util.ArrayList<>();
        for (long[] f : found.subList(0, Math.min(limit, found.size()))) out.add(Map.entry(name(f[0]), f[1]));
        return out;
    }

    /** Every typed word but the last is a word of the name, in order; the last starts one after them. */
    public static boolean matches(String[] name, String[] typed) {
        int at = 0;
        for (int i = 0; i < typed.length; i++) {
            boolean last = i == typed.length - 1;
            while (at < name.length && !(last ? name[at].startsWith(typed[i]) : name[at].equals(typed[i]))) at++;
            if (at == name.length) return false;
            at++;
        }
        return true;
    }

    private long[] quoteCounts() throws IOException {
        long[] counts = quotes;
        if (counts != null) return counts;
        counts = new long[merged.length];
        for (LeafReaderContext leaf : leaves) {
            SortedDocValues values = speakers(leaf);
            LongValues global = inView(leaf);
            for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) continue;
                counts[(int) merged[(int) global.get(values.ordValue())]]++;
            }
        }
        quotes = counts;
        return counts;
    }

    static SpeakerOrdinals of(IndexReader reader) throws IOException {
        return BY_VIEW.get(reader);
    }

    private static SpeakerOrdinals build(IndexReader reader, IndexReader.CacheKey key) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedDocValues[] perLeaf = new SortedDocValues[leaves.size()];
        for (int i = 0; i < perLeaf.length; i++) perLeaf[i] = speakers(leaves.get(i));
        return new SpeakerOrdinals(leaves, OrdinalMap.build(key, perLeaf, PackedInts.DEFAULT));
    }

    static SortedDocValues speakers(LeafReaderContext leaf) throws IOException {
        return DocValues.getSorted(leaf.reader(), Fields.SPEAKER_FACET);
    }

    /** Maps a segment's speaker numbers to this view's. */
    LongValues inView(LeafReaderContext leaf) {
        return map.getGlobalOrds(leaf.ord);
    }

    String name(long speaker) throws IOException {
        SortedDocValues values = speakers(leaves.get(map.getFirstSegmentNumber(speaker)));
        return values.lookupOrd((int) map.getFirstSegmentOrd(speaker)).utf8ToString();
    }
}
