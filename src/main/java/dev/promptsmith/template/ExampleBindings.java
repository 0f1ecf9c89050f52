package dev.promptsmith.template;

import dev.promptsmith.model.Example;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The variables a template is rendered with: the input's vars plus the selected examples as {@code examples}. */
public final class ExampleBindings {

    /** The variable name templates loop over. */
    public static final String EXAMPLES = "examples";

    private ExampleBindings() {
    }

    /**
     * One map per example: {@code id}, {@code vars}, {@code output}, {@code tags}, and each of its
     * vars again at the top level, so both {@code ex.vars.ticket} and {@code ex.ticket} work. The
     * fixed keys win over a var of the same name.
     */
    public static List<Map<String, Object>> examples(List<Example> selected) {
        List<Map<String, Object>> maps = new ArrayList<>(selected.size());
        for (Example example : selected) {
            Map<String, Object> map = new LinkedHashMap<>(example.vars());
            map.put("id", example.id());
            map.put("vars", example.vars());
            map.put("output", example.output());
            map.put("tags", example.tags());
            maps.add(Collections.unmodifiableMap(map));
        }
        return Collections.unmodifiableList(maps);
    }

    /** {@code vars} plus {@code examples}; the engine's {@code examples} replaces a var of that name. */
    static Map<String, Object> context(Map<String, Object> vars, List<Map<String, Object>> examples) {
        Map<String, Object> context = new LinkedHashMap<>(vars == null ? Map.of() : vars);
        context.put(EXAMPLES, examples);
        return context;
    }
}
