package dev.promptsmith.dataset;

import dev.promptsmith.eval.assertion.Embedder;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Finds few-shot examples whose input is also a test case's input: exactly (after ignoring case and
 * whitespace) or nearly (cosine similarity of embeddings at or above a threshold). Each distinct text is
 * embedded once, so 200 examples × 10,000 tests cost 10,200 embeddings and 2,000,000 dot products.
 * Runs on the caller's thread; interrupting it (as {@code Future.cancel(true)} does) stops it with a
 * {@link CancellationException}.
 */
public final class LeakageCheck {

    public static final double DEFAULT_THRESHOLD = 0.95;

    private final Embedder embedder;
    private final double threshold;

    /** @param embedder null for the exact check alone */
    public LeakageCheck(Embedder embedder, double threshold) {
        this.embedder = embedder;
        this.threshold = threshold;
    }

    /** The pairs found, most similar first (then by example id and test id). */
    public List<LeakagePair> check(List<Example> examples, List<TestCase> tests, Progress progress) {
        List<String> exampleTexts = examples.stream().map(e -> VarsText.render(e.vars())).toList();
        List<String> testTexts = tests.stream().map(t -> VarsText.render(t.vars())).toList();
        Map<String, float[]> vectors = embedder == null ? Map.of() : embedAll(exampleTexts, testTexts, progress);
        Map<String, List<Integer>> testsByNormalized = new HashMap<>();
        for (int t = 0; t < tests.size(); t++) {
            testsByNormalized.computeIfAbsent(VarsText.normalize(testTexts.get(t)), k -> new ArrayList<>()).add(t);
        }
        List<LeakagePair> pairs = new ArrayList<>();
        for (int e = 0; e < examples.size(); e++) {
            checkCancelled();
            List<Integer> exact = testsByNormalized.getOrDefault(VarsText.normalize(exampleTexts.get(e)), List.of());
            for (int t : exact) {
                pairs.add(pair(examples.get(e), tests.get(t), 1.0, LeakagePair.Kind.EXACT));
            }
            if (embedder == null) {
                continue;
            }
            float[] a = vectors.get(exampleTexts.get(e));
            for (int t = 0; t < tests.size(); t++) {
                double similarity = dot(a, vectors.get(testTexts.get(t)));
                if (similarity >= threshold && !exact.contains(t)) {
                    pairs.add(pair(examples.get(e), tests.get(t), Math.min(1.0, similarity), LeakagePair.Kind.NEAR));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(LeakagePair::similarity).reversed()
                .thenComparing(LeakagePair::exampleId).thenComparing(LeakagePair::testId));
        return pairs;
    }

    /** Unit vectors by text, each distinct text embedded once. */
    private Map<String, float[]> embedAll(List<String> exampleTexts, List<String> testTexts, Progress progress) {
        Set<String> distinct = new LinkedHashSet<>(exampleTexts);
        distinct.addAll(testTexts);
        Map<String, float[]> vectors = new HashMap<>();
        int done = 0;
        for (String text : distinct) {
            checkCancelled();
            vectors.put(text, unit(embedder.embed(text)));
            progress.update(++done, distinct.size());
        }
        return vectors;
    }

    private static LeakagePair pair(Example example, TestCase test, double similarity, LeakagePair.Kind kind) {
        return new LeakagePair(example.id(), test.id(), test.split(), similarity, kind);
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        double scale = 1 / Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] * scale);
        }
        return out;
    }

    /** Cosine of two unit vectors; 0 when their lengths differ (as {@link Embedder#cosine} has it). */
    private static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("leakage check cancelled");
        }
    }
}
