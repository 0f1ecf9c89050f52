package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSubsetSchemaTest {

    @Test
    void fieldsBecomeRequiredPropertiesArraysTuplesAndLeavesConsts() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("total", 587.93);
        expected.put("vendor", Map.of("vat_id", "DE1"));
        expected.put("items", List.of(1));

        assertThat(JsonSubsetSchema.toSchema(expected)).isEqualTo(Map.of(
                "type", "object",
                "properties", Map.of(
                        "total", Map.of("const", 587.93),
                        "vendor", Map.of("type", "object", "properties", Map.of("vat_id", Map.of("const", "DE1")),
                                "required", List.of("vat_id")),
                        "items", Map.of("type", "array", "items", List.of(Map.of("const", 1)), "minItems", 1, "maxItems", 1)),
                "required", List.of("total", "vendor", "items")));
    }

    @Test
    void aSchemaOfThatShapeTurnsBackIntoTheObjectIncludingNulls() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("due_date", null);
        expected.put("lines", Arrays.asList(Map.of("qty", 2), "x"));

        assertThat(JsonSubsetSchema.fromSchema(JsonSubsetSchema.toSchema(expected))).contains(expected);
    }

    @Test
    void anyOtherSchemaIsNotTakenForAFieldSubset() {
        assertThat(JsonSubsetSchema.fromSchema(Map.of("type", "object", "properties",
                Map.of("title", Map.of("type", "string")), "required", List.of("title")))).isEmpty();
        assertThat(JsonSubsetSchema.fromSchema(Map.of("type", "object", "properties",
                Map.of("a", Map.of("const", 1)), "required", List.of()))).isEmpty();
    }
}
