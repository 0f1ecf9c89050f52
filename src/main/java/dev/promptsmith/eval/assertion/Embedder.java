package dev.promptsmith.eval.assertion;

/** Turns text into a vector whose direction carries its meaning; used by {@code similar}. */
public interface Embedder {

    float[] embed(String text);

    /** Cosine similarity of the two texts' embeddings. */
    default double similarity(String a, String b) {
        return cosine(embed(a), embed(b));
    }

    /** Cosine similarity from −1 to 1; 0 when either vector is all zeros or the lengths differ. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / (Math.sqrt(normA) * Math.sqrt(normB));
    }
}
