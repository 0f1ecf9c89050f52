package dev.promptsmith.cost.advice;

import java.util.List;
import java.util.Objects;

/**
 * One piece of advice read from measured results: what to do, in plain language, and the evidence
 * it rests on.
 *
 * @param statement what the results say and what to do, in one or two sentences
 * @param evidence  the numbers behind it, one line each
 * @param caseIds   the test cases it is about, most telling first; empty when it is about columns
 */
public record Advice(Kind kind, Severity severity, String statement, List<String> evidence, List<String> caseIds) {

    public Advice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(statement, "statement");
        evidence = List.copyOf(evidence);
        caseIds = List.copyOf(caseIds);
    }

    /** What the advice is about: the steps of DESIGN §1, step 6. */
    public enum Kind {
        /** How far the best column is from the target. */
        TARGET_GAP,
        /** A small gap: keep iterating on the prompt. */
        ITERATE_PROMPT,
        /** A large gap that prompt variants do not move. */
        CEILING,
        /** Failures of the answer's shape: use structured output or a schema. */
        FORMAT_FAILURES,
        /** Failures that chain of thought fixes. */
        REASONING_FAILURES,
        /** The same content failures everywhere: missing domain knowledge. */
        MISSING_KNOWLEDGE,
        /** A cheaper column or model that reaches the target. */
        CHEAPER_MODEL,
        /** Whether fine-tuning is justified, and what it would take. */
        FINE_TUNING
    }

    /** How strongly it asks for action. */
    public enum Severity {
        INFO,
        SUGGESTION,
        WARNING
    }
}
