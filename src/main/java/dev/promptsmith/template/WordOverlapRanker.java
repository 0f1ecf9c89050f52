package dev.promptsmith.template;

import dev.promptsmith.model.Example;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Similarity by shared words (Jaccard over lower-cased word sets of the variables' values): offline,
 * instant and deterministic. The app and the command line rank with the embedding model instead;
 * this is what a renderer without one uses, so a preview never differs from no ranking at all.
 */
public final class WordOverlapRanker implements ExampleRanker {

    @Override
    public List<Example> mostSimilar(Map<String, Object> vars, List<Example> pool, int k) {
        Set<String> query = words(vars);
        List<Example> ranked = new ArrayList<>(pool);
        // Stable: ties keep file order, so the same project always renders the same request.
        ranked.sort(Comparator.comparingDouble((Example e) -> -jaccard(query, words(e.vars()))));
        List<Example> chosen = new ArrayList<>(ranked.subList(0, Math.min(Math.max(k, 0), ranked.size())));
        java.util.Collections.reverse(chosen);
        return chosen;
    }

    static Set<String> words(Map<String, Object> vars) {
        Set<String> words = new HashSet<>();
        new TreeMap<>(vars == null ? Map.of() : vars).values().forEach(value -> {
            for (String word : String.valueOf(value).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        });
        return words;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
