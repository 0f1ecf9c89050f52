package dev.promptsmith.cli;

import dev.promptsmith.dataset.ColumnMapping;
import dev.promptsmith.dataset.ColumnTarget;
import dev.promptsmith.dataset.DatasetImporter;
import dev.promptsmith.dataset.ImportFormat;
import dev.promptsmith.dataset.ImportOptions;
import dev.promptsmith.dataset.ImportResult;
import dev.promptsmith.dataset.RecordKind;
import dev.promptsmith.dataset.RecordMerge;
import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Project;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.project.RecordJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import <project> <file>}: adds test cases or examples from CSV, JSON, JSONL or promptfoo YAML,
 * saving through the project saver. Refuses to write when rows were refused, unless told to.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import test cases or examples from .csv, .json, .jsonl or promptfoo .yaml into a project.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder.")
    Path project;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--into", defaultValue = "tests", description = "tests (default) or examples.")
    String into;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD", description = "Send a CSV column (by header or #N) to a field: "
            + "var:NAME, var, expected, assert, id, tags, split, note, output or ignore.")
    List<String> map = new ArrayList<>();

    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--accept-partial", description = "Import the good rows even when some are refused.")
    boolean acceptPartial;

    @Option(names = "--replace", description = "Rows whose id the project has replace those records (else they are refused).")
    boolean replace;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(project)) {
            err.println("Not a folder: " + project);
            return Cli.USAGE;
        }
        if (!Files.isRegularFile(file)) {
            err.println("No such file: " + file);
            return Cli.USAGE;
        }
        return switch (into) {
            case "tests" -> run(RecordKind.tests());
            case "examples" -> run(RecordKind.examples());
            default -> {
                err.println("--into must be tests or examples, found '" + into + "'");
                yield Cli.USAGE;
            }
        };
    }

    private <T> Integer run(RecordKind<T> kind) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetImporter importer = new DatasetImporter(AssertionRegistry.standard(), new RecordJson());
        Optional<ImportFormat> format = importer.formatOf(file.getFileName().toString());
        if (!map.isEmpty() && format.isPresent() && !format.get().hasColumns()) {
            err.println("--map applies to CSV files; " + file.getFileName() + " is " + format.get().name());
            return Cli.USAGE;
        }
        LoadedProject loaded = new ProjectLoader().load(project);
        if (loaded.snapshot().readOnlyFiles().contains(kind.projectFile())) {
            err.println(kind.projectFile() + " could not be read, so it cannot be written; run validate and fix it first");
            return Cli.ERROR;
        }
        List<T> existing = kind.of(loaded.project());
        ImportOptions options = new ImportOptions(new HashSet<>(existing.stream().map(kind::id).toList()), replace);
        ColumnMapping[] used = new ColumnMapping[1];
        ImportResult<T> result;
        try {
            result = importer.importFile(file, kind, options, guessed -> used[0] = edits().apply(guessed));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Cli.USAGE;
        }
        if (used[0] != null) {
            out.println("columns: " + used[0].describe());
        }
        ProblemLines.print(out, result.problems());
        out.println(file.getFileName() + ": " + result.summary());
        if (!result.complete() && !(acceptPartial && !result.fileRefused())) {
            out.println("Nothing written" + (result.fileRefused() ? "." : ": fix the refused rows, or use --accept-partial"
                    + " to import the other " + result.imported() + "."));
            return Cli.NOT_MET;
        }
        RecordMerge.Merged<T> merged = new RecordMerge<>(kind).merge(existing, result.values());
        String change = merged.added() + " added, " + merged.replaced() + " replaced in " + kind.projectFile();
        if (dryRun) {
            out.println("Dry run, nothing written: " + change + " would be the result.");
            return Cli.OK;
        }
        if (merged.added() + merged.replaced() > 0) {
            Project updated = kind.with(loaded.project(), merged.records());
            new ProjectSaver().save(project, updated, loaded.snapshot());
        }
        out.println(change + ".");
        return Cli.OK;
    }

    /** The --map options as one edit of the guessed mapping; a bad one is a usage error. */
    private UnaryOperator<ColumnMapping> edits() {
        return mapping -> {
            ColumnMapping edited = mapping;
            for (String entry : map) {
                int eq = entry.lastIndexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--map takes COLUMN=FIELD, found '" + entry + "'");
                }
                String column = entry.substring(0, eq);
                // "var" names the variable after the column's header, also when the column is given as #N.
                int index = edited.indexOf(column).orElse(-1);
                String header = index < 0 ? column : edited.header().get(index);
                ColumnTarget target = ColumnTarget.parse(entry.substring(eq + 1), header).orElseThrow(() ->
                        new IllegalArgumentException("--map " + entry + ": the field must be one of " + ColumnTarget.choices()));
                edited = edited.with(column, target);
            }
            return edited;
        };
    }
}
