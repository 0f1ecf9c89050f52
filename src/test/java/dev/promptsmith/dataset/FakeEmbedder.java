package dev.promptsmith.dataset;

import dev.promptsmith.eval.assertion.Embedder;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bag-of-letters embedder: texts made of the same letters in similar amounts point the same way.
 * It counts its calls per text, so tests can check that each text is embedded once.
 */
final class FakeEmbedder implements Embedder {

    final Map<String, Integer> calls = new HashMap<>();

    @Override
    public float[] embed(String text) {
        calls.merge(text, 1, Integer::sum);
        float[] v = new float[26];
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                v[c - 'a']++;
            }
        }
        return v;
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }
}
