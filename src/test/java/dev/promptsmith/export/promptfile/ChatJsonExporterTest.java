package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Problem;
import org.junit.jupiter.api.Test;

class ChatJsonExporterTest {

    @Test
    void extractionIsARequestBodyWithResponseFormat() {
        ExportResult result = Samples.FORMATS.export("chat-json", Samples.load("invoice-extraction"), "extract-basic", null,
                ExportOptions.DEFAULTS);

        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "the messages are templates: replace {{ document }} before sending the body");
        Golden.assertMatches("invoice-extraction", result.files());
    }

    @Test
    void aNonOpenAiModelIsNamedWithoutItsProviderAndSaysSo() {
        ExportResult result = Samples.FORMATS.export("chat-json", Samples.load("support-triage"), "triage-zero-shot",
                "claude-haiku", ExportOptions.DEFAULTS);

        assertThat(result.files().get("triage-zero-shot.json")).contains("\"model\": \"claude-3-5-haiku-latest\"");
        assertThat(result.problems()).extracting(Problem::file).contains("promptsmith.yaml");
    }
}
