package dev.promptsmith.export.code;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names one generated file uses: the function, a local per rendered part, a constant per fixed or
 * Jinja part, and an identifier per prompt variable that clashes with none of them.
 */
final class SdkNames {

    private final String function;
    private final Map<TemplatePart, String> locals = new HashMap<>();
    private final Map<TemplatePart, String> constants = new HashMap<>();
    private final Identifiers variables;

    /**
     * @param function the function's name before clash checks
     * @param own names the file uses itself (imports, client, response …)
     * @param camelCase locals as {@code user2} rather than {@code user_2}
     */
    SdkNames(CallPlan plan, String function, Set<String> reserved, Set<String> own, boolean camelCase) {
        Set<String> taken = new LinkedHashSet<>(own);
        for (TemplatePart part : plan.parts()) {
            String local = camelCase ? part.name().replace("_", "") : part.name();
            String constant = part.name().toUpperCase(Locale.ROOT);
            locals.put(part, local);
            constants.put(part, constant);
            taken.add(local);
            taken.add(constant);
        }
        String name = function;
        while (reserved.contains(name) || taken.contains(name)) {
            name = name + "_";
        }
        this.function = name;
        taken.add(name);
        this.variables = new Identifiers(reserved, taken);
        plan.variables().forEach(variables::variable);
    }

    String function() {
        return function;
    }

    String local(TemplatePart part) {
        return locals.get(part);
    }

    String constant(TemplatePart part) {
        return constants.get(part);
    }

    String variable(String name) {
        return variables.variable(name);
    }

    /** How the body refers to a part's text: its constant when fixed, else its local. */
    String reference(TemplatePart part) {
        return part.kind() == TemplatePart.Kind.LITERAL ? constant(part) : local(part);
    }
}
