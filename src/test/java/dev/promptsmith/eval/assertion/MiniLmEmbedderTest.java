package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import org.junit.jupiter.api.Test;

/** The one test that loads the real (bundled, offline) embedding model. */
class MiniLmEmbedderTest {

    @Test
    void similarSentencesScoreHigherThanUnrelatedOnes() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        String reference = "The overstay fee at an EV charger is $15 per session.";
        double close = embedder.similarity(reference, "Staying too long at a charging bay costs 15 dollars each time.");
        double unrelated = embedder.similarity(reference, "Carried-over leave days must be taken by 31 March.");
        assertThat(embedder.embed(reference)).hasSize(384);
        assertThat(close).isGreaterThan(unrelated + 0.2);
        assertThat(embedder.embed(" ")).containsOnly(0f);

        AssertionContext context = Checks.context().withEmbedder(embedder);
        assertThat(Checks.run(new Assertion("similar", reference, null, null), reference, context).score())
                .isGreaterThan(0.99);
    }
}
