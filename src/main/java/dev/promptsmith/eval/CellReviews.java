package dev.promptsmith.eval;

import dev.promptsmith.eval.assertion.AssertionContext;
import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.eval.assertion.AssertionResult;
import dev.promptsmith.eval.assertion.Scorer;
import dev.promptsmith.eval.assertion.TestScore;
import dev.promptsmith.model.HumanReview;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.ReviewKey;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import java.time.Duration;
import java.util.List;

/**
 * Human review of a stored cell: saves the review with the results and, when the test scores it
 * through a {@code human} assertion, updates the cell's verdict — the other assertions keep their
 * results, so a rubric is not graded (and paid for) twice.
 */
public final class CellReviews {

    private final AssertionRegistry registry;

    public CellReviews(AssertionRegistry registry) {
        this.registry = registry;
    }

    /** Saves the review and returns the cell as now stored (re-scored when its test has a {@code human} check). */
    public StoredCell review(ResultsStore store, Project project, long runId, StoredCellKey key, HumanReview review) {
        StoredCell cell = store.cell(runId, key).orElseThrow(() -> new IllegalArgumentException(
                "Run " + runId + " has no cell " + key));
        store.saveReview(ReviewKey.of(key, cell.output()), cell.output(), review);
        TestCase test = project.test(key.testId()).orElse(null);
        PromptVariant prompt = store.promptVersion(key.promptHash()).orElse(null);
        if (test == null || prompt == null || !cell.ok()) {
            return cell;
        }
        Scorer scorer = new Scorer(registry, project.settings().defaultAssert(), Evaluation.extraction(prompt));
        if (!scorer.uses("human", test)) {
            return cell;
        }
        AssertionContext context = AssertionContext.of(test).withSchemas(project.schemas())
                .withCall(cell.latencyMs() == null ? null : Duration.ofMillis(cell.latencyMs()), cell.usage(), cell.costUsd())
                .withReview(review.isEmpty() ? null : review);
        List<AssertionResult> previous = cell.assertions().stream()
                .map(o -> new AssertionResult(o.type(), o.pass(), o.score(), o.reason())).toList();
        TestScore score = scorer.rescoreHuman(previous, context);
        List<AssertionOutcome> outcomes = score.results().stream().map(r -> outcome(r, cell.assertions())).toList();
        StoredCell updated = new StoredCell(key, cell.output(), cell.errorKind(), cell.errorMessage(), cell.latencyMs(),
                cell.ttftMs(), cell.usage(), cell.costUsd(), cell.cacheHit(), score.pass(), score.score(), outcomes,
                cell.createdAt());
        store.recordCell(runId, updated);
        store.flush();
        return updated;
    }

    /** The stored form, keeping the labels the earlier outcome of the same type carried. */
    private static AssertionOutcome outcome(AssertionResult r, List<AssertionOutcome> before) {
        AssertionOutcome earlier = before.stream().filter(o -> o.type().equals(r.type()) && o.expectedLabel() != null)
                .findFirst().orElse(null);
        return new AssertionOutcome(r.type(), r.pass(), r.score(), r.reason(),
                earlier == null ? null : earlier.expectedLabel(), earlier == null ? null : earlier.predictedLabel());
    }
}
