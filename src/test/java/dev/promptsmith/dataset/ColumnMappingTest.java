package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void theHeaderIsReadAsOurOwnColumnsPromptfooColumnsAndVariables() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("ID", "ticket", "expected", "__expected", "__expected2",
                "Tags", "split", "note", "__description", "__metadata:owner", "__prefix", "vars.id", ""), RecordKind.tests());

        assertThat(mapping.targets()).extracting(ColumnTarget::field).containsExactly(
                ColumnField.ID, ColumnField.VAR, ColumnField.EXPECTED, ColumnField.ASSERTION, ColumnField.ASSERTION,
                ColumnField.TAGS, ColumnField.SPLIT, ColumnField.NOTE, ColumnField.NOTE, ColumnField.IGNORED,
                ColumnField.UNSUPPORTED, ColumnField.VAR, ColumnField.UNSUPPORTED);
        assertThat(mapping.target(1).varName()).isEqualTo("ticket");
        assertThat(mapping.target(11).varName()).isEqualTo("id");
    }

    @Test
    void forExamplesTheExpectedColumnIsTheOutput() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("ticket", "expected", "split"), RecordKind.examples());

        assertThat(mapping.targets()).extracting(ColumnTarget::field)
                .containsExactly(ColumnField.VAR, ColumnField.OUTPUT, ColumnField.IGNORED);
    }

    @Test
    void aColumnCanBeRemappedByHeaderOrByNumber() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("text", "label", ""), RecordKind.tests())
                .with("label", ColumnTarget.parse("expected", "label").orElseThrow())
                .with("#3", ColumnTarget.parse("ignore", "").orElseThrow())
                .with("text", ColumnTarget.parse("var:ticket", "text").orElseThrow());

        assertThat(mapping.describe()).isEqualTo("text → var ticket, label → expected, #3 → ignore");
    }

    @Test
    void remappingAColumnTheFileDoesNotHaveSaysWhichColumnsThereAre() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("text", "label"), RecordKind.tests());

        assertThatThrownBy(() -> mapping.with("lable", ColumnTarget.of(ColumnField.EXPECTED)))
                .hasMessageContaining("no column 'lable'").hasMessageContaining("text, label");
        assertThatThrownBy(() -> mapping.with("#3", ColumnTarget.of(ColumnField.EXPECTED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownTargetWordsAreNotParsed() {
        assertThat(ColumnTarget.parse("expectd", "x")).isEmpty();
        assertThat(ColumnTarget.parse("unsupported", "x")).isEmpty();
        assertThat(ColumnTarget.choices()).contains("var:NAME").contains("ignore");
    }

    @Test
    void twoColumnsFeedingOneFieldOrAFieldTheKindLacksAreErrorsOnTheHeaderLine() {
        ColumnMapping mapping = new ColumnMapping(List.of("a", "b", "c", "d"), List.of(
                ColumnTarget.var("x"), ColumnTarget.var("x"), ColumnTarget.of(ColumnField.OUTPUT),
                ColumnTarget.ignored("promptfoo metadata is not imported")));

        List<Problem> problems = mapping.check(RecordKind.tests(), "f.csv", 3);

        assertThat(problems).extracting(Problem::toString).containsExactly(
                "f.csv:3:2: column 'b' and column 'a' both feed var x; map one of them elsewhere or ignore it",
                "f.csv:3:3: column 'c' is mapped to output, which a test case does not have",
                "f.csv:3:4: column 'd' is ignored: promptfoo metadata is not imported");
        assertThat(problems).extracting(Problem::severity).containsExactly(
                Problem.Severity.ERROR, Problem.Severity.ERROR, Problem.Severity.WARNING);
    }
}
