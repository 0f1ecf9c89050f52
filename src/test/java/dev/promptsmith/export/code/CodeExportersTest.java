package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.template.PromptRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeExportersTest {

    private final CodeExporters exporters = CodeExporters.standard(new PromptRenderer());

    @Test
    void everyTargetIsRegisteredWithTheWireFormatsItSpeaks() {
        assertThat(exporters.all()).extracting(CodeExporter::id)
                .containsExactly("curl", "python-openai", "python-anthropic", "typescript", "javascript", "java-okhttp");
        assertThat(exporters.supporting(WireApi.GEMINI)).extracting(CodeExporter::id).containsExactly("curl");
        assertThat(exporters.supporting(WireApi.OLLAMA)).extracting(CodeExporter::id).containsExactly("curl");
        assertThat(exporters.supporting(WireApi.ANTHROPIC_MESSAGES)).extracting(CodeExporter::id)
                .containsExactly("curl", "python-anthropic", "typescript", "javascript", "java-okhttp");
        assertThat(exporters.supporting(WireApi.OPENAI_CHAT)).extracting(CodeExporter::id)
                .containsExactly("curl", "python-openai", "typescript", "javascript", "java-okhttp");
    }

    @Test
    void twoTargetsCannotShareAnId() {
        CodeExporter curl = exporters.find("curl").orElseThrow();
        assertThatThrownBy(() -> new CodeExporters(List.of(curl, curl))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("curl");
    }

    @Test
    void aTargetRefusesAProviderWhoseWireFormatItCannotSpeak() {
        CodeExportResult result = exporters.find("python-openai").orElseThrow()
                .export(ExportFixtures.sample("triage-zero-shot", "gemini-flash", "gemini", "t-001"));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().asString()
                .startsWith("prompts/triage-zero-shot.prompt.yaml: ")
                .contains("provider 'gemini'");
    }

    @Test
    void aSystemPromptWithVariablesJoinedWithSystemMessagesIsRefusedForAnthropic() {
        CodeExportRequest keywords = ExportFixtures.keywords("anthropic", "claude-sonnet-4-5");
        PromptVariant joined = keywords.prompt().withMessages(List.of(new MessageTemplate(Role.SYSTEM, "More rules."),
                new MessageTemplate(Role.USER, "{{ user }}")));
        CodeExportRequest request = new CodeExportRequest(keywords.project(), joined, keywords.model(), keywords.provider(),
                keywords.vars());

        assertThat(exporters.find("python-anthropic").orElseThrow().export(request).problems()).singleElement().asString()
                .contains("export as curl instead");
        assertThat(exporters.find("curl").orElseThrow().export(request).ok()).isTrue();
        assertThat(exporters.find("python-openai").orElseThrow()
                .export(ExportFixtures.keywords("openai", "gpt-4o-mini")).ok()).isTrue();
    }

    @Test
    void aJinjaSyntaxErrorIsAProblemWithItsPartAndLine() {
        CodeExportRequest jinja = ExportFixtures.jinja("openai", "gpt-4o-mini");
        PromptVariant broken = jinja.prompt().withMessages(List.of(new MessageTemplate(Role.USER, "ok\n{% if x %}never closed")));
        CodeExportResult result = exporters.find("typescript").orElseThrow().export(new CodeExportRequest(jinja.project(),
                broken, jinja.model(), jinja.provider(), jinja.vars()));

        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p)
                .startsWith("prompts/jinja-triage.prompt.yaml: messages[0]:2:"));
    }

    @Test
    void exportedSdkCodeNamesItsKeyVariableAndHoldsNoKey() {
        for (CodeExporter exporter : exporters.all()) {
            for (SdkCases.Case c : SdkCases.forExporter(exporter.id().equals("curl") ? "typescript" : exporter.id()).toList()) {
                String code = exporter.export(c.request()).code().text();
                assertThat(code).as("%s / %s", exporter.id(), c.name())
                        .containsAnyOf("OPENAI_API_KEY", "ANTHROPIC_API_KEY")
                        .doesNotContain("promptsmith-key-");
            }
        }
    }
}
