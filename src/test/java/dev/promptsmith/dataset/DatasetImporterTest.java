package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImporterTest {

    @TempDir
    Path dir;

    private final DatasetImporter importer = new DatasetImporter(AssertionRegistry.standard(), Fixtures.JSON);

    @Test
    void theFormatIsChosenByTheFileExtension() {
        assertThat(importer.formatOf("a.CSV")).map(ImportFormat::name).hasValue("CSV");
        assertThat(importer.formatOf("a.tsv")).map(ImportFormat::name).hasValue("CSV");
        assertThat(importer.formatOf("a.jsonl")).map(ImportFormat::name).hasValue("JSON Lines");
        assertThat(importer.formatOf("a.json")).map(ImportFormat::name).hasValue("JSON");
        assertThat(importer.formatOf("a.yml")).map(ImportFormat::name).hasValue("promptfoo YAML");
        assertThat(importer.formatOf("a.xlsx")).isEmpty();
    }

    @Test
    void eachFormatImportsFromAFile() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "text,label\nhi,billing\n");
        Files.writeString(dir.resolve("t.jsonl"), "{\"vars\":{\"text\":\"hi\"}}\n");
        Files.writeString(dir.resolve("t.json"), "[{\"vars\":{\"text\":\"hi\"}}]");
        Files.writeString(dir.resolve("t.yaml"), "- vars: {text: hi}\n");

        ImportResult<TestCase> csv = importer.importFile(dir.resolve("t.csv"), RecordKind.tests(), ImportOptions.fresh(),
                m -> m.with("label", ColumnTarget.of(ColumnField.EXPECTED)));
        assertThat(csv.values()).singleElement().extracting(TestCase::expected).isEqualTo("billing");
        for (String name : new String[] {"t.jsonl", "t.json", "t.yaml"}) {
            ImportResult<TestCase> result = importer.importFile(dir.resolve(name), RecordKind.tests(),
                    ImportOptions.fresh(), UnaryOperator.identity());
            assertThat(result.values()).as(name).singleElement().extracting(t -> t.vars().get("text")).isEqualTo("hi");
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAHint() throws Exception {
        Files.write(dir.resolve("t.csv"), new byte[] {'a', '\n', (byte) 0xE9, '\n'});

        ImportResult<TestCase> result = importer.importFile(dir.resolve("t.csv"), RecordKind.tests(),
                ImportOptions.fresh(), UnaryOperator.identity());

        assertThat(result.fileRefused()).isTrue();
        assertThat(result.errors()).singleElement().extracting(Problem::message).asString().contains("UTF-8");
    }

    @Test
    void anUnknownExtensionOrYamlIntoExamplesIsRefused() throws Exception {
        Files.writeString(dir.resolve("t.txt"), "x");
        Files.writeString(dir.resolve("t.yaml"), "- vars: {text: hi}\n");

        assertThat(importer.importFile(dir.resolve("t.txt"), RecordKind.tests(), ImportOptions.fresh(),
                UnaryOperator.identity()).errors()).singleElement().extracting(Problem::message).asString()
                .contains("unknown file type").contains(".csv");
        ImportResult<Example> yaml = importer.importFile(dir.resolve("t.yaml"), RecordKind.examples(),
                ImportOptions.fresh(), UnaryOperator.identity());
        assertThat(yaml.fileRefused()).isTrue();
    }
}
