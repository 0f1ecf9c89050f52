package dev.promptsmith.export.finetune;

/**
 * The number of epochs OpenAI picks by default for a dataset of {@code n} examples (the cookbook's rule,
 * reference §4.4): 3, raised for small sets so they see about 100 examples, lowered for large ones so
 * they see about 25,000.
 */
public final class EpochRule {

    public static final int TARGET_EPOCHS = 3;
    public static final int MIN_TARGET_EXAMPLES = 100;
    public static final int MAX_TARGET_EXAMPLES = 25_000;
    public static final int MIN_DEFAULT_EPOCHS = 1;
    public static final int MAX_DEFAULT_EPOCHS = 25;

    private EpochRule() {
    }

    public static int defaultEpochs(int n) {
        if (n <= 0) {
            return TARGET_EPOCHS;
        }
        if ((long) n * TARGET_EPOCHS < MIN_TARGET_EXAMPLES) {
            return Math.min(MAX_DEFAULT_EPOCHS, MIN_TARGET_EXAMPLES / n);
        }
        if ((long) n * TARGET_EPOCHS > MAX_TARGET_EXAMPLES) {
            return Math.max(MIN_DEFAULT_EPOCHS, MAX_TARGET_EXAMPLES / n);
        }
        return TARGET_EPOCHS;
    }
}
