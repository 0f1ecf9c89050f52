package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptsmith.model.Assertion;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarAssertionTest {

    /** Embeds by a fixed table: enough to steer the cosine without a model. */
    private static final Embedder FAKE = text -> switch (text) {
        case "The fee is $15." -> new float[] {1, 0, 0};
        case "It costs fifteen dollars." -> new float[] {0.9f, 0.1f, 0};
        case "Lot C opens at ten." -> new float[] {0, 1, 0};
        default -> new float[] {0, 0, 1};
    };

    private static final AssertionContext CONTEXT = Checks.context().withEmbedder(FAKE);

    @Test
    void similarTextsPassWithTheSimilarityAsScore() {
        AssertionResult result = Checks.run(new Assertion("similar", "The fee is $15.", null, null),
                "It costs fifteen dollars.", CONTEXT);
        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isCloseTo(0.9939, within(1e-3));
        assertThat(result.reason()).isEqualTo("Similarity 0.99 to 'The fee is $15.' meets the threshold 0.75");
    }

    @Test
    void unrelatedTextsFail() {
        AssertionResult result = Checks.run(new Assertion("similar", "The fee is $15.", null, null),
                "Lot C opens at ten.", CONTEXT);
        assertThat(result.pass()).isFalse();
        assertThat(result.score()).isZero();
        assertThat(result.reason()).isEqualTo("Similarity 0.00 to 'The fee is $15.' is below the threshold 0.75");
    }

    @Test
    void thresholdRaisesTheBar() {
        AssertionResult result = Checks.run(new Assertion("similar", "The fee is $15.", null, 0.995),
                "It costs fifteen dollars.", CONTEXT);
        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).endsWith("is below the threshold 0.995");
    }

    @Test
    void usesTheExpectedOutputWithoutAValue() {
        AssertionContext context = AssertionContext.of(Checks.testCase("The fee is $15.")).withEmbedder(FAKE);
        assertThat(Checks.run(new Assertion("similar", null, null, null), "It costs fifteen dollars.", context).pass())
                .isTrue();
    }

    @Test
    void withoutAnEmbedderItIsAnError() {
        AssertionResult result = Checks.run("similar", "The fee is $15.", "anything");
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).isEqualTo("similar needs an embedding model, and none is available");
    }

    @Test
    void emptyOutputAndBadValuesAreExplained() {
        assertThat(Checks.run(new Assertion("similar", "The fee is $15.", null, null), " ", CONTEXT).reason())
                .isEqualTo("Output is empty, so it is not similar to 'The fee is $15.'");
        assertThat(Checks.run(new Assertion("similar", Map.of("a", 1), null, null), "x", CONTEXT).error()).isTrue();
    }

    @Test
    void aFailingEmbedderBecomesAnErrorResult() {
        Embedder broken = text -> {
            throw new IllegalStateException("model file missing");
        };
        AssertionResult result = Checks.run(new Assertion("similar", "a", null, null), "b",
                Checks.context().withEmbedder(broken));
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).isEqualTo("Embedding failed: model file missing");
    }

    @Test
    void cosineHandlesZeroAndMismatchedVectors() {
        assertThat(Embedder.cosine(new float[] {1, 2}, new float[] {2, 4})).isCloseTo(1.0, within(1e-9));
        assertThat(Embedder.cosine(new float[] {1, 0}, new float[] {-1, 0})).isCloseTo(-1.0, within(1e-9));
        assertThat(Embedder.cosine(new float[] {0, 0}, new float[] {1, 0})).isZero();
        assertThat(Embedder.cosine(new float[] {1}, new float[] {1, 0})).isZero();
    }
}
