package dev.promptsmith.cost.advice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Missing domain knowledge: cases that fail on their content (equals, label, contains…) in EVERY
 * column, whatever the prompt variant and the model, and in at least one column with the answer's
 * format right (a case that is never even well-formed is a format problem first). No wording fixed
 * them and no model knew the answer, so the knowledge must come from outside: context in the prompt
 * (retrieval) or fine-tuning.
 */
final class MissingKnowledgeRule implements AdviceRule {

    /** From this share of all cases on, missing knowledge is a main failure mode. */
    static final double MAIN_SHARE = 0.10;

    /** The cases that fail on content in every column that ran them (at least two); empty with one column. */
    static List<String> find(AdviceContext context) {
        if (context.cases().size() < 2) {
            return List.of();
        }
        Set<String> tests = new LinkedHashSet<>();
        context.cases().values().forEach(byTest -> tests.addAll(byTest.keySet()));
        List<String> found = new ArrayList<>();
        for (String test : tests) {
            int ran = 0;
            boolean everywhere = true;
            boolean wellFormedOnce = false;
            for (Map<String, CaseResult> byTest : context.cases().values()) {
                CaseResult result = byTest.get(test);
                if (result == null) {
                    continue;
                }
                ran++;
                everywhere &= !result.passed() && result.failedTypes().stream().anyMatch(AdviceContext::isContentCheck);
                wellFormedOnce |= FormatFailureRule.formatFailures(context.inputs().project(), result).isEmpty();
            }
            if (everywhere && wellFormedOnce && ran >= 2) {
                found.add(test);
            }
        }
        found.sort(context.projectOrder());
        return found;
    }

    @Override
    public List<Advice> advise(AdviceContext context) {
        List<String> ids = find(context);
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> tests = new LinkedHashSet<>();
        context.cases().values().forEach(byTest -> tests.addAll(byTest.keySet()));
        double share = (double) ids.size() / tests.size();
        int prompts = context.prompts().size();
        int models = context.models().size();
        List<String> evidence = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), AdviceText.NAMED_CASES))) {
            context.cases().values().stream().map(byTest -> byTest.get(id)).filter(r -> r != null).findFirst()
                    .ifPresent(r -> r.failedTypes().stream().filter(AdviceContext::isContentCheck).findFirst()
                            .ifPresent(type -> evidence.add(id + " (" + r.columnId() + "): " + r.reason(type))));
        }
        String tried = AdviceText.count(prompts, "prompt variant", "prompt variants") + " × "
                + AdviceText.count(models, "model", "models");
        return List.of(new Advice(Advice.Kind.MISSING_KNOWLEDGE,
                share >= MAIN_SHARE ? Advice.Severity.WARNING : Advice.Severity.SUGGESTION,
                AdviceText.count(ids.size(), "case fails", "cases fail") + " on content in every column (" + tried + "): "
                        + AdviceText.ids(ids) + ". No wording fixed them and no model knew the answer: that is missing "
                        + "domain knowledge. Give the prompt the facts it needs (context, retrieval), or make these cases "
                        + "fine-tuning candidates." + (prompts < 2 ? " Only one prompt variant was tried: try another before concluding." : "")
                        + (models < 2 ? " Only one model was tried: run another before concluding." : ""),
                evidence, ids));
    }
}
