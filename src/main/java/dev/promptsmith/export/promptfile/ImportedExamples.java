package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Example;
import dev.promptsmith.template.ExampleBindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an exported {@code examples} value (one map per example: id, vars, output, tags) back into
 * few-shot examples, so a template that loops over {@code examples} keeps its examples after a round trip.
 */
final class ImportedExamples {

    private ImportedExamples() {
    }

    /**
     * Moves the {@code examples} value out of {@code values} into {@code into} when it is a list of
     * example maps; any other {@code examples} value stays where it is, a plain sample value.
     */
    static void take(Map<String, Object> values, List<Example> into) {
        from(values.get(ExampleBindings.EXAMPLES)).ifPresent(examples -> {
            values.remove(ExampleBindings.EXAMPLES);
            into.addAll(examples);
        });
    }

    /** The examples, or empty when the value is not a list of example maps. */
    @SuppressWarnings("unchecked")
    static Optional<List<Example>> from(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return Optional.empty();
        }
        List<Example> examples = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("id") instanceof String id)
                    || !(map.get("output") == null || map.get("output") instanceof String)
                    || !(map.get("vars") == null || map.get("vars") instanceof Map)) {
                return Optional.empty();
            }
            Object tags = map.get("tags");
            examples.add(new Example(id, (Map<String, Object>) map.get("vars"), (String) map.get("output"),
                    tags instanceof List<?> l && l.stream().allMatch(String.class::isInstance) ? (List<String>) l : List.of(),
                    null));
        }
        return Optional.of(examples);
    }
}
