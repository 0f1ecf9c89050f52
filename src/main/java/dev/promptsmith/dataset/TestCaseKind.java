package dev.promptsmith.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.RecordJson;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test cases: vars, expected, assertions, tags, split and note. */
final class TestCaseKind implements RecordKind<TestCase> {

    @Override
    public String noun() {
        return "test case";
    }

    @Override
    public String projectFile() {
        return "tests.jsonl";
    }

    @Override
    public String idPrefix() {
        return "t-";
    }

    @Override
    public int idDigits() {
        return 3;
    }

    @Override
    public String id(TestCase value) {
        return value.id();
    }

    @Override
    public TestCase withId(TestCase t, String id) {
        return new TestCase(id, t.vars(), t.expected(), t.asserts(), t.tags(), t.split(), t.note());
    }

    @Override
    public Set<ColumnField> fields() {
        return EnumSet.complementOf(EnumSet.of(ColumnField.OUTPUT));
    }

    @Override
    public TestCase fromRow(RowFields row) {
        return new TestCase(row.id(), row.vars(), row.expected(), row.asserts(), row.tags(), row.split(), row.note());
    }

    @Override
    public Set<String> jsonKeys() {
        return Set.of("id", "vars", "expected", "assert", "tags", "split", "note");
    }

    @Override
    public Optional<TestCase> fromJson(RecordJson json, ObjectNode object, String file, int line, String lineText,
                                       List<Problem> problems) {
        return json.readTest(object, file, line, lineText, problems);
    }

    @Override
    public String toJsonLine(RecordJson json, TestCase value) {
        return json.testLine(value);
    }

    @Override
    public List<TestCase> of(Project project) {
        return project.tests();
    }

    @Override
    public Project with(Project project, List<TestCase> values) {
        return project.withTests(values);
    }
}
