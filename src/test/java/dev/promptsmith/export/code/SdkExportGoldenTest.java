package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.export.Goldens;
import dev.promptsmith.template.PromptRenderer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SDK target on the sample project and on hand-built prompts with hostile text and Jinja, against golden files. */
class SdkExportGoldenTest {

    private static final CodeExporters EXPORTERS = CodeExporters.standard(new PromptRenderer());

    static Stream<Arguments> exports() {
        return SdkCases.all().map(c -> Arguments.of(c.exporter(), c.name(), c.request()));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("exports")
    void exportMatchesItsGoldenFile(String exporter, String name, CodeExportRequest request) {
        CodeExportResult result = EXPORTERS.find(exporter).orElseThrow().export(request);

        assertThat(result.problems()).isEmpty();
        String extension = result.code().fileName().substring(result.code().fileName().lastIndexOf('.'));
        Goldens.assertMatches("export/code/" + exporter + "/" + name + extension, result.code().text());
        assertThat(result.code().text()).doesNotContain("promptsmith-key-").doesNotContain("\u0001");
    }
}
