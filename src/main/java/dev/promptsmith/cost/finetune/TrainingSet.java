package dev.promptsmith.cost.finetune;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The training set a fine-tuning job would get from the project, and its size in billed tokens by
 * the OpenAI cookbook's estimate: billing tokens = Σ min(16,385, tokens of each example), trained
 * tokens = billing tokens × epochs.
 *
 * @param curatedExamples  the project's few-shot examples, each an input with its curated output
 * @param passingOutputs   dev test cases whose output passed every check, used as more examples
 * @param heldOutKeptApart held-out test cases, never trained on, kept to evaluate the fine-tuned model
 * @param heldOutRefused   passing outputs of held-out cases that were left out of the set
 * @param unrenderable     examples or cases whose prompt did not render, left out
 * @param truncated        examples longer than the per-example limit (training truncates them)
 * @param exact            whether the tokens were counted with the model's own tokenizer
 */
public record TrainingSet(int curatedExamples, int passingOutputs, int heldOutKeptApart, int heldOutRefused,
        int unrenderable, long billingTokens, int truncated, int epochs, boolean exact) {

    /** The cookbook's {@code MAX_TOKENS_PER_EXAMPLE} (newer notebook): longer examples are truncated. */
    public static final int MAX_TOKENS_PER_EXAMPLE = 16_385;
    /** OpenAI's minimum number of training examples. */
    public static final int MIN_EXAMPLES = 10;

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public int examples() {
        return curatedExamples + passingOutputs;
    }

    public long trainedTokens() {
        return billingTokens * epochs;
    }

    /** Training tokens × price per million, or null when the price is unknown. */
    public BigDecimal cost(TrainingPrice price) {
        if (price == null || price.perMillion() == null) {
            return null;
        }
        return price.perMillion().multiply(BigDecimal.valueOf(trainedTokens())).divide(MILLION, MathContext.DECIMAL64)
                .stripTrailingZeros();
    }

    /**
     * The cookbook's default epochs for n examples: 3, raised so that n × epochs reaches 100
     * (at most 25), or lowered so that it stays under 25,000 (at least 1).
     */
    public static int defaultEpochs(int n) {
        if (n <= 0) {
            return 0;
        }
        if (n * 3 < 100) {
            return Math.min(25, 100 / n);
        }
        if ((long) n * 3 > 25_000) {
            return Math.max(1, 25_000 / n);
        }
        return 3;
    }
}
