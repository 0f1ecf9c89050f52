package dev.promptsmith.template;

import java.util.List;
import java.util.Set;

/**
 * What the editor needs to highlight a template.
 *
 * @param spans sorted, non-overlapping; plain text between them has no span
 * @param referencedVariables top-level variables the template reads from its inputs, in order of
 *                            first use; names the template defines itself and {@code examples} are left out
 * @param problems syntax problems and undefined variables, with part {@code ""}
 */
public record TemplateAnalysis(List<TemplateSpan> spans, Set<String> referencedVariables, List<TemplateProblem> problems) {

    public static final TemplateAnalysis EMPTY = new TemplateAnalysis(List.of(), Set.of(), List.of());

    public TemplateAnalysis {
        spans = List.copyOf(spans);
        referencedVariables = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(referencedVariables));
        problems = List.copyOf(problems);
    }
}
