package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one output against its test's assertions plus the project's {@code defaultAssert}.
 * <ul>
 *   <li>Each assertion has a weight (default 1). Weight 0 makes it informational: shown, but it
 *       counts toward neither the score nor the verdict, even when it could not run (a {@code cost}
 *       check kept for display must not fail every test on an unpriced model). A negative weight is
 *       an error.</li>
 *   <li>The score is the weighted mean of the assertion scores (1 when nothing is weighed).</li>
 *   <li>With a pass threshold, the test passes when the score reaches it; without one, every
 *       weighted assertion must pass. Either way an assertion that could not run (an
 *       {@link AssertionResult#error() error}) fails the test: configuration problems are never
 *       averaged away.</li>
 *   <li>A test with no assertions of its own but with an {@code expected} value gets an implicit
 *       {@code equals} against it (trimmed text, or JSON by value), so a plain input/expected table
 *       is already a test suite. The project's {@code defaultAssert} does not change that.</li>
 *   <li>With an {@link Extraction}, every assertion sees the extracted answer; when extraction finds
 *       nothing, an {@code extract} error result fails the test and the assertions see the whole output.</li>
 * </ul>
 */
public final class Scorer {

    static final String EXTRACT = "extract";

    private final AssertionRegistry registry;
    private final List<Assertion> defaultAssert;
    private final Extraction extraction;

    /** @param extraction how to take the answer out of the output, or null to score the whole output */
    public Scorer(AssertionRegistry registry, List<Assertion> defaultAssert, Extraction extraction) {
        this.registry = registry;
        this.defaultAssert = List.copyOf(defaultAssert);
        this.extraction = extraction;
    }

    /** A scorer with the project's {@code defaultAssert} and no extraction. */
    public static Scorer forProject(AssertionRegistry registry, Project project) {
        return new Scorer(registry, project.settings().defaultAssert(), null);
    }

    public TestScore score(String output, AssertionContext context) {
        return score(output, context, null);
    }

    /** @param passThreshold the weighted mean score a test needs to pass, or null for "every assertion passes" */
    public TestScore score(String output, AssertionContext context, Double passThreshold) {
        Tally tally = new Tally();
        String answer = output == null ? "" : output;
        if (extraction != null) {
            ExtractedAnswer extracted = AnswerExtractor.extract(answer, extraction);
            if (!extracted.isFound()) {
                tally.add(AssertionResult.error(EXTRACT, extracted.problem()), 1);
            }
            answer = extracted.text();
        }
        for (Assertion spec : assertionsFor(context.test())) {
            double weight = spec.weight() == null ? 1 : spec.weight();
            if (weight < 0) {
                tally.add(AssertionResult.error(spec.type(), "weight must not be negative, got " + Texts.number(weight)), 1);
            } else {
                tally.add(registry.evaluate(answer, spec, context), weight);
            }
        }
        return tally.verdict(passThreshold);
    }

    /** Whether the test, with the project's defaults, has an assertion of this type (or its {@code not-} form). */
    public boolean uses(String type, TestCase test) {
        // Called for every cell of a run: no list is built, as assertionsFor would.
        return anyOfType(test.asserts(), type) || anyOfType(defaultAssert, type);
    }

    private static boolean anyOfType(List<Assertion> assertions, String type) {
        for (Assertion assertion : assertions) {
            String t = assertion.type() == null ? "" : assertion.type().trim();
            if (t.equalsIgnoreCase(type) || t.equalsIgnoreCase(Negation.PREFIX + type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verdict again after a person reviewed the output: {@code human} assertions are checked
     * anew against {@code context}'s review, every other result is kept as it was (a rubric is not
     * graded twice). {@code previous} is the earlier {@link TestScore#results()} of this test.
     */
    public TestScore rescoreHuman(List<AssertionResult> previous, AssertionContext context) {
        List<Assertion> specs = assertionsFor(context.test());
        int offset = previous.size() - specs.size();
        if (offset < 0 || offset > 1) {
            throw new IllegalArgumentException("The earlier results do not belong to this test's assertions: "
                    + previous.size() + " results for " + specs.size() + " assertions");
        }
        Tally tally = new Tally();
        for (int i = 0; i < offset; i++) {
            tally.add(previous.get(i), 1);
        }
        for (int j = 0; j < specs.size(); j++) {
            Assertion spec = specs.get(j);
            double weight = spec.weight() == null ? 1 : spec.weight();
            AssertionResult result = previous.get(offset + j);
            String type = spec.type() == null ? "" : spec.type().trim().toLowerCase(java.util.Locale.ROOT);
            if (type.equals(HumanAssertion.TYPE) || type.equals(Negation.PREFIX + HumanAssertion.TYPE)) {
                result = registry.evaluate("", spec, context);
            }
            tally.add(result, weight < 0 ? 1 : weight);
        }
        return tally.verdict(null);
    }

    private List<Assertion> assertionsFor(TestCase test) {
        List<Assertion> specs = new ArrayList<>(test.asserts());
        if (specs.isEmpty() && test.expected() != null) {
            specs.add(new Assertion(EqualsAssertion.TYPE, null, null, null));
        }
        specs.addAll(defaultAssert);
        return specs;
    }

    /** Running totals of one test's results. */
    private static final class Tally {
        private final List<AssertionResult> results = new ArrayList<>();
        private double weightedScore;
        private double totalWeight;
        private boolean allPass = true;
        private boolean anyError;

        void add(AssertionResult result, double weight) {
            results.add(result);
            if (weight > 0) {
                anyError |= result.error();
                weightedScore += weight * result.score();
                totalWeight += weight;
                allPass &= result.pass();
            }
        }

        TestScore verdict(Double passThreshold) {
            double score = totalWeight == 0 ? 1 : weightedScore / totalWeight;
            boolean pass = !anyError && (passThreshold == null ? allPass : score >= passThreshold);
            return new TestScore(pass, score, results);
        }
    }
}
