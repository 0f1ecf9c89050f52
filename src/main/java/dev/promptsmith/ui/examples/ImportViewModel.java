package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.ColumnMapping;
import dev.promptsmith.dataset.CsvRow;
import dev.promptsmith.dataset.CsvTable;
import dev.promptsmith.dataset.DatasetImporter;
import dev.promptsmith.dataset.ImportFormat;
import dev.promptsmith.dataset.ImportOptions;
import dev.promptsmith.dataset.ImportResult;
import dev.promptsmith.dataset.RecordKind;
import dev.promptsmith.model.Problem;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One import into a table: the file (CSV, TSV, JSON, JSONL or promptfoo YAML), for a table format the
 * mapping of each column with a preview of the first rows, the problems with their lines, and the
 * summary. The file is read and imported again in the background whenever the mapping changes. A
 * result with refused rows is taken only after an explicit "Import the N good rows".
 */
public final class ImportViewModel<T> {

    static final int PREVIEW_ROWS = 8;

    // Properties
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper(this, "format", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<String> previewHeader = FXCollections.observableArrayList();
    private final ObservableList<CsvRow> preview = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<ImportResult<T>> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanProperty replaceExisting = new SimpleBooleanProperty(this, "replaceExisting");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyStringWrapper importLabel = new ReadOnlyStringWrapper(this, "importLabel", "Import");
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(this, "confirming");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");

    private final RecordKind<T> kind;
    private final DatasetImporter importer;
    private final BackgroundTasks tasks;
    private final Set<String> existingIds;
    private final Consumer<ImportResult<T>> onImport;
    private final InvalidationListener remap = o -> reimport();
    private List<String> header = List.of();
    private long generation;
    /** The open file's text as first read; null before it is read, or when it is not UTF-8. */
    private String text;

    /** @param onImport takes the accepted result, on the FX thread */
    ImportViewModel(RecordKind<T> kind, DatasetImporter importer, BackgroundTasks tasks, Set<String> existingIds,
                    Consumer<ImportResult<T>> onImport) {
        this.kind = kind;
        this.importer = importer;
        this.tasks = tasks;
        this.existingIds = Set.copyOf(existingIds);
        this.onImport = onImport;
        replaceExisting.addListener(remap);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** "CSV", "JSON Lines"…, or empty before a file is read. */
    public ReadOnlyStringProperty formatProperty() {
        return format.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The columns of a table format, each with its target; empty for other formats. */
    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<String> previewHeader() {
        return previewHeader;
    }

    /** The first rows of a table file, as they are in the file. */
    public ObservableList<CsvRow> preview() {
        return preview;
    }

    /** Errors (refused rows, an unreadable file) and warnings, each with its line. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** "4 imported, 1 refused (line 7)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String getSummary() {
        return summary.get();
    }

    public ReadOnlyObjectProperty<ImportResult<T>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** When set, a row whose id the table has replaces that record; else such rows are refused. */
    public BooleanProperty replaceExistingProperty() {
        return replaceExisting;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** "Import 5 test cases", or "Import the 4 good rows" when some are refused. */
    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel.getReadOnlyProperty();
    }

    /** True while the user is asked to confirm an import that leaves refused rows out. */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** True once the records were handed to the table. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public String noun() {
        return kind.noun();
    }

    // Commands

    /** Reads {@code path} in the background, guessing the columns of a table format. */
    public void open(Path path) {
        long token = ++generation;
        file.set(path);
        text = null;
        format.set(importer.formatOf(path.getFileName().toString()).map(ImportFormat::name).orElse("unknown"));
        columns.forEach(c -> c.targetProperty().removeListener(remap));
        columns.clear();
        previewHeader.clear();
        preview.clear();
        showResult(null);
        loading.set(true);
        ImportOptions options = options();
        tasks.run(() -> load(path, options), loaded -> {
            if (token == generation) {
                showLoaded(loaded);
            }
        }, error -> {
            if (token == generation) {
                failed(error);
            }
        });
    }

    /**
     * The file as imported with the guessed mapping, its table when it has columns, and its text
     * (null when it is not UTF-8), kept so a new mapping imports it again without reading the disk.
     */
    private record Loaded<T>(ColumnMapping guessed, CsvTable table, ImportResult<T> result, String text) {
    }

    private Loaded<T> load(Path path, ImportOptions options) {
        String name = path.getFileName().toString();
        if (importer.formatOf(name).isEmpty()) {
            // An unknown type is not read; the importer says which types it knows.
            return new Loaded<>(null, null, importer.importFile(path, kind, options, UnaryOperator.identity()), null);
        }
        Optional<String> text = importer.readText(path);
        if (text.isEmpty()) {
            return new Loaded<>(null, null, ImportResult.notUtf8(name), null);
        }
        ColumnMapping[] guessed = new ColumnMapping[1];
        ImportResult<T> imported = importer.importText(name, text.get(), kind, options, g -> guessed[0] = g);
        CsvTable table = guessed[0] == null ? null : CsvTable.read(name, text.get());
        return new Loaded<>(guessed[0], table, imported, text.get());
    }

    private void showLoaded(Loaded<T> loaded) {
        text = loaded.text();
        if (loaded.guessed() != null) {
            header = loaded.guessed().header();
            List<ColumnChoice> choices = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                ColumnChoice choice = new ColumnChoice(i, header.get(i), loaded.guessed().target(i), kind);
                choice.targetProperty().addListener(remap);
                choices.add(choice);
            }
            columns.setAll(choices);
            previewHeader.setAll(loaded.table().header());
            preview.setAll(loaded.table().rows().subList(0, Math.min(PREVIEW_ROWS, loaded.table().rows().size())));
        }
        loading.set(false);
        showResult(loaded.result());
    }

    /** Imports the file again with the current mapping and options. */
    private void reimport() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        long token = ++generation;
        ImportOptions options = options();
        UnaryOperator<ColumnMapping> mapping = columns.isEmpty() ? UnaryOperator.identity()
                : guessed -> new ColumnMapping(header, columns.stream().map(ColumnChoice::getTarget).toList());
        loading.set(true);
        String loadedText = text;
        String name = path.getFileName().toString();
        tasks.run(() -> loadedText == null ? importer.importFile(path, kind, options, mapping)
                : importer.importText(name, loadedText, kind, options, mapping), imported -> {
            if (token == generation) {
                loading.set(false);
                showResult(imported);
            }
        }, error -> {
            if (token == generation) {
                failed(error);
            }
        });
    }

    /** Starts the import: at once when every row was taken, else it asks for a confirmation first. */
    public void importRows() {
        ImportResult<T> current = result.get();
        if (!canImport.get() || current == null) {
            return;
        }
        if (current.refused() > 0) {
            confirming.set(true);
            return;
        }
        deliver(current);
    }

    /** The user agreed to leave the refused rows out. */
    public void confirmPartial() {
        if (confirming.get() && canImport.get()) {
            deliver(result.get());
        }
    }

    public void cancelConfirmation() {
        confirming.set(false);
    }

    private void deliver(ImportResult<T> accepted) {
        confirming.set(false);
        onImport.accept(accepted);
        done.set(true);
    }

    private void showResult(ImportResult<T> imported) {
        result.set(imported);
        confirming.set(false);
        if (imported == null) {
            problems.clear();
            summary.set("");
            canImport.set(false);
            importLabel.set("Import");
            return;
        }
        problems.setAll(imported.problems());
        summary.set(imported.summary());
        canImport.set(!imported.fileRefused() && imported.imported() > 0);
        int n = imported.imported();
        importLabel.set(imported.refused() > 0 ? "Import the " + n + " good row" + (n == 1 ? "" : "s")
                : "Import " + n + " " + kind.noun() + (n == 1 ? "" : "s"));
    }

    private void failed(Throwable error) {
        loading.set(false);
        showResult(null);
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String name = file.get() == null ? "" : file.get().getFileName().toString();
        problems.setAll(List.of(Problem.error(name, 0, 0, "could not be read: " + message)));
        summary.set("nothing imported from " + name + ": it could not be read (" + message + ")");
    }

    private ImportOptions options() {
        return new ImportOptions(existingIds, replaceExisting.get());
    }
}
