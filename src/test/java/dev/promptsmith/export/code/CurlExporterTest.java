package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.eval.CellRequests;
import dev.promptsmith.export.Goldens;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.Role;
import dev.promptsmith.provider.Secret;
import dev.promptsmith.provider.http.Endpoint;
import dev.promptsmith.provider.openai.OpenAiWireFormat;
import dev.promptsmith.template.PromptRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurlExporterTest {

    private final CodeExporter curl = CodeExporters.standard(new PromptRenderer()).find("curl").orElseThrow();
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void fewShotSampleOnOpenAiMatchesItsGoldenFile() {
        assertGolden("curl/triage-few-shot-openai.sh", ExportFixtures.sample("triage-few-shot", "gpt-4o-mini", "openai", "t-001"));
    }

    @Test
    void chainOfThoughtSampleOnAnthropicMatchesItsGoldenFile() {
        assertGolden("curl/triage-cot-anthropic.sh", ExportFixtures.sample("triage-cot", "claude-haiku", "anthropic", "t-002"));
    }

    @Test
    void zeroShotSampleOnGeminiMatchesItsGoldenFile() {
        assertGolden("curl/triage-zero-shot-gemini.sh", ExportFixtures.sample("triage-zero-shot", "gemini-flash", "gemini", "t-003"));
    }

    @Test
    void localOllamaExportHasNoKeyAtAll() {
        CodeExportResult result = curl.export(ExportFixtures.sample("triage-zero-shot", "llama3", "ollama", "t-003"));

        Goldens.assertMatches("export/code/curl/triage-zero-shot-ollama.sh", result.code().text());
        assertThat(result.code().text()).doesNotContain("API_KEY").doesNotContain("Authorization");
    }

    @Test
    void hostileTextMatchesItsGoldenFiles() {
        assertGolden("curl/hostile-openai.sh", ExportFixtures.hostile("openai", "gpt-4o-mini"));
        assertGolden("curl/hostile-anthropic.sh", ExportFixtures.hostile("anthropic", "claude-sonnet-4-5"));
    }

    @Test
    void theScriptNamesTheKeyVariableAndNeverHoldsAKey() {
        String script = curl.export(ExportFixtures.sample("triage-few-shot", "gpt-4o-mini", "openai", "t-001")).code().text();

        assertThat(script).contains("--header 'Authorization: Bearer '\"$OPENAI_API_KEY\"")
                .contains(": \"${OPENAI_API_KEY:?set OPENAI_API_KEY to your API key}\"")
                .doesNotContain("promptsmith-key-");
    }

    @Test
    void aWholeAnswerRequestIsTheFormatsNonStreamingBody() throws Exception {
        CodeExportRequest export = ExportFixtures.hostile("openai", "gpt-4o-mini").withStream(false);
        String script = curl.export(export).code().text();

        List<ChatMessage> messages = new PromptRenderer().render(export.prompt(), export.vars(), export.project().examples()).messages();
        String expected = new OpenAiWireFormat().chatRequest(new Endpoint("https://api.openai.com/v1", Secret.of("k"), Map.of(),
                Map.of()), CellRequests.build(export.project(), export.prompt(), export.model(), messages), false).jsonBody();
        assertThat(json.readTree(ScriptBody.of(script))).isEqualTo(json.readTree(expected));
        assertThat(script).doesNotContain("--no-buffer").doesNotContain("\"stream\"");
    }

    @Test
    void aBaseUrlGivenToTheExportBecomesTheDefault() {
        String script = curl.export(ExportFixtures.sample("triage-zero-shot", "gpt-4o-mini", "openai", "t-001")
                .withBaseUrl("https://gateway.example/v1/")).code().text();

        assertThat(script).contains("BASE_URL='https://gateway.example/v1'\n")
                .contains("BASE_URL=\"${PROMPTSMITH_BASE_URL:-$BASE_URL}\"\n")
                .contains("--request POST \"$BASE_URL\"'/chat/completions'");
    }

    @Test
    void templateErrorsAreProblemsNamingThePromptFile() {
        CodeExportRequest sample = ExportFixtures.sample("triage-zero-shot", "gpt-4o-mini", "openai", "t-001");
        var broken = sample.prompt().withMessages(List.of(new MessageTemplate(Role.USER, "{{ ticket }} {{ customer }}")));
        CodeExportResult result = curl.export(new CodeExportRequest(sample.project(), broken, sample.model(),
                sample.provider(), sample.vars()));

        assertThat(result.ok()).isFalse();
        assertThat(result.code()).isNull();
        assertThat(result.problems()).singleElement().asString()
                .startsWith("prompts/triage-zero-shot.prompt.yaml: messages[0]:1:")
                .contains("customer");
    }

    @Test
    void aProviderWithoutBaseUrlIsAProblem() {
        CodeExportRequest sample = ExportFixtures.sample("triage-zero-shot", "gpt-4o-mini", "openai", "t-001");
        CodeExportResult result = curl.export(new CodeExportRequest(sample.project(), sample.prompt(), sample.model(),
                ExportFixtures.entry("azure"), sample.vars()));

        assertThat(result.problems()).singleElement().asString().contains("provider 'azure' has no base URL");
    }

    private void assertGolden(String name, CodeExportRequest request) {
        CodeExportResult result = curl.export(request);
        assertThat(result.problems()).isEmpty();
        Goldens.assertMatches("export/code/" + name, result.code().text());
    }

    /** The JSON inside {@code BODY='…'}, with the {@code '\''} escapes undone. */
    static final class ScriptBody {
        static String of(String script) {
            int start = script.indexOf("\nBODY='") + "\nBODY='".length();
            int end = script.indexOf("'\n\nprintf");
            return script.substring(start, end).replace("'\\''", "'");
        }
    }
}
