package dev.promptsmith.eval.assertion;

import static dev.promptsmith.eval.assertion.Checks.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonAssertionsTest {

    private static final String ORDER = "{\"id\": \"A-1\", \"total\": 1200.0, \"items\": [\"lamp\", \"desk\"]}";

    @Test
    void isJsonAcceptsOnlyAWholeJsonOutput() {
        assertThat(run("is-json", null, "  " + ORDER + "\n").reason()).isEqualTo("Output is valid JSON");
        AssertionResult prose = run("is-json", null, "Here you go: " + ORDER);
        assertThat(prose.pass()).isFalse();
        assertThat(prose.reason()).startsWith("Output is not valid JSON: Unrecognized token 'Here'")
                .contains("line 1, column");
        assertThat(run("is-json", null, "```json\n" + ORDER + "\n```").reason()).endsWith("(it is wrapped in a ``` code fence)");
        assertThat(run("is-json", null, "").reason()).isEqualTo("Output is not valid JSON: the output is empty");
        assertThat(run("is-json", null, ORDER + " {}").pass()).isFalse();
    }

    @Test
    void isJsonWithASchemaValueAlsoValidates() {
        Map<String, Object> schema = Map.of("type", "object", "required", List.of("id"));
        assertThat(run("is-json", schema, ORDER).pass()).isTrue();
        AssertionResult fail = run("is-json", schema, "{\"total\": 1}");
        assertThat(fail.type()).isEqualTo("is-json");
        assertThat(fail.reason()).startsWith("Output does not match schema (inline schema): ").contains("id");
    }

    @Test
    void containsJsonWithoutValueFindsJsonInProseOrFences() {
        assertThat(run("contains-json", null, "Result:\n```json\n" + ORDER + "\n```\nDone.").reason())
                .isEqualTo("Output contains valid JSON");
        AssertionResult fail = run("contains-json", null, "No JSON {here, sorry");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("Output contains no valid JSON");
    }

    @Test
    void containsJsonComparesTheNamedFieldsAtAnyDepth() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("invoice_number", "INV-2024-0193");
        expected.put("vendor", Map.of("vat_id", "DE1"));
        expected.put("total", 587.93);
        String output = "```json\n{\"invoice_number\":\"INV-2024-0193\",\"vendor\":{\"name\":\"Cloudpeak\",\"vat_id\":\"DE1\"},"
                + "\"total\":587.930,\"currency\":\"USD\"}\n```";
        AssertionResult pass = run("contains-json", expected, output);
        assertThat(pass.pass()).isTrue();
        assertThat(pass.reason()).isEqualTo("Output JSON has all 3 expected field values");
    }

    @Test
    void containsJsonListsTheFieldsThatDifferAndScoresTheShareThatMatch() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("total", 587.93);
        expected.put("due_date", null);
        expected.put("vendor", Map.of("vat_id", "DE1"));
        expected.put("currency", "USD");
        AssertionResult fail = run("contains-json", expected,
                "{\"total\": 587.0, \"vendor\": {\"vat_id\": null}, \"currency\": \"USD\"}");
        assertThat(fail.pass()).isFalse();
        assertThat(fail.score()).isEqualTo(0.25);
        assertThat(fail.reason()).startsWith("Output JSON differs in 3 of 4 expected field values: ")
                .contains("$.total: expected 587.93, got 587.0")
                .contains("$.due_date: expected null, got nothing (missing)")
                .contains("$.vendor.vat_id: expected \"DE1\", got null");
    }

    @Test
    void containsJsonComparesArraysItemByItem() {
        Map<String, Object> expected = Map.of("items", List.of(Map.of("qty", 1), Map.of("qty", 5)));
        assertThat(run("contains-json", expected, "{\"items\":[{\"qty\":1,\"sku\":\"a\"},{\"qty\":5.0}]}").pass()).isTrue();
        assertThat(run("contains-json", expected, "{\"items\":[{\"qty\":1}]}").reason())
                .contains("$.items: expected 2 items, got 1");
    }

    @Test
    void containsJsonPicksTheBestMatchingObjectAndHonoursAThreshold() {
        Map<String, Object> expected = Map.of("a", 1, "b", 2);
        String output = "first {\"a\": 9} then {\"a\": 1, \"b\": 3}";
        AssertionResult result = run("contains-json", expected, output);
        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.reason()).contains("$.b: expected 2, got 3");
        assertThat(run("contains-json", expected, 0.5, output).pass()).isTrue();
    }

    @Test
    void containsJsonExplainsWhenThereIsNothingToCompare() {
        assertThat(run("contains-json", Map.of("a", 1), "plain text").reason())
                .isEqualTo("Output contains no JSON to compare with the expected fields");
        AssertionResult bad = run("contains-json", List.of(1, 2), "{}");
        assertThat(bad.error()).isTrue();
        assertThat(bad.reason()).isEqualTo("contains-json needs a JSON object as its value (or no value)");
        assertThat(run("contains-json", "{\"a\": 1}", "{\"a\": 1}").pass()).isTrue();
    }

    @Test
    void jsonSchemaValidatesAgainstAProjectSchema() throws IOException {
        AssertionContext context = Checks.context().withSchemas(Map.of("schemas/order.json", resource("order.schema.json")));
        Assertion spec = new Assertion("json-schema", "schemas/order.json", null, null);
        assertThat(Checks.run(spec, ORDER, context).reason()).isEqualTo("Output matches schema schemas/order.json");
        AssertionResult fail = Checks.run(spec, "{\"id\": \"\", \"total\": \"12\", \"items\": [1], \"note\": 1}", context);
        assertThat(fail.pass()).isFalse();
        assertThat(fail.error()).isFalse();
        assertThat(fail.reason()).startsWith("Output does not match schema schemas/order.json: ")
                .contains("$.total: string found, number expected")
                .contains("$.items[0]: integer found, string expected")
                .contains("note")
                .contains("$.id");
    }

    @Test
    void jsonSchemaReadsJsonInsideACodeFence() throws IOException {
        AssertionContext context = Checks.context().withSchemas(Map.of("schemas/order.json", resource("order.schema.json")));
        Assertion spec = new Assertion("json-schema", "schemas/order.json", null, null);
        assertThat(Checks.run(spec, "```json\n" + ORDER + "\n```", context).pass()).isTrue();
        assertThat(Checks.run(spec, "no json", context).reason())
                .isEqualTo("Output contains no JSON to check against schemas/order.json");
    }

    @Test
    void jsonSchemaAcceptsAnInlineSchema() {
        Map<String, Object> schema = Map.of("type", "object", "properties", Map.of("total", Map.of("type", "number")));
        assertThat(run("json-schema", schema, ORDER).reason()).isEqualTo("Output matches schema (inline schema)");
        assertThat(run("json-schema", schema, "{\"total\": \"x\"}").reason())
                .isEqualTo("Output does not match schema (inline schema): $.total: string found, number expected");
    }

    @Test
    void jsonSchemaReportsAMissingOrBrokenSchemaAsAnError() {
        AssertionContext context = Checks.context().withSchemas(Map.of("schemas/broken.json", "{\"type\": "));
        AssertionResult missing = Checks.run(new Assertion("json-schema", "schemas/nope.json", null, null), ORDER, context);
        assertThat(missing.error()).isTrue();
        assertThat(missing.reason()).isEqualTo("Schema 'schemas/nope.json' is not in the project (known: schemas/broken.json)");
        AssertionResult broken = Checks.run(new Assertion("json-schema", "schemas/broken.json", null, null), ORDER, context);
        assertThat(broken.error()).isTrue();
        assertThat(broken.reason()).startsWith("Invalid JSON Schema schemas/broken.json: ");
        AssertionResult badKeyword = run("json-schema", Map.of("type", 12), ORDER);
        assertThat(badKeyword.error()).isTrue();
        assertThat(badKeyword.reason()).startsWith("Invalid JSON Schema (inline schema): ");
        assertThat(run("json-schema", 42, ORDER).reason())
                .isEqualTo("json-schema needs a schema path or an inline schema object as its value");
    }

    @Test
    void jsonSchemaNeverFetchesRemoteReferences() {
        Map<String, Object> schema = Map.of("$ref", "https://schemas.invalid/order.json");
        AssertionResult result = run("json-schema", schema, ORDER);
        assertThat(result.pass()).isFalse();
        assertThat(result.error()).isTrue();
        assertThat(result.reason()).startsWith("Invalid JSON Schema (inline schema): ");
    }

    @Test
    void jsonPathComparesTheValueAtAPath() {
        Map<String, Object> spec = Map.of("path", "$.total", "equals", 1200);
        assertThat(run("json-path", spec, ORDER).reason()).isEqualTo("$.total is 1200.0 as expected");
        AssertionResult fail = run("json-path", Map.of("path", "$.items[1]", "equals", "chair"), ORDER);
        assertThat(fail.pass()).isFalse();
        assertThat(fail.reason()).isEqualTo("$.items[1] is \"desk\", expected \"chair\"");
        assertThat(run("json-path", Map.of("path", "$.missing", "equals", 1), ORDER).reason())
                .isEqualTo("$.missing is missing from the output JSON");
        assertThat(run("json-path", Map.of("path", "/items/0"), ORDER).reason()).isEqualTo("/items/0 exists (\"lamp\")");
        assertThat(run("json-path", Map.of("path", "$.total"), "not json").reason())
                .isEqualTo("Output contains no JSON, so $.total cannot be read");
    }

    @Test
    void jsonPathRejectsUnsupportedPathsAndMissingValues() {
        AssertionResult wildcard = run("json-path", Map.of("path", "$.items[*]", "equals", 1), ORDER);
        assertThat(wildcard.error()).isTrue();
        assertThat(wildcard.reason()).startsWith("unsupported JSON path '$.items[*]'");
        assertThat(run("json-path", "$.total", ORDER).reason())
                .isEqualTo("json-path needs a value like {path: \"$.total\", equals: 1200}");
    }

    @Test
    void jsonPathCanCompareObjectsAndNull() {
        String output = "{\"vendor\": {\"vat_id\": null, \"name\": \"X\"}}";
        assertThat(run("json-path", nullable("$.vendor.vat_id"), output).pass()).isTrue();
        assertThat(run("json-path", Map.of("path", "$.vendor", "equals", Map.of("name", "X", "vat_id", "")), output)
                .pass()).isFalse();
    }

    private static Map<String, Object> nullable(String path) {
        Map<String, Object> spec = new HashMap<>();
        spec.put("path", path);
        spec.put("equals", null);
        return spec;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = JsonAssertionsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
