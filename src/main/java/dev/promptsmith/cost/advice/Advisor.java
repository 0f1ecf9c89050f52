package dev.promptsmith.cost.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads measured results and says what to do next (DESIGN §1, step 6): keep iterating on the prompt,
 * fix the output format, add reasoning, switch to a cheaper model, or fine-tune — each with its evidence.
 */
public final class Advisor {

    private final List<AdviceRule> rules;

    public Advisor(List<AdviceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules, in the order their advice is shown. */
    public static Advisor standard() {
        return new Advisor(List.of(new TargetGapRule(), new CeilingRule(), new FormatFailureRule(),
                new ReasoningFailureRule(), new MissingKnowledgeRule(), new CheaperModelRule(), new FineTuningRule()));
    }

    public List<Advice> advise(AdvisorInputs inputs) {
        AdviceContext context = new AdviceContext(inputs);
        List<Advice> advice = new ArrayList<>();
        for (AdviceRule rule : rules) {
            advice.addAll(rule.advise(context));
        }
        return List.copyOf(advice);
    }
}
