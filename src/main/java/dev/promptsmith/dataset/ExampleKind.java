package dev.promptsmith.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.project.RecordJson;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Few-shot examples: vars, output, tags and note. */
final class ExampleKind implements RecordKind<Example> {

    @Override
    public String noun() {
        return "example";
    }

    @Override
    public String projectFile() {
        return "examples.jsonl";
    }

    @Override
    public String idPrefix() {
        return "ex-";
    }

    @Override
    public int idDigits() {
        return 2;
    }

    @Override
    public String id(Example value) {
        return value.id();
    }

    @Override
    public Example withId(Example e, String id) {
        return new Example(id, e.vars(), e.output(), e.tags(), e.note());
    }

    @Override
    public Set<ColumnField> fields() {
        return EnumSet.of(ColumnField.VAR, ColumnField.OUTPUT, ColumnField.ID, ColumnField.TAGS, ColumnField.NOTE,
                ColumnField.IGNORED, ColumnField.UNSUPPORTED);
    }

    @Override
    public Example fromRow(RowFields row) {
        return new Example(row.id(), row.vars(), row.output(), row.tags(), row.note());
    }

    @Override
    public Set<String> jsonKeys() {
        return Set.of("id", "vars", "output", "tags", "note");
    }

    @Override
    public Optional<Example> fromJson(RecordJson json, ObjectNode object, String file, int line, String lineText,
                                      List<Problem> problems) {
        return json.readExample(object, file, line, lineText, problems);
    }

    @Override
    public String toJsonLine(RecordJson json, Example value) {
        return json.exampleLine(value);
    }

    @Override
    public List<Example> of(Project project) {
        return project.examples();
    }

    @Override
    public Project with(Project project, List<Example> values) {
        return project.withExamples(values);
    }
}
