package dev.promptsmith.compare.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonDiffTest {

    @Test
    void eachKindOfChangeIsReportedAtItsPointerPath() {
        String left = """
                {"vendor": "ACME", "total": 12.5, "paid": true, "items": [{"sku": "A1", "price": 3}, {"sku": "B2", "price": 4}, {"sku": "C3", "price": 5}]}""";
        String right = """
                {"vendor": "ACME Corp", "total": "12.5", "items": [{"sku": "A1", "price": 3}, {"sku": "B2", "price": 4}, {"sku": "C3", "price": 6}], "currency": "EUR"}""";

        assertThat(JsonDiff.diff(left, right).changes()).containsExactly(
                new JsonChange(JsonChangeKind.CHANGED, "/vendor", "\"ACME\"", "\"ACME Corp\""),
                new JsonChange(JsonChangeKind.TYPE_CHANGED, "/total", "12.5", "\"12.5\""),
                new JsonChange(JsonChangeKind.MISSING, "/paid", "true", null),
                new JsonChange(JsonChangeKind.CHANGED, "/items/2/price", "5", "6"),
                new JsonChange(JsonChangeKind.EXTRA, "/currency", null, "\"EUR\""));
    }

    @Test
    void arraysAreComparedByIndexWithTheLongerSidesTailMissingOrExtra() {
        assertThat(JsonDiff.diff("[1, 2, 3]", "[1, 5]").changes()).containsExactly(
                new JsonChange(JsonChangeKind.CHANGED, "/1", "2", "5"),
                new JsonChange(JsonChangeKind.MISSING, "/2", "3", null));
        assertThat(JsonDiff.diff("{\"a\": []}", "{\"a\": [{\"x\": 1}]}").changes()).containsExactly(
                new JsonChange(JsonChangeKind.EXTRA, "/a/0", null, "{\"x\":1}"));
    }

    @Test
    void numbersAreEqualByValueAndKeyOrderDoesNotMatter() {
        JsonDiffResult result = JsonDiff.diff("{\"a\": 1, \"b\": 2.50}", "{\"b\": 2.5, \"a\": 1.0}");

        assertThat(result.same()).isTrue();
        assertThat(result.problem()).isNull();
    }

    @Test
    void nullAgainstAValueAndObjectAgainstArrayAreTypeChanges() {
        assertThat(JsonDiff.diff("{\"a\": null, \"b\": {}}", "{\"a\": 0, \"b\": []}").changes()).containsExactly(
                new JsonChange(JsonChangeKind.TYPE_CHANGED, "/a", "null", "0"),
                new JsonChange(JsonChangeKind.TYPE_CHANGED, "/b", "{}", "[]"));
        assertThat(JsonDiff.diff("1", "\"1\"").changes())
                .containsExactly(new JsonChange(JsonChangeKind.TYPE_CHANGED, "", "1", "\"1\""));
    }

    @Test
    void slashAndTildeInKeysAreEscapedAsJsonPointerSays() {
        assertThat(JsonDiff.diff("{\"a/b\": {\"c~d\": 1}}", "{\"a/b\": {\"c~d\": 2}}").changes())
                .extracting(JsonChange::path).containsExactly("/a~1b/c~0d");
    }

    @Test
    void jsonInACodeFenceIsReadFromInsideIt() {
        JsonDiffResult result = JsonDiff.diff("```json\n{\"queue\": \"billing\"}\n```", "{\"queue\": \"billing\"}");

        assertThat(result.same()).isTrue();
    }

    @Test
    void textThatIsNotJsonIsAResultThatSaysWhichSideAndWhy() {
        JsonDiffResult result = JsonDiff.diff("The queue is billing.", "{\"queue\": \"billing\"}");

        assertThat(result.comparable()).isFalse();
        assertThat(result.changes()).isEmpty();
        assertThat(result.rightProblem()).isNull();
        assertThat(result.leftProblem()).startsWith("Unrecognized token 'The'").endsWith("at line 1, column 4");
        assertThat(result.problem()).startsWith("The left output is not valid JSON: Unrecognized token 'The'");
    }

    @Test
    void trailingTextAndEmptyOutputsAreNotJson() {
        JsonDiffResult result = JsonDiff.diff("{\"a\": 1} {\"b\": 2}", "  ");

        assertThat(result.leftProblem()).contains("Trailing token");
        assertThat(result.rightProblem()).isEqualTo("it is empty");
        assertThat(result.problem()).startsWith("Neither output is valid JSON (left: ").endsWith("; right: it is empty).");
    }
}
