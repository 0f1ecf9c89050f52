package dev.promptsmith.ui.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.compare.diff.DiffSegment;
import dev.promptsmith.compare.diff.JsonDiff;
import dev.promptsmith.compare.diff.JsonDiffResult;
import dev.promptsmith.compare.diff.JsonPretty;
import dev.promptsmith.compare.grid.ColumnAgreement;
import dev.promptsmith.compare.grid.ComparisonCell;
import dev.promptsmith.compare.grid.ComparisonRow;
import dev.promptsmith.compare.grid.RepeatAgreement;
import dev.promptsmith.compare.diff.WordDiff;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.ui.common.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a {@link RowDetail}; plain computation, run off the FX thread. */
final class RowDetails {

    private final PromptRenderer renderer;
    private final ObjectMapper json = new ObjectMapper();

    RowDetails(PromptRenderer renderer) {
        this.renderer = renderer;
    }

    RowDetail of(ComparisonRow row, List<String> columnIds, String columnA, String columnB, Project project) {
        TestCase test = row.test();
        String expected = test == null || test.expected() == null ? "" : expectedText(test.expected());
        Map<String, ColumnAgreement> agreement = RepeatAgreement.of(row).stream()
                .collect(Collectors.toMap(ColumnAgreement::columnId, a -> a, (a, b) -> a));
        List<RowDetail.Column> columns = new ArrayList<>();
        for (String columnId : columnIds) {
            row.cell(columnId).ifPresent(cell -> columns.add(column(columnId, cell, expected, agreement.get(columnId),
                    test, project)));
        }
        String outputA = row.cell(columnA == null ? "" : columnA).map(ComparisonCell::output).orElse(null);
        String outputB = row.cell(columnB == null ? "" : columnB).map(ComparisonCell::output).orElse(null);
        List<DiffSegment> diffAB = outputA == null || outputB == null || columnA.equals(columnB)
                ? List.of() : WordDiff.diff(outputA, outputB);
        JsonDiffResult jsonAB = outputA == null || outputB == null ? null : JsonDiff.diff(outputA, outputB);
        String about = test == null ? "(this test is no longer in the project)"
                : "split " + test.split().key() + (test.tags().isEmpty() ? "" : " · tags " + String.join(", ", test.tags()));
        String inputs = test == null ? "" : test.vars().entrySet().stream()
                .map(e -> e.getKey() + ": " + ValueText.of(e.getValue())).collect(Collectors.joining("\n"));
        return new RowDetail(row.testId(), about, inputs, expected, columns, columnA, columnB, diffAB,
                jsonAB != null && jsonAB.comparable() ? jsonAB : null);
    }

    private RowDetail.Column column(String columnId, ComparisonCell cell, String expected, ColumnAgreement repeats,
                                    TestCase test, Project project) {
        var shown = cell.shown();
        String output = JsonPretty.format(shown.output());
        List<DiffSegment> diff = expected.isEmpty() || cell.errored() ? List.of() : WordDiff.diff(expected, output);
        JsonDiffResult jsonDiff = expected.isEmpty() ? null : JsonDiff.diff(expected, shown.output());
        String verdict = cell.errored() ? "ERROR" : ScoreText.verdict(cell.passed(), cell.meanScore());
        return new RowDetail.Column(columnId, cell.prompt(), cell.modelId(), cell.errored() ? null : cell.passed(),
                verdict, CellViews.of(cell).meta(), cell.error(), output, diff,
                jsonDiff != null && jsonDiff.comparable() ? jsonDiff : null, shown.assertions(), repeats,
                request(project, cell.prompt(), test));
    }

    /** The request as the prompt renders it now (it may have been edited since the run). */
    private String request(Project project, String promptName, TestCase test) {
        if (project == null || test == null) {
            return "";
        }
        return project.prompt(promptName).map(prompt -> {
            RenderResult rendered = renderer.render(prompt, test.vars(), project.examples());
            if (!rendered.ok()) {
                return "The prompt does not render now: " + rendered.problems().get(0).message();
            }
            return rendered.messages().stream().map(RowDetails::message).collect(Collectors.joining("\n\n"));
        }).orElse("(prompt " + promptName + " is no longer in the project)");
    }

    private static String message(ChatMessage m) {
        return "[" + m.role().name().toLowerCase(java.util.Locale.ROOT) + "]\n" + m.content();
    }

    private String expectedText(Object expected) {
        if (expected instanceof String s) {
            return s;
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(expected);
        } catch (JsonProcessingException e) {
            return String.valueOf(expected);
        }
    }
}
