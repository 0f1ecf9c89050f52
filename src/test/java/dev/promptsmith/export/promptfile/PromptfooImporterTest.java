package dev.promptsmith.export.promptfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptfooImporterTest {

    private final ImportResult config = ImportFiles.read("promptfoo", "promptfooconfig.yaml");

    @Test
    void promptsComeFromChatJsonTextFilesSplitOnDashesAndInlineText() {
        assertThat(config.prompts()).extracting(PromptVariant::name)
                .containsExactly("summarize-chat", "plain-1", "plain-2", "prompt-3");
        PromptVariant chat = config.prompts().get(0);
        assertThat(chat.system()).isEqualTo("You summarise news for a {{ tone }} audience.");
        assertThat(chat.messages()).containsExactly(new MessageTemplate(Role.USER,
                "Summarise: {{ text }}\nData: {{ extra | tojson }}"));
        assertThat(config.prompts().get(2).messages()).containsExactly(new MessageTemplate(Role.USER,
                "Give three bullet points about: {{ text }}\n"));
        assertThat(config.prompts().get(3).messages()).containsExactly(new MessageTemplate(Role.USER,
                "Summarize in one line: {{ text }}"));
    }

    @Test
    void providersBecomeModelsWhereWeHaveTheProviderAndTheGraderIsTheJudge() {
        assertThat(config.models()).containsExactly(
                new ModelRef("gpt-4o-mini", "openai", "gpt-4o-mini", ModelParams.NONE),
                new ModelRef("sonnet", "anthropic", "claude-3-5-sonnet-20241022", new ModelParams(0.0, 512, null, null)),
                new ModelRef("gemini-1.5-pro", "gemini", "gemini-1.5-pro", ModelParams.NONE),
                new ModelRef("llama3.2", "ollama", "llama3.2", ModelParams.NONE.withMaxTokens(256)));
        assertThat(config.judge()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void testsKeepTheirVarsAndAssertionsAndListVarsExpandAsInPromptfoo() {
        assertThat(config.tests()).extracting(TestCase::id)
                .containsExactly("Short-news-item-1", "Short-news-item-2", "t-002", "Transformed-output");
        TestCase first = config.tests().get(0);
        assertThat(first.vars()).containsExactly(Map.entry("tone", "neutral"),
                Map.entry("text", "The city council approved the new bike lanes on Tuesday after a 7-2 vote."),
                Map.entry("lang", "en"));
        assertThat(config.tests().get(1).vars()).containsEntry("lang", "de");
        assertThat(first.note()).isEqualTo("Short news item");
        assertThat(first.asserts()).containsExactly(
                new Assertion("contains", "bike", null, null),
                new Assertion("llm-rubric", "Mentions the vote count", null, 0.8),
                new Assertion("not-regex", "(?i)breaking", null, null),
                new Assertion("contains-any", List.of("council", "city"), 2.0, null));
        TestCase second = config.tests().get(2);
        assertThat(second.vars()).containsEntry("text",
                "After months of debate, the council voted 7-2 to build protected bike lanes on Main Street.\n");
        assertThat(second.asserts()).containsExactly(
                new Assertion("is-json", "schemas/summary.json", null, null),
                new Assertion("json-schema", Map.of("type", "object", "required", List.of("title"),
                        "properties", Map.of("title", Map.of("type", "string"))), null, null),
                new Assertion("similar", "bike lanes approved", null, 0.7));
        assertThat(config.schemas()).containsOnlyKeys("schemas/summary.json");
        assertThat(config.defaultAssert()).containsExactly(new Assertion("not-icontains", "as an AI language model", null, null));
        assertThat(config.runDefaults()).isEqualTo(new RunDefaults(3, 2, 30));
    }

    @Test
    void everythingThatCannotBeMappedIsListedWithItsLine() {
        assertThat(ImportFiles.describe(config.problems())).isEqualTo(String.join("\n",
                "ERROR promptfooconfig.yaml:83: scenarios are not imported; write their tests out under tests",
                "WARNING promptfooconfig.yaml:95: 'outputPath' is not imported",
                "WARNING prompts/summarize.json:1: the Nunjucks filter dump is imported as Jinja's tojson",
                "ERROR promptfooconfig.yaml:8: the prompt file 'prompts/missing.json' does not exist next to the config",
                "ERROR promptfooconfig.yaml:9: the prompt function 'prompts/build_prompt.py:make_prompt' is code; it is not imported",
                "WARNING promptfooconfig.yaml:17: provider 'vertex:gemini-1.5-pro' runs on Vertex AI; it is read as a Gemini"
                        + " API (AI Studio) model",
                "ERROR promptfooconfig.yaml:21: provider 'bedrock:anthropic.claude-3-haiku-20240307-v1:0' is not one"
                        + " Promptsmith can call; it is not imported",
                "ERROR promptfooconfig.yaml:22: provider 'file://providers/custom.js' is custom code or an HTTP endpoint;"
                        + " it is not imported",
                "ERROR promptfooconfig.yaml:39: tests[0].assert[1] (javascript) is not imported: code assertions"
                        + " (javascript) are not imported; Promptsmith assertions are declarative",
                "WARNING promptfooconfig.yaml:32: tests[0] has list vars, which promptfoo expands: imported as 2 test cases",
                "WARNING promptfooconfig.yaml:72: tests[1].metadata.owner is not imported",
                "ERROR promptfooconfig.yaml:61: tests[1].assert[2] (python) is not imported: code assertions (python) are"
                        + " not imported; Promptsmith assertions are declarative",
                "ERROR promptfooconfig.yaml:66: tests[1].assert[4] (perplexity) is not imported: promptfoo's 'perplexity'"
                        + " has no Promptsmith equivalent",
                "ERROR promptfooconfig.yaml:67: tests[1].assert[5] (assert-set) is not imported: assert-set groups are not"
                        + " imported; list the assertions one by one",
                "WARNING promptfooconfig.yaml:77: tests[2].options.transform is not imported",
                "WARNING promptfooconfig.yaml:80: tests[2].assert[0].value is a Nunjucks template in promptfoo; it is"
                        + " imported as plain text",
                "ERROR promptfooconfig.yaml:81: tests[2].assert[1] (is-json) is not imported: the schema file"
                        + " schemas/nowhere.json does not exist next to the config",
                "WARNING promptfooconfig.yaml:94: evaluateOptions.delay is not imported"));
    }

    @Test
    void brokenYamlNamesTheLineWhereTheBrokenValueStarts() {
        ImportResult result = ImportFiles.read("promptfoo", "broken.yaml");

        assertThat(result.problems()).extracting(Problem::severity, Problem::line)
                .containsExactly(tuple(Problem.Severity.ERROR, 8));
        assertThat(result.problems().get(0).message()).contains("quoted scalar that starts on line 8");
        assertThat(result.prompts()).isEmpty();
    }

    @Test
    void wrongTypesAreErrorsNamingTheLine() {
        ImportResult result = ImportFiles.read("promptfoo", "wrong-types.yaml");

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                tuple(1, "prompts must be text, a list or a map, found the number 42"),
                tuple(3, "provider '7' is not one Promptsmith can call; it is not imported"),
                tuple(5, "tests[0].vars must be an object, found a list"),
                tuple(7, "tests[0].assert[0] has no type; the assertion is not imported"),
                tuple(9, "tests[0].assert[1].weight must be a number, found 'heavy'"),
                tuple(12, "evaluateOptions.repeat must be a whole number >= 1, found 'many'"));
    }
}
