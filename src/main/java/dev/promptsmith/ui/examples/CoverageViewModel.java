package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.Coverage;
import dev.promptsmith.dataset.CoverageGap;
import dev.promptsmith.dataset.CoverageReport;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "Coverage": test cases per label, tag and split, and the labels covered too thinly, computed in the background. */
public final class CoverageViewModel {

    /** One count of the report: a group ("label", "tag", "split"), its value, and how many cases have it. */
    public record CountRow(String group, String value, int cases) {
    }

    // Properties
    private final StringProperty edgeTags = new SimpleStringProperty(this, "edgeTags",
            String.join(", ", new java.util.TreeSet<>(Coverage.DEFAULT_EDGE_TAGS)));
    private final IntegerProperty minCases = new SimpleIntegerProperty(this, "minCases", Coverage.DEFAULT_MIN_CASES);
    private final ReadOnlyObjectWrapper<CoverageReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<CountRow> counts = FXCollections.observableArrayList();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private final List<TestCase> tests;
    private final BackgroundTasks tasks;
    private long generation;

    CoverageViewModel(List<TestCase> tests, BackgroundTasks tasks) {
        this.tests = List.copyOf(tests);
        this.tasks = tasks;
    }

    /** Tags that mark edge cases, separated by commas. */
    public StringProperty edgeTagsProperty() {
        return edgeTags;
    }

    /** Fewest cases a label should have. */
    public IntegerProperty minCasesProperty() {
        return minCases;
    }

    public ReadOnlyObjectProperty<CoverageReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<CountRow> counts() {
        return counts;
    }

    /** Each gap in words: "label 'refund' has 1 case; at least 3 are wanted". */
    public ObservableList<String> gaps() {
        return gaps;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    // Commands

    public void compute() {
        long token = ++generation;
        Set<String> edge = new LinkedHashSet<>(Arrays.stream(edgeTags.get().split("[,;]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList());
        int min = minCases.get();
        summary.set("Counting…");
        tasks.run(() -> new Coverage(edge.isEmpty() ? Coverage.DEFAULT_EDGE_TAGS : edge, min).of(tests), result -> {
            if (token == generation) {
                show(result);
            }
        }, error -> summary.set("Could not compute the coverage: " + error.getMessage()));
    }

    private void show(CoverageReport result) {
        report.set(result);
        List<CountRow> rows = new ArrayList<>();
        result.perSplit().forEach((split, n) -> rows.add(new CountRow("split", split.key(), n)));
        result.perLabel().forEach((label, n) -> rows.add(new CountRow("label", label, n)));
        result.perTag().forEach((tag, n) -> rows.add(new CountRow("tag", tag, n)));
        counts.setAll(rows);
        gaps.setAll(result.gaps().stream().map(CoverageGap::message).toList());
        summary.set(result.cases() + " test cases"
                + (result.labelled() ? ", " + result.perLabel().size() + " labels" : "; expected outputs are free text, not labels")
                + (result.gaps().isEmpty() ? "; no gaps" : "; " + result.gaps().size() + (result.gaps().size() == 1 ? " gap" : " gaps")));
    }
}
