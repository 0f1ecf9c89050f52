package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.HumanReview;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.Usage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything besides the output text that an assertion may look at: the test case, the call's
 * measurements, the project's schemas, and the optional judge and embedding model.
 *
 * @param latency how long the call took, or null when unknown
 * @param usage token usage of the call, or null when unknown
 * @param cost the call's cost in US dollars, or null when unknown (an unpriced model is never $0)
 * @param schemas JSON Schema text by project-relative path, as in {@link Project#schemas()}
 * @param judge the model that grades {@code llm-rubric}, or null when the project names none
 * @param embedder the embedding model behind {@code similar}, or null when none is available
 * @param review a person's review of this output, read by {@code human}, or null when there is none
 */
public record AssertionContext(TestCase test, Duration latency, Usage usage, BigDecimal cost,
                               Map<String, String> schemas, Judge judge, Embedder embedder, HumanReview review) {

    public AssertionContext {
        Objects.requireNonNull(test, "test");
        schemas = schemas == null ? Map.of() : Map.copyOf(schemas);
    }

    /** A context with only the test case: no measurements, schemas, judge or embedder. */
    public static AssertionContext of(TestCase test) {
        return new AssertionContext(test, null, null, null, Map.of(), null, null, null);
    }

    public AssertionContext withCall(Duration newLatency, Usage newUsage, BigDecimal newCost) {
        return new AssertionContext(test, newLatency, newUsage, newCost, schemas, judge, embedder, review);
    }

    public AssertionContext withSchemas(Map<String, String> newSchemas) {
        return new AssertionContext(test, latency, usage, cost, newSchemas, judge, embedder, review);
    }

    public AssertionContext withJudge(Judge newJudge) {
        return new AssertionContext(test, latency, usage, cost, schemas, newJudge, embedder, review);
    }

    public AssertionContext withEmbedder(Embedder newEmbedder) {
        return new AssertionContext(test, latency, usage, cost, schemas, judge, newEmbedder, review);
    }

    public AssertionContext withReview(HumanReview newReview) {
        return new AssertionContext(test, latency, usage, cost, schemas, judge, embedder, newReview);
    }

    public AssertionContext withTest(TestCase newTest) {
        return new AssertionContext(newTest, latency, usage, cost, schemas, judge, embedder, review);
    }
}
