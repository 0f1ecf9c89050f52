package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptfooProviderReaderTest {

    @TempDir
    Path dir;

    @Test
    void localServersAreToldApartByTheirBaseUrl() throws Exception {
        ImportResult result = read("""
                - id: openai:chat:qwen2.5-7b
                  config: {apiBaseUrl: 'http://localhost:1234/v1', max_tokens: 64}
                - id: openai:chat:mistral-7b
                  config: {apiBaseUrl: 'http://gpu-box:9000/v1'}
                - groq:llama-3.3-70b-versatile
                - echo
                """);

        assertThat(result.models()).containsExactly(
                new ModelRef("qwen2.5-7b", "lmstudio", "qwen2.5-7b", ModelParams.NONE.withMaxTokens(64)),
                new ModelRef("mistral-7b", "openai", "mistral-7b", ModelParams.NONE),
                new ModelRef("llama-3.3-70b-versatile", "groq", "llama-3.3-70b-versatile", ModelParams.NONE),
                ModelRef.echo());
        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(tuple(6,
                "apiBaseUrl http://gpu-box:9000/v1 is not imported: set up a provider entry for that server in Settings"
                        + " and point the model at it"));
    }

    @Test
    void shortIdsAreReadAsTheChatProviderAndOtherKindsAreRefused() throws Exception {
        ImportResult result = read("""
                - openai:gpt-4o
                - anthropic:claude-3-5-haiku-latest
                - openai:responses:gpt-5
                - openai:embedding:text-embedding-3-small
                - id: azure:chat:my-deployment
                  label: prod
                  config: {temperature: 0.1, apiKey: sk-not-imported-00000000000000}
                """);

        assertThat(result.models()).extracting(ModelRef::id, ModelRef::provider, ModelRef::model).containsExactly(
                tuple("gpt-4o", "openai", "gpt-4o"),
                tuple("claude-3-5-haiku-latest", "anthropic", "claude-3-5-haiku-latest"),
                tuple("gpt-5", "openai", "gpt-5"),
                tuple("prod", "azure", "my-deployment"));
        assertThat(result.problems()).extracting(Problem::severity, Problem::line).containsExactly(
                tuple(Problem.Severity.WARNING, 5),
                tuple(Problem.Severity.WARNING, 6),
                tuple(Problem.Severity.ERROR, 7),
                tuple(Problem.Severity.WARNING, 10));
        assertThat(result.problems().get(2).message()).contains("is not a chat model");
        assertThat(result.problems().get(3).message()).contains("apiKey is not imported");
        assertThat(result.models().toString()).doesNotContain("sk-not-imported");
    }

    private ImportResult read(String providers) throws Exception {
        Path config = Files.writeString(dir.resolve("promptfooconfig.yaml"), "prompts:\n  - 'Hi {{ name }}'\nproviders:\n"
                + providers.indent(2));
        return Samples.FORMATS.importFile(config);
    }
}
