package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotpromptImporterTest {

    @Test
    void aFileWithALicenceHeaderPicoschemaAndHandlebarsBecomesAJinjaPrompt() {
        ImportResult result = ImportFiles.read("dotprompt", "summarize.prompt");

        PromptVariant prompt = result.prompt();
        assertThat(prompt.name()).isEqualTo("summarize");
        assertThat(prompt.description()).isEqualTo("Summarises an article as key points.");
        assertThat(prompt.system()).isEqualTo("You summarise articles for busy readers.\n"
                + "{% if style %}Write in {{ style }} style.{% else %}Write plainly.{% endif %}\n"
                + "Rules:\n{% for item in points %}\n- {{ item }} ({{ loop.index0 }})\n{% endfor %}\n");
        assertThat(prompt.messages()).containsExactly(new MessageTemplate(Role.USER, "Summarise this article:\n\n{{ article }}"));
        assertThat(prompt.params()).isEqualTo(new ModelParams(0.4, 512, null, List.of("</summary>")));
        assertThat(result.models()).containsExactly(new ModelRef("gemini-1.5-flash", "gemini", "gemini-1.5-flash",
                ModelParams.NONE));
        assertThat(result.sampleVars()).containsExactly(Map.entry("style", "bullet"),
                Map.entry("points", List.of("keep it short", "cite numbers")));
        assertThat(prompt.output().format()).isEqualTo(OutputFormat.JSON);
        assertThat(prompt.output().schema()).isEqualTo("schemas/summarize.json");
        assertThat(JsonOutput.parse(result.schemas().get("schemas/summarize.json"))).isEqualTo(Map.of(
                "type", "object",
                "properties", Map.of(
                        "title", Map.of("type", "string"),
                        "keyPoints", Map.of("type", "array", "items", Map.of("type", "string"), "description", "the main points"),
                        "sentiment", Map.of("enum", List.of("positive", "neutral", "negative")),
                        "source", Map.of("type", List.of("object", "null"), "properties", Map.of("url", Map.of("type", "string")),
                                "required", List.of("url"), "additionalProperties", false)),
                "required", List.of("title", "keyPoints", "sentiment"),
                "additionalProperties", false));
        assertThat(ImportFiles.describe(result.problems())).isEqualTo("WARNING summarize.prompt:9: config: topK is not"
                + " imported; Promptsmith prompts set temperature, max tokens, top-p and stop sequences");
    }

    @Test
    void historyPartialsMediaAndToolMessagesAreReportedOnTheirLines() {
        ImportResult result = ImportFiles.read("dotprompt", "chat-history.prompt");

        assertThat(result.problems()).extracting(Problem::severity, Problem::line).containsExactly(
                tuple(Problem.Severity.WARNING, 3),
                tuple(Problem.Severity.WARNING, 4),
                tuple(Problem.Severity.ERROR, 6),
                tuple(Problem.Severity.ERROR, 9),
                tuple(Problem.Severity.ERROR, 7),
                tuple(Problem.Severity.ERROR, 11),
                tuple(Problem.Severity.ERROR, 12));
        assertThat(result.problems()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("'tools' is not imported"),
                m -> assertThat(m).contains("'myapp.owner' is not imported"),
                m -> assertThat(m).contains("{{> greeting}}", "partials"),
                m -> assertThat(m).contains("{{history}}"),
                m -> assertThat(m).contains("a system message after other messages"),
                m -> assertThat(m).contains("{{media url=photoUrl}}", "media"),
                m -> assertThat(m).contains("a 'tool' message is not imported"));
        assertThat(result.models()).extracting(ModelRef::provider, ModelRef::model).containsExactly(tuple("openai", "gpt-4o"));
    }

    @Test
    void aFileWithoutFrontMatterIsOneUserMessage() {
        ImportResult result = ImportFiles.read("dotprompt", "joke.prompt");

        assertThat(result.problems()).isEmpty();
        assertThat(result.prompt().messages()).containsExactly(new MessageTemplate(Role.USER,
                "Tell me a joke about {{ topic }}.\n"));
        assertThat(result.models()).isEmpty();
    }

    @Test
    void brokenYamlIsAnErrorOnItsLine() {
        ImportResult result = ImportFiles.read("dotprompt", "broken.prompt");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.line()).isBetween(4, 5);
            assertThat(p.message()).startsWith("invalid YAML in the front matter");
        });
        assertThat(result.prompt().messages()).containsExactly(new MessageTemplate(Role.USER, "Tell me about {{ topic }}.\n"));
    }

    @Test
    void wrongTypesAndUnknownSchemaTypesAreErrorsNamingTheLine() {
        ImportResult result = ImportFiles.read("dotprompt", "wrong-types.prompt");

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(4, "config.temperature must be a number, found 'warm'"),
                tuple(5, "config.maxOutputTokens must be a whole number >= 1, found 'lots'"),
                tuple(9, "output.schema.answer: 'text' is not a Picoschema type; expected one of any, boolean, integer,"
                        + " null, number, string"));
        assertThat(result.models()).extracting(ModelRef::provider).containsExactly("anthropic");
    }
}
