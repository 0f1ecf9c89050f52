package dev.promptsmith.ui.results;

import dev.promptsmith.compare.grid.ComparisonCell;
import dev.promptsmith.compare.grid.ComparisonGrid;
import dev.promptsmith.compare.grid.ComparisonRow;
import dev.promptsmith.compare.grid.GridBuilder;
import dev.promptsmith.compare.grid.GridExport;
import dev.promptsmith.compare.grid.GridExportResult;
import dev.promptsmith.compare.grid.GridCells;
import dev.promptsmith.eval.metrics.ColumnMetrics;
import dev.promptsmith.eval.metrics.ColumnSummary;
import dev.promptsmith.eval.metrics.TargetCheck;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.store.ResultsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import dev.promptsmith.eval.CellReviews;
import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.HumanReview;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.StoredCellKey;
import dev.promptsmith.template.PromptRenderer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The finished run on screen as a comparison grid: its rows (filtered and ordered off the FX
 * thread), a summary per column with the best one marked, the tags and splits to filter by, and
 * export of what is shown. Loads a run from the results store in the background.
 */
public final class ComparisonGridModel {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ComparisonGridModel.class.getName());

    // Properties
    private final ObservableList<ResultRow> visibleRows = FXCollections.observableArrayList();
    private final ObservableList<ColumnSummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList(GridFilterModel.ALL);
    private final ReadOnlyStringWrapper bestColumn = new ReadOnlyStringWrapper(this, "bestColumn");
    private final ReadOnlyLongWrapper shownRun = new ReadOnlyLongWrapper(this, "shownRun", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final GridFilterModel filters = new GridFilterModel();
    private final ReadOnlyObjectWrapper<RowDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");

    private final Executor background;
    private final Executor fxThread;
    private final RowDetails details;
    private final CellReviews reviews = new CellReviews(AssertionRegistry.standard());
    private ComparisonGrid grid;
    private Path projectDir;
    private Project project;
    private ResultRow selected;
    private long detailGeneration;
    private Runnable onRowsShown = () -> { };
    /** True while a loaded run is put on screen: its own filter resets must not refilter in the background. */
    private boolean applying;
    /** The tag filter the rows of the run being loaded were computed with. */
    private String filtersTagAtLoad;
    private Map<String, ResultRow> rowsById = Map.of();
    private List<ResultRow> allRows = List.of();
    private String projectName = "";
    private long generation;

    public ComparisonGridModel(Executor background, Executor fxThread, PromptRenderer renderer) {
        // A run can end while the app closes: work handed over after the executor stopped is moot.
        this.background = task -> {
            try {
                background.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.fine("Not done, the app is closing: " + task);
            }
        };
        this.fxThread = fxThread;
        this.details = new RowDetails(renderer);
        InvalidationListener refilter = o -> refilter();
        for (var dependency : filters.dependencies()) {
            dependency.addListener(refilter);
        }
        filters.columnAProperty().addListener(o -> select(selected));
        filters.columnBProperty().addListener(o -> select(selected));
    }

    /** The detail of the selected row, or null when none is selected (or its run is still going). */
    public ReadOnlyObjectProperty<RowDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Selects a row; its detail is computed in the background. */
    public void select(ResultRow row) {
        selected = row;
        long token = ++detailGeneration;
        if (row == null || row.comparison() == null || grid == null) {
            detail.set(null);
            return;
        }
        List<String> columns = grid.columns();
        String a = filters.columnAProperty().get();
        String b = filters.columnBProperty().get();
        Project current = project;
        background.execute(() -> {
            RowDetail computed = details.of(row.comparison(), columns, a, b, current);
            fxThread.execute(() -> {
                if (token == detailGeneration) {
                    detail.set(computed);
                }
            });
        });
    }

    /**
     * Saves a person's review of the shown output of one cell with the run's results, re-scores the
     * cell when its test has a {@code human} check, and shows the run again.
     */
    public void review(String testId, String columnId, HumanReview review, Consumer<String> onError) {
        long runId = shownRun.get();
        ComparisonCell cell = grid == null ? null : grid.rows().stream().filter(r -> r.testId().equals(testId))
                .findFirst().flatMap(r -> r.cell(columnId)).orElse(null);
        if (cell == null || runId < 0) {
            onError.accept("Only a cell of a finished run can be reviewed.");
            return;
        }
        Path dir = projectDir;
        Project current = project;
        background.execute(() -> {
            try (ResultsStore store = ResultsStore.open(dir)) {
                String hash = store.runSpec(runId).flatMap(spec -> spec.prompts().stream()
                        .filter(p -> p.name().equals(cell.prompt())).findFirst()).map(PromptVersions::hash)
                        .orElseThrow(() -> new IllegalStateException("run " + runId + " has no prompt " + cell.prompt()));
                reviews.review(store, current, runId, new StoredCellKey(testId, hash, cell.modelId(),
                        cell.shown().repeat()), review);
            } catch (RuntimeException e) {
                fxThread.execute(() -> onError.accept("Could not save the review: " + e.getMessage()));
                return;
            }
            fxThread.execute(() -> load(dir, current, runId, onError));
        });
    }

    public ObservableList<ResultRow> visibleRows() {
        return visibleRows;
    }

    /** Column summaries of the run shown, in column order; empty while a run is going. */
    public ObservableList<ColumnSummary> summaries() {
        return summaries;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ReadOnlyStringProperty bestColumnProperty() {
        return bestColumn.getReadOnlyProperty();
    }

    /** The id of the stored run shown, or -1 for none (or a run still going). */
    public ReadOnlyLongProperty shownRunProperty() {
        return shownRun.getReadOnlyProperty();
    }

    /** "12 of 40 rows" when filters hide rows, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public GridFilterModel filters() {
        return filters;
    }

    /** The row of the plain grid behind a table row, or null while a run is still going. */
    public ComparisonGrid grid() {
        return grid;
    }

    /** Called on the FX thread each time the rows of a loaded run have been filtered onto the screen. */
    public void setOnRowsShown(Runnable onRowsShown) {
        this.onRowsShown = onRowsShown;
    }

    // Commands

    /** Shows live rows of a run in progress: all of them, in plan order, unfiltered. */
    void showLive(List<ResultRow> rows) {
        generation++;
        grid = null;
        shownRun.set(-1);
        summaries.clear();
        bestColumn.set(null);
        allRows = List.copyOf(rows);
        visibleRows.setAll(rows);
        select(null);
        status.set("");
    }

    /**
     * Loads run {@code runId} from the project's store and prepares everything shown — the grid,
     * the column summaries (from the same cells, read once), the row models and the filtered rows —
     * in one background task, then shows it.
     */
    public void load(Path dir, Project opened, long runId, Consumer<String> onError) {
        this.projectDir = dir;
        this.project = opened;
        long token = ++generation;
        List<TestCase> tests = opened.tests();
        filtersTagAtLoad = filters.tagProperty().get();
        var predicate = filters.predicate();
        var order = filters.comparator();
        background.execute(() -> {
            Loaded loaded;
            try (ResultsStore store = ResultsStore.open(dir)) {
                loaded = Loaded.of(GridBuilder.ofRun(store, runId, tests), predicate, order);
            } catch (RuntimeException e) {
                fxThread.execute(() -> onError.accept("Could not open run " + runId + ": " + e.getMessage()));
                return;
            }
            fxThread.execute(() -> {
                if (token == generation) {
                    show(opened.settings().name(), runId, loaded);
                }
            });
        });
    }

    /** A run read and prepared off the FX thread. */
    private record Loaded(ComparisonGrid grid, List<ColumnSummary> summaries, List<ResultRow> rows,
                          Map<String, ResultRow> rowsById, List<ResultRow> visible) {

        static Loaded of(ComparisonGrid grid, java.util.function.Predicate<ComparisonRow> predicate,
                         java.util.Comparator<ComparisonRow> order) {
            List<ColumnSummary> summaries = ColumnMetrics.summarize(GridCells.scored(grid));
            List<ResultRow> rows = new ArrayList<>(grid.rows().size());
            for (ComparisonRow row : grid.rows()) {
                rows.add(ResultRow.of(row, grid.columns()));
            }
            Map<String, ResultRow> byId = rows.stream()
                    .collect(Collectors.toMap(ResultRow::testId, Function.identity(), (a, b) -> a));
            List<ResultRow> visible = grid.rows().stream().filter(predicate).sorted(order)
                    .map(r -> byId.get(r.testId())).toList();
            return new Loaded(grid, summaries, rows, byId, visible);
        }
    }

    /** Writes what is on screen (the filtered rows in their order) to {@code file}; the format is its extension. */
    public void export(Path file, Consumer<GridExportResult> onDone, Consumer<String> onError) {
        if (grid == null) {
            onError.accept("There is no finished run to export yet.");
            return;
        }
        List<ComparisonRow> shown = visibleRows.stream().map(ResultRow::comparison).toList();
        ComparisonGrid onScreen = grid.withRows(shown);
        String name = projectName;
        long runId = shownRun.get();
        background.execute(() -> {
            try {
                GridExportResult result = GridExport.write(name, runId, onScreen, file);
                fxThread.execute(() -> onDone.accept(result));
            } catch (IOException e) {
                fxThread.execute(() -> onError.accept("Could not write " + file + ": " + e.getMessage()));
            } catch (UncheckedIOException e) {
                fxThread.execute(() -> onError.accept("Could not write " + file + ": " + e.getCause().getMessage()));
            }
        });
    }

    private void show(String project, long runId, Loaded loaded) {
        projectName = project;
        grid = loaded.grid();
        shownRun.set(runId);
        allRows = loaded.rows();
        rowsById = loaded.rowsById();
        List<ColumnSummary> columns = loaded.summaries();
        boolean filtersChanged;
        // Everything below may touch the filters (a combo box resets its value when its items change);
        // none of it may start a background refilter of its own.
        applying = true;
        try {
            // The best column first: the headers are rebuilt when the summaries change, and mark it.
            bestColumn.set(best(columns));
            summaries.setAll(columns);
            filtersChanged = resetFilters();
        } finally {
            applying = false;
        }
        if (filtersChanged) {
            refilter();
        } else {
            visibleRows.setAll(loaded.visible());
            status.set(filters.active() ? loaded.visible().size() + " of " + allRows.size() + " rows" : "");
            onRowsShown.run();
        }
        String keep = selected == null ? null : selected.testId();
        select(keep == null ? null : rowsById.get(keep));
    }

    /** Tags, and columns A and B, for the run shown; whether the rows computed with the old choices are void. */
    private boolean resetFilters() {
        String tagBefore = filters.tagProperty().get();
        TreeSet<String> allTags = new TreeSet<>();
        grid.rows().forEach(r -> allTags.addAll(r.tags()));
        List<String> tagChoices = new ArrayList<>(List.of(GridFilterModel.ALL));
        tagChoices.addAll(allTags);
        tags.setAll(tagChoices);
        if (tagBefore == null || !tags.contains(tagBefore)) {
            tagBefore = GridFilterModel.ALL;
        }
        boolean changed = !tagBefore.equals(filters.tagProperty().get()) || !tagBefore.equals(filtersTagAtLoad);
        filters.tagProperty().set(tagBefore);
        List<String> columnIds = grid.columns();
        // Columns A and B only order the rows when a difference sort is chosen.
        boolean ordersByColumns = filters.orderProperty().get() != GridFilterModel.Order.TEST;
        if (filters.columnAProperty().get() == null || !columnIds.contains(filters.columnAProperty().get())) {
            filters.columnAProperty().set(columnIds.isEmpty() ? null : columnIds.get(0));
            changed |= ordersByColumns;
        }
        if (filters.columnBProperty().get() == null || !columnIds.contains(filters.columnBProperty().get())) {
            filters.columnBProperty().set(columnIds.size() < 2 ? null : columnIds.get(1));
            changed |= ordersByColumns;
        }
        return changed;
    }

    /** The column that beats every other on pass rate, then mean score; none when the top is a tie. */
    private static String best(List<ColumnSummary> columns) {
        if (columns.size() < 2) {
            return null;
        }
        List<ColumnSummary> ranked = columns.stream().sorted(TargetCheck.BEST_FIRST).toList();
        ColumnSummary first = ranked.get(0);
        ColumnSummary second = ranked.get(1);
        boolean tie = first.passRate().value() == second.passRate().value()
                && first.meanScore().value() == second.meanScore().value();
        return tie ? null : first.columnId();
    }

    /** Filters and orders the plain rows in the background; a newer request makes an older result void. */
    private void refilter() {
        if (grid == null || applying) {
            return;
        }
        long token = ++generation;
        List<ComparisonRow> rows = grid.rows();
        var predicate = filters.predicate();
        var order = filters.comparator();
        Map<String, ResultRow> byId = rowsById;
        int total = allRows.size();
        boolean active = filters.active();
        background.execute(() -> {
            List<ResultRow> shown = rows.stream().filter(predicate).sorted(order).map(r -> byId.get(r.testId())).toList();
            fxThread.execute(() -> {
                if (token == generation) {
                    visibleRows.setAll(shown);
                    status.set(active ? shown.size() + " of " + total + " rows" : "");
                    onRowsShown.run();
                }
            });
        });
    }
}
