package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.LoadedProject;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.project.ProjectSaver;
import dev.promptsmith.project.ProjectSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExporterTest {

    @TempDir
    Path dir;

    private final JsonlExporter exporter = new JsonlExporter(Fixtures.JSON);

    @Test
    void linesAreExactlyWhatTheProjectSaverWritesForNewRecords() throws Exception {
        Project sample = new ProjectLoader().load(Path.of("sample-projects", "invoice-extraction")).project();
        new ProjectSaver().save(dir, Project.empty("copy").withTests(sample.tests()).withExamples(sample.examples()),
                ProjectSnapshot.empty());

        assertThat(exporter.export(RecordKind.tests(), sample.tests()).text())
                .isEqualTo(Files.readString(dir.resolve("tests.jsonl")));
        assertThat(exporter.export(RecordKind.examples(), sample.examples()).text())
                .isEqualTo(Files.readString(dir.resolve("examples.jsonl")));
    }

    @Test
    void exportedLinesImportBackAsTheSameRecords() {
        LoadedProject loaded = new ProjectLoader().load(Path.of("sample-projects", "context-qa"));
        String text = exporter.export(RecordKind.tests(), loaded.project().tests()).text();

        ImportResult<TestCase> back = new JsonRecordsImporter<>(RecordKind.tests(), Fixtures.JSON)
                .importJsonl("tests.jsonl", text, ImportOptions.fresh());

        assertThat(back.complete()).isTrue();
        assertThat(back.values()).isEqualTo(loaded.project().tests());
    }
}
