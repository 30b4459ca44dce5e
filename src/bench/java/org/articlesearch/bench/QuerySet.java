package org.articlesearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlesearch.model.Passage;
import org.articlesearch.model.PassageType;

/**
 * Queries drawn from the corpus with a fixed seed, so every run asks the same things and nobody
 * picks queries that flatter the engine: random words, two- and three-word phrases in quotes,
 * unquoted word pairs and triples, speakers' names, and a share of them with a type or speaker filter.
 */
public final class QuerySet {
    public static final long SEED = 20_040_101L;
    /** Words as a reader would type them: letters and digits, inner apostrophes and hyphens kept. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    /** One query in this many gets a type filter. */
    private static final int TYPE_FILTER_EVERY = 4;

    private QuerySet() {
    }

    /** {@code count} queries from {@code corpus}, the same ones for the same corpus and seed. */
    public static List<BenchQuery> generate(LoadedCorpus corpus, int count, long seed) {
        Random random = new Random(seed);
        List<Passage> all = new ArrayList<>();
        List<Passage> quotes = new ArrayList<>();
        for (List<Passage> ps : corpus.passages()) {
            for (Passage p : ps) {
                all.add(p);
                if (p.speaker() != null && !p.speaker().isBlank()) quotes.add(p);
            }
        }
        if (all.isEmpty()) throw new IllegalArgumentException("the corpus has no documents to draw queries from");
        String[] kinds = {"word", "word", "phrase2", "phrase3", "words", "words", "name", "speaker"};
        List<BenchQuery> out = new ArrayList<>(count);
        while (out.size() < count) {
            String kind = kinds[out.size() % kinds.length];
            if ((kind.equals("name") || kind.equals("speaker")) && quotes.isEmpty()) kind = "word";
            Passage p = (kind.equals("name") || kind.equals("speaker") ? quotes : all)
                    .get(random.nextInt(kind.equals("name") || kind.equals("speaker") ? quotes.size() : all.size()));
            List<String> words = words(p.text());
            if (words.isEmpty()) continue;
            PassageType type = random.nextInt(TYPE_FILTER_EVERY) == 0
                    ? PassageType.values()[random.nextInt(PassageType.values().length)] : null;
            BenchQuery q = switch (kind) {
                case "word" -> new BenchQuery(kind, pick(words, random), type, null);
                case "phrase2", "phrase3" -> {
                    int n = kind.equals("phrase2") ? 2 : 3;
                    yield words.size() < n ? null : new BenchQuery(kind, "\"" + run(words, n, random) + "\"", type, null);
                }
                case "words" -> {
                    int n = 2 + random.nextInt(2);
                    List<String> chosen = new ArrayList<>();
                    for (int i = 0; i < n; i++) chosen.add(pick(words, random));
                    yield new BenchQuery(kind, String.join(" ", chosen), type, null);
                }
                // A name typed as words or as a phrase, the way users look for a person.
                case "name" -> new BenchQuery(kind, random.nextBoolean() ? p.speaker() : "\"" + p.speaker() + "\"", type, null);
                // A word from something a person said, narrowed to that person by their last name.
                default -> new BenchQuery(kind, pick(words, random), PassageType.QUOTE, lastWord(p.speaker()));
            };
            if (q != null) out.add(q);
        }
        return out;
    }

    /** The words of {@code text} as a reader would type them. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }

    private static String run(List<String> words, int n, Random random) {
        int start = random.nextInt(words.size() - n + 1);
        return String.join(" ", words.subList(start, start + n));
    }

    private static String lastWord(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? name : w.getLast();
    }
}
