package dev.promptsmith.eval.assertion;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The bundled all-MiniLM-L6-v2 (quantized) sentence embedder, run in process with no network. The
 * model loads on first use (about a second), once, however many threads ask at the same time.
 */
public final class MiniLmEmbedder implements Embedder {

    private static final int DIMENSION = 384;

    private final Object lock = new Object();
    private volatile EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            // The model rejects blank text; a zero vector is similar to nothing.
            return new float[DIMENSION];
        }
        return model().embed(text).content().vector();
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (lock) {
                loaded = model;
                if (loaded == null) {
                    // Run in the caller's thread: the engine decides concurrency, not a hidden pool.
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
