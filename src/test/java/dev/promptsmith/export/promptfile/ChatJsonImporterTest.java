package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatJsonImporterTest {

    @Test
    void aRequestBodyGivesPromptParamsModelAndSchemaAndListsWhatItCannotTake() {
        ImportResult result = ImportFiles.read("chatjson", "request.json");

        assertThat(result.prompt().name()).isEqualTo("request");
        assertThat(result.prompt().system()).isEqualTo("You extract the order number from an email. Reply as JSON.");
        assertThat(result.prompt().messages()).containsExactly(new MessageTemplate(Role.USER, "Email: {{ email }}"));
        assertThat(result.prompt().params()).isEqualTo(new ModelParams(0.0, 200, null, null));
        assertThat(result.prompt().output().format()).isEqualTo(OutputFormat.JSON);
        assertThat(result.prompt().output().schema()).isEqualTo("schemas/order.json");
        assertThat(JsonOutput.parse(result.schemas().get("schemas/order.json"))).isEqualTo(Map.of("type", "object",
                "properties", Map.of("order", Map.of("type", "string")), "required", List.of("order"),
                "additionalProperties", false));
        assertThat(result.models()).containsExactly(new ModelRef("gpt-4o", "openai", "gpt-4o", ModelParams.NONE));
        assertThat(ImportFiles.describe(result.problems())).isEqualTo(String.join("\n",
                "WARNING request.json:15: request: seed is not imported; Promptsmith prompts set temperature, max"
                        + " tokens, top-p and stop sequences",
                "WARNING request.json:7: messages[1].content has a 'image_url' part, which is not imported; only text is",
                "WARNING request.json:9: messages[2].tool_calls is not imported",
                "ERROR request.json:9: messages[2] has no text content; the message is not imported",
                "WARNING request.json:11: messages[3].tool_call_id is not imported",
                "ERROR request.json:11: messages[3] has the role 'tool', which is not imported; expected system, user or"
                        + " assistant"));
    }

    @Test
    void aBareMessagesArrayWithTheDeveloperRoleIsAPrompt() {
        ImportResult result = ImportFiles.read("chatjson", "messages-only.json");

        assertThat(result.prompt().system()).isEqualTo("Translate to French.");
        assertThat(result.prompt().messages()).containsExactly(new MessageTemplate(Role.USER, "Good morning, {{ name }}!"));
        assertThat(result.models()).isEmpty();
        assertThat(result.problems()).extracting(Problem::line, Problem::message)
                .containsExactly(tuple(3, "messages[1].name is not imported"));
    }

    @Test
    void theProviderIsGuessedFromTheModelNameAndSaid() {
        ImportResult result = ImportFiles.read("chatjson", "claude.json");

        assertThat(result.models()).extracting(ModelRef::provider).containsExactly("anthropic");
        assertThat(result.prompt().params()).isEqualTo(new ModelParams(null, null, 0.5, List.of("END")));
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "the file names model 'claude-3-5-haiku-latest' without a provider; it is imported as a model of provider 'anthropic'");
    }

    @Test
    void brokenJsonIsAnErrorOnItsLine() {
        ImportResult result = ImportFiles.read("chatjson", "broken.json");

        assertThat(result.prompts()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("invalid JSON: ");
        });
    }

    @Test
    void wrongTypesAreErrorsNamingTheLine() {
        ImportResult result = ImportFiles.read("chatjson", "wrong-types.json");

        assertThat(result.prompts()).isEmpty();
        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(3, "request.temperature must be a number, found '0.5'"),
                tuple(4, "request.max_tokens must be a whole number >= 1, found the number 0"),
                tuple(5, "messages must be a list, found an object"));
    }
}
