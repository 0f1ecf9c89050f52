package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PicoschemaTest {

    @Test
    void variablesAreTypedFromTheirSample() {
        assertThat(Picoschema.ofVariables(List.of("ticket", "count", "items", "missing"),
                Map.of("ticket", "x", "count", 3, "items", List.of()))).containsExactly(
                Map.entry("ticket", "string"), Map.entry("count", "integer"), Map.entry("items", "any"),
                Map.entry("missing", "string"));
    }

    @Test
    void aJsonSchemaIsKeptAsItIs() {
        Map<String, Object> schema = Map.of("type", "object", "properties", Map.of());

        assertThat(Picoschema.toJsonSchema(schema, new ArrayList<>())).isSameAs(schema);
    }

    @Test
    void wildcardsDescriptionsAndOptionalFieldsConvert() {
        Map<String, Object> pico = new LinkedHashMap<>();
        pico.put("name", "string, the full name");
        pico.put("age?", "integer");
        pico.put("(*)", "number");

        assertThat(Picoschema.toJsonSchema(pico, new ArrayList<>())).isEqualTo(Map.of(
                "type", "object",
                "properties", Map.of("name", Map.of("type", "string", "description", "the full name"),
                        "age", Map.of("type", List.of("integer", "null"))),
                "required", List.of("name"),
                "additionalProperties", Map.of("type", "number")));
    }

    @Test
    void unknownTypesAreProblems() {
        List<String> problems = new ArrayList<>();

        Picoschema.toJsonSchema(Map.of("when(date)", "string", "x", "text"), problems);

        assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).contains("'(date)' is not a Picoschema type"))
                .anySatisfy(p -> assertThat(p).contains("'text' is not a Picoschema type"));
    }
}
