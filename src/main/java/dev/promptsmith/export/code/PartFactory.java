package dev.promptsmith.export.code;

import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.template.PlaceholderTemplate;
import dev.promptsmith.template.TemplateAnalysis;
import dev.promptsmith.template.TemplateAnalyzer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Classifies one prompt text as fixed, placeholders or Jinja, and finds the variables it reads. */
final class PartFactory {

    private static final String EXAMPLES = "examples";

    private final TemplateAnalyzer analyzer = new TemplateAnalyzer();

    /**
     * The part, adding to {@code problems} the template's syntax errors (the code would fail on them),
     * each under {@code location} ({@code system}, {@code messages[0]}, as the renderer names parts).
     */
    TemplatePart make(String name, String location, Role role, String text, TemplateSyntax syntax, boolean isSystem,
                      String marker, List<String> problems) {
        String template = text == null ? "" : text;
        if (syntax == TemplateSyntax.RAW) {
            return new TemplatePart(name, role, template, TemplatePart.Kind.LITERAL, null, List.of(), false, marker);
        }
        Optional<PlaceholderTemplate> placeholders = PlaceholderTemplate.parse(template);
        if (placeholders.isPresent() && !placeholders.get().variables().contains(EXAMPLES)) {
            PlaceholderTemplate pieces = placeholders.get();
            TemplatePart.Kind kind = pieces.isLiteral() ? TemplatePart.Kind.LITERAL : TemplatePart.Kind.PLACEHOLDERS;
            return new TemplatePart(name, role, template, kind, pieces, List.copyOf(pieces.variables()),
                    isSystem && !pieces.isLiteral(), marker);
        }
        Set<String> variables = new LinkedHashSet<>(analyzer.analyze(template, syntax, Set.of()).referencedVariables());
        variables.remove(EXAMPLES);
        Set<String> known = new LinkedHashSet<>(variables);
        known.add(EXAMPLES);
        TemplateAnalysis analysis = analyzer.analyze(template, syntax, known);
        analysis.problems().forEach(p -> problems.add(p.withPart(location).toString()));
        return new TemplatePart(name, role, template, TemplatePart.Kind.JINJA, null, List.copyOf(variables), isSystem, marker);
    }
}
