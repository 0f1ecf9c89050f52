package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Project;
import org.junit.jupiter.api.Test;

class PromptyExporterTest {

    @Test
    void fewShotTriageMatchesItsGoldenFile() {
        Project project = Samples.load("support-triage");
        ExportResult result = Samples.FORMATS.export("prompty", project, "triage-few-shot", null, ExportOptions.DEFAULTS);
        System.out.println(result.files().values().iterator().next());
        System.out.println(result.problems());
        Golden.assertMatches("support-triage", result.files());
    }
}
