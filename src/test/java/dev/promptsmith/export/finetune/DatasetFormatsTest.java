package dev.promptsmith.export.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.export.Goldens;
import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.PromptRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetFormatsTest {

    private final Project project = FinetuneFixtures.supportTriage();
    private final PromptVariant prompt = project.prompt("triage-zero-shot").orElseThrow();
    private final TrainingSet sample = new TrainingSetBuilder(new PromptRenderer()).build(project, prompt,
            List.of(new PassingOutput("t-001", "billing"), new PassingOutput("t-018", "billing")));
    private final DatasetFormats formats = DatasetFormats.standard();

    @Test
    void registryHoldsTheSupervisedFormats() {
        assertThat(formats.all()).extracting(DatasetFormat::id).containsExactly("openai-chat", "bedrock-claude");
        assertThatThrownBy(() -> new DatasetFormats(List.of(new OpenAiChatFormat(), new OpenAiChatFormat())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openAiChatFileMatchesItsGoldenFile() {
        DatasetFile file = formats.find("openai-chat").orElseThrow().write(sample.examples());

        Goldens.assertMatches("export/finetune/support-triage-openai-chat.jsonl", file.jsonl());
        assertThat(file.lines()).isEqualTo(10).isEqualTo(file.jsonl().lines().count());
        assertThat(sample.refused()).extracting(Refusal::source).containsExactly("test t-018");
    }

    @Test
    void bedrockClaudeFileMatchesItsGoldenFileAndHasOnlySystemAndMessages() throws Exception {
        DatasetFile file = formats.find("bedrock-claude").orElseThrow().write(sample.examples());

        Goldens.assertMatches("export/finetune/support-triage-bedrock-claude.jsonl", file.jsonl());
        for (String line : file.jsonl().lines().toList()) {
            JsonNode tree = new ObjectMapper().readTree(line);
            assertThat(tree.fieldNames()).toIterable().containsExactly("system", "messages");
            assertThat(tree.get("messages").get(0).get("role").asText()).isEqualTo("user");
        }
    }

    @Test
    void bedrockRefusesConversationsThatBreakItsRules() {
        List<TrainingExample> examples = List.of(
                new TrainingExample("example a", List.of(ChatMessage.system("s"), ChatMessage.user("u"), ChatMessage.user("u2"),
                        ChatMessage.assistant("a"))),
                new TrainingExample("example b", List.of(ChatMessage.assistant("a"), ChatMessage.user("u"), ChatMessage.assistant("a"))),
                new TrainingExample("example c", List.of(ChatMessage.user("u"))),
                new TrainingExample("example d", List.of(ChatMessage.user("u"), ChatMessage.system("late"), ChatMessage.assistant("a"))),
                new TrainingExample("example e", List.of(ChatMessage.user("u"), ChatMessage.assistant("a"))));

        DatasetFile file = new BedrockClaudeFormat().write(examples);

        assertThat(file.lines()).isOne();
        assertThat(file.jsonl()).isEqualTo("{\"messages\":[{\"role\":\"user\",\"content\":\"u\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n");
        assertThat(file.refused()).extracting(Refusal::toString).containsExactly(
                "example a: Bedrock needs user and assistant turns to alternate, and messages 1 and 2 are both user turns",
                "example b: Bedrock needs the first message to be from the user",
                "example c: Bedrock needs at least two messages, a user turn and an assistant turn",
                "example d: Bedrock takes system text only before the conversation, and this one has a system message inside it");
    }

    @Test
    void preferenceFileMatchesItsGoldenFile() {
        List<ChatMessage> input = new PromptRenderer().render(prompt, project.test("t-006").orElseThrow().vars(), List.of()).messages();
        PreferenceSet set = new PreferenceSetBuilder(new PromptRenderer()).build(project, prompt, List.of(
                new PreferencePair("t-006", input, "refund", "billing"),
                new PreferencePair(null, List.of(ChatMessage.user("It's \"quoted\"\nand multi-line \u00e9")), "other", "technical")));

        DatasetFile file = new OpenAiPreferenceFormat().write(set);

        Goldens.assertMatches("export/finetune/support-triage-preference.jsonl", file.jsonl());
        assertThat(file.lines()).isEqualTo(2);
    }

    @Test
    void writtenChatFilePassesTheCookbookChecks() {
        DatasetFile file = formats.find("openai-chat").orElseThrow().write(sample.examples());

        ValidationReport report = new DatasetValidator(new dev.promptsmith.tokens.TokenCounter(), "gpt-4o-mini",
                DatasetValidator.DEFAULT_TOKEN_LIMIT).validate(file.jsonl(), null);

        assertThat(report.errors()).isEmpty();
        assertThat(report.examples()).isEqualTo(10);
        assertThat(report.ok()).isTrue();
    }
}
