package dev.promptsmith.model;

import java.util.List;
import java.util.Map;

/**
 * A few-shot example: the variables of an input and the output the model should give.
 * Variable values are plain JSON values (String, Number, Boolean, List, Map).
 */
public record Example(String id, Map<String, Object> vars, String output, List<String> tags, String note) {

    public Example {
        vars = vars == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
