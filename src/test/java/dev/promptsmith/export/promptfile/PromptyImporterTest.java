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

class PromptyImporterTest {

    @Test
    void aV1FileGivesPromptModelParametersAndSample() {
        ImportResult result = ImportFiles.read("prompty", "support-chat.prompty");

        PromptVariant prompt = result.prompt();
        assertThat(prompt.name()).isEqualTo("Support-Chat");
        assertThat(prompt.description()).isEqualTo("Answers a customer's question from the retrieved help-centre articles.");
        assertThat(prompt.system()).startsWith("You are a friendly support assistant for Hearthly.\n")
                .contains("{% for a in articles %}\n## {{ a.title }}").endsWith("{% endfor %}\n");
        assertThat(prompt.messages()).containsExactly(
                new MessageTemplate(Role.USER, "How do I reset my thermostat?\n"),
                new MessageTemplate(Role.ASSISTANT, "{\"answer\": \"Hold the button for 10 seconds.\", \"sources\": [\"Resetting\"]}\n"),
                new MessageTemplate(Role.USER, "{{ question }}"));
        assertThat(prompt.params()).isEqualTo(new ModelParams(0.2, 400, 0.9, List.of("###")));
        assertThat(prompt.output().format()).isEqualTo(OutputFormat.JSON);
        assertThat(result.models()).containsExactly(new ModelRef("gpt-4o", "azure", "gpt-4o", ModelParams.NONE));
        assertThat(result.sampleVars()).containsExactly(Map.entry("firstName", "Jane"),
                Map.entry("question", "Can I change my delivery address?"),
                Map.entry("articles", List.of(Map.of("title", "Changing an order",
                        "body", "Addresses can be changed until the order ships."))));
        assertThat(ImportFiles.describe(result.problems())).isEqualTo(String.join("\n",
                "WARNING support-chat.prompty:4: 'authors' is not imported: Promptsmith prompts keep no metadata besides a description",
                "WARNING support-chat.prompty:6: 'version' is not imported: Promptsmith prompts keep no metadata besides a description",
                "WARNING support-chat.prompty:11: model.configuration azure_endpoint, api_version not imported: endpoints and"
                        + " keys live in Settings, never in a project",
                "WARNING support-chat.prompty:20: model.parameters: seed is not imported; Promptsmith prompts set temperature,"
                        + " max tokens, top-p and stop sequences"));
    }

    @Test
    void theAgentSchemaShapeReadsTheSameWay() {
        ImportResult result = ImportFiles.read("prompty", "agent-v2.prompty");

        assertThat(result.prompt().name()).isEqualTo("basic-prompt");
        assertThat(result.prompt().system()).contains("You are helping {{firstName}}");
        assertThat(result.prompt().messages()).containsExactly(new MessageTemplate(Role.USER, "{{question}}"));
        assertThat(result.prompt().params()).isEqualTo(new ModelParams(0.7, 1000, null, List.of("END")));
        assertThat(result.models()).containsExactly(new ModelRef("gpt-4o-mini", "openai", "gpt-4o-mini", ModelParams.NONE));
        assertThat(result.sampleVars()).containsExactly(Map.entry("firstName", "Jane"),
                Map.entry("question", "What is the meaning of life?"));
        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(4, "'metadata' is not imported: Promptsmith prompts keep no metadata besides a description"),
                tuple(11, "model.connection is not imported: endpoints and keys live in Settings, never in a project"));
    }

    @Test
    void brokenYamlIsAnErrorOnItsLineAndTheBodyIsStillRead() {
        ImportResult result = ImportFiles.read("prompty", "broken-yaml.prompty");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("invalid YAML in the front matter: ");
        });
        assertThat(result.prompt().system()).isEqualTo("Be brief.");
    }

    @Test
    void aFrontMatterWithoutItsClosingFenceIsAnError() {
        ImportResult result = ImportFiles.read("prompty", "no-closing-fence.prompty");

        assertThat(result.problems()).extracting(Problem::severity, Problem::line).contains(tuple(Problem.Severity.ERROR, 1));
        assertThat(result.problems().get(0).message()).contains("no closing '---' line");
    }

    @Test
    void aFileWithoutPromptTextIsAnError() {
        ImportResult result = ImportFiles.read("prompty", "no-body.prompty");

        assertThat(result.prompts()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("no prompt text after the front matter");
        });
    }

    @Test
    void wrongTypesAreErrorsNamingTheLine() {
        ImportResult result = ImportFiles.read("prompty", "wrong-types.prompty");

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(9, "model.parameters.temperature must be a number, found 'warm'"),
                tuple(10, "model.parameters.max_tokens must be a whole number >= 1, found the number -5"),
                tuple(12, "model.parameters.stop must be a list, found an object"),
                tuple(13, "inputs must be an object, found a list"));
        assertThat(result.prompt().params()).isEqualTo(ModelParams.NONE);
    }

    @Test
    void sectionsWithoutAPlaceInAPromptAreReported() {
        ImportResult result = ImportFiles.read("prompty", "tools-and-thread.prompty");

        assertThat(ImportFiles.describe(result.problems())).isEqualTo(String.join("\n",
                "WARNING tools-and-thread.prompty:8: 'tools' is not imported: Promptsmith prompts have no tool or output declarations",
                "ERROR tools-and-thread.prompty:6: model.configuration.type 'serverless' is not a connection Promptsmith can"
                        + " call; no model is imported (add one of the project's models instead)",
                "ERROR tools-and-thread.prompty:14: the ![thread] placeholder (conversation history) is not imported;"
                        + " Promptsmith prompts have no history slot",
                "WARNING tools-and-thread.prompty:16: the attributes [name=\"Jane\"] of this user line are not imported",
                "ERROR tools-and-thread.prompty:19: a 'function' section is not imported; expected system, user or assistant"
                        + " messages"));
        assertThat(result.prompt().messages()).containsExactly(new MessageTemplate(Role.USER, "Where is order {{ order }}?\n"));
    }
}
