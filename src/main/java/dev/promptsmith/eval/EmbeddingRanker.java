package dev.promptsmith.eval;

import dev.promptsmith.eval.assertion.Embedder;
import dev.promptsmith.model.Example;
import dev.promptsmith.template.ExampleRanker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code select: similar} by meaning: cosine similarity of the offline embedding model's vectors
 * of the variables' text. Each distinct text is embedded once (a run renders every test on every
 * column; the examples are the same each time); the cache is cleared when it grows past a bound.
 */
public final class EmbeddingRanker implements ExampleRanker {

    private static final int MAX_CACHED = 20_000;

    private final Embedder embedder;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    public EmbeddingRanker(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * The renderer the app and the command line share, so a preview, a run and an export render the
     * same request. The model loads only when a prompt first asks for {@code select: similar}.
     */
    public static dev.promptsmith.template.PromptRenderer renderer(Embedder embedder) {
        return new dev.promptsmith.template.PromptRenderer(dev.promptsmith.template.RenderLimits.DEFAULT,
                new EmbeddingRanker(embedder));
    }

    @Override
    public List<Example> mostSimilar(Map<String, Object> vars, List<Example> pool, int k) {
        float[] query = vector(text(vars));
        List<Example> ranked = new ArrayList<>(pool);
        Map<Example, Double> similarity = new java.util.IdentityHashMap<>();
        for (Example example : pool) {
            similarity.put(example, cosine(query, vector(text(example.vars()))));
        }
        // Stable: ties keep file order, so the same project always renders the same request.
        ranked.sort(Comparator.comparingDouble(e -> -similarity.get(e)));
        List<Example> chosen = new ArrayList<>(ranked.subList(0, Math.min(Math.max(k, 0), ranked.size())));
        Collections.reverse(chosen);
        return chosen;
    }

    private float[] vector(String text) {
        if (vectors.size() > MAX_CACHED) {
            vectors.clear();
        }
        return vectors.computeIfAbsent(text, embedder::embed);
    }

    /** The variables' values in name order, one per line: the text the model compares. */
    static String text(Map<String, Object> vars) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(vars == null ? Map.<String, Object>of() : vars).values()
                .forEach(value -> text.append(value).append('\n'));
        return text.toString().strip();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
