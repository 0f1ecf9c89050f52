package dev.promptsmith.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Project;
import dev.promptsmith.project.RecordJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What importers and exporters need to know about one kind of record: test cases or few-shot examples. */
public interface RecordKind<T> {

    static RecordKind<dev.promptsmith.model.TestCase> tests() {
        return new TestCaseKind();
    }

    static RecordKind<dev.promptsmith.model.Example> examples() {
        return new ExampleKind();
    }

    /** "test case" or "example", for messages. */
    String noun();

    /** "a test case", "an example". */
    default String aNoun() {
        return ("aeiou".indexOf(noun().charAt(0)) >= 0 ? "an " : "a ") + noun();
    }

    /** The project file the records live in, e.g. {@code tests.jsonl}. */
    String projectFile();

    /** Generated ids are this prefix and a zero-padded number: {@code t-025}, {@code ex-08}. */
    String idPrefix();

    int idDigits();

    String id(T value);

    T withId(T value, String id);

    /** The table fields this kind of record can take from a column. */
    Set<ColumnField> fields();

    T fromRow(RowFields row);

    /** The keys a record's JSON object may have; other keys are reported, not dropped silently. */
    Set<String> jsonKeys();

    /** Reads a JSON object with the project file's own rules. */
    Optional<T> fromJson(RecordJson json, ObjectNode object, String file, int line, String lineText,
                         List<Problem> problems);

    /** The record as a line of the project file. */
    String toJsonLine(RecordJson json, T value);

    List<T> of(Project project);

    Project with(Project project, List<T> values);
}
