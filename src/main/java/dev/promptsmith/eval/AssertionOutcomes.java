package dev.promptsmith.eval;

import dev.promptsmith.eval.assertion.AssertionResult;
import dev.promptsmith.store.AssertionOutcome;

/** An assertion's verdict in the form the results store keeps, labels included. */
public final class AssertionOutcomes {

    private AssertionOutcomes() {
    }

    public static AssertionOutcome of(AssertionResult r) {
        return new AssertionOutcome(r.type(), r.pass(), r.score(), r.reason(),
                r.label() == null ? null : r.label().expected(), r.label() == null ? null : r.label().predicted());
    }
}
