package dev.promptsmith.export.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One test per cookbook check, then the statistics, the count rules and the cost. */
class DatasetValidatorTest {

    private static final String GOOD = "{\"messages\":[{\"role\":\"system\",\"content\":\"Label.\"},"
            + "{\"role\":\"user\",\"content\":\"Charged twice\"},{\"role\":\"assistant\",\"content\":\"billing\"}]}";

    private final TokenCounter tokens = new TokenCounter();
    private final DatasetValidator validator = new DatasetValidator(tokens, "gpt-4o-mini", DatasetValidator.DEFAULT_TOKEN_LIMIT);

    @Test
    void aLineThatIsNotAJsonObjectIsADataTypeError() {
        assertThat(errors(GOOD + "\nnot json\n[1,2]\n\n" + GOOD + "\n"))
                .containsExactly("data_type@2", "data_type@3", "data_type@4");
    }

    @Test
    void anExampleWithoutMessagesIsMissingItsMessagesList() {
        assertThat(errors("{\"messages\":[]}\n{\"prompt\":\"x\"}\n{\"messages\":\"x\"}"))
                .containsExactly("missing_messages_list@1", "missing_messages_list@2", "missing_messages_list@3");
    }

    @Test
    void aMessageWithoutRoleOrContentIsMissingAKey() {
        assertThat(errors("{\"messages\":[{\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}\n"
                + "{\"messages\":[{\"role\":\"user\"},{\"role\":\"assistant\",\"content\":\"x\"}]}"))
                .contains("message_missing_key@1", "message_missing_key@2");
    }

    @Test
    void anUnknownMessageKeyIsUnrecognized() {
        assertThat(errors("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\",\"tone\":\"warm\"},"
                + "{\"role\":\"assistant\",\"content\":\"x\",\"weight\":1,\"name\":\"bot\"}]}"))
                .containsExactly("message_unrecognized_key@1");
    }

    @Test
    void anUnknownRoleIsUnrecognized() {
        assertThat(errors("{\"messages\":[{\"role\":\"tool\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}\n"
                + "{\"messages\":[{\"role\":\"function\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\"}]}"))
                .containsExactly("unrecognized_role@1");
    }

    @Test
    void emptyOrNonStringContentIsMissingUnlessAFunctionCallStandsIn() {
        assertThat(errors("{\"messages\":[{\"role\":\"user\",\"content\":\"\"},{\"role\":\"assistant\",\"content\":\"x\"}]}\n"
                + "{\"messages\":[{\"role\":\"user\",\"content\":[\"parts\"]},{\"role\":\"assistant\",\"content\":\"x\"}]}\n"
                + "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":null,"
                + "\"function_call\":{\"name\":\"f\"}}]}"))
                .containsExactly("missing_content@1", "missing_content@2");
    }

    @Test
    void anExampleWithoutAnAssistantMessageHasNothingToLearn() {
        assertThat(errors("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).containsExactly("example_missing_assistant_message@1");
    }

    @Test
    void examplesWithoutSystemOrUserMessagesAreCountedAsWarnings() {
        ValidationReport report = validator.validate(lines(12, GOOD) + "{\"messages\":[{\"role\":\"user\",\"content\":\"u\"},"
                + "{\"role\":\"assistant\",\"content\":\"a\"}]}\n{\"messages\":[{\"role\":\"system\",\"content\":\"s\"},"
                + "{\"role\":\"assistant\",\"content\":\"a\"}]}\n", null);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).contains("1 examples have no system message", "1 examples have no user message");
    }

    @Test
    void tokensFollowTheCookbookCountWithTheModelsTokenizer() {
        ValidationReport report = validator.validate(GOOD, null);
        int expected = 3 + 3 * 3 + List.of("system", "Label.", "user", "Charged twice", "assistant", "billing").stream()
                .mapToInt(t -> tokens.countText("openai", "gpt-4o-mini", t).tokens()).sum();

        assertThat(report.tokensPerExample().max()).isEqualTo(expected);
        assertThat(report.assistantTokensPerExample().max()).isEqualTo(tokens.countText("openai", "gpt-4o-mini", "billing").tokens());
        assertThat(report.messagesPerExample().mean()).isEqualTo(3.0);
    }

    @Test
    void examplesOverTheTokenLimitAreFlaggedAndBilledOnlyUpToIt() {
        DatasetValidator small = new DatasetValidator(tokens, "gpt-4o-mini", 50);
        String longOne = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + "word ".repeat(100) + "\"},"
                + "{\"role\":\"assistant\",\"content\":\"x\"}]}";

        ValidationReport report = small.validate(GOOD + "\n" + longOne, null);

        assertThat(report.overLimit()).isOne();
        assertThat(report.warnings()).contains("1 examples are over the 50-token limit and will be truncated in training");
        assertThat(report.cost().billingTokens()).isEqualTo(report.tokensPerExample().min() + 50);
    }

    @Test
    void fewerThanTenExamplesCannotBeUploadedAndFewerThanFiftyAreWarnedAbout() {
        ValidationReport nine = validator.validate(lines(9, GOOD), null);
        ValidationReport twelve = validator.validate(lines(12, GOOD), null);
        ValidationReport sixty = validator.validate(lines(60, GOOD), null);

        assertThat(nine.ok()).isFalse();
        assertThat(nine.warnings()).contains("9 examples: OpenAI needs at least 10");
        assertThat(twelve.ok()).isTrue();
        assertThat(twelve.warnings()).contains("12 examples: improvements usually show from 50 to 100");
        assertThat(sixty.warnings()).isEmpty();
    }

    @Test
    void theDefaultEpochsAndTheCostComeWithTheReport() {
        ValidationReport report = validator.validate(lines(20, GOOD), new BigDecimal("3.00"));

        assertThat(report.cost().epochs()).isEqualTo(5);
        assertThat(report.cost().billingTokens()).isEqualTo(20L * report.tokensPerExample().max());
        assertThat(report.cost().usd()).hasValueSatisfying(usd -> assertThat(usd)
                .isEqualByComparingTo(new BigDecimal(report.cost().billingTokens() * 5 * 3).movePointLeft(6)));
        assertThat(validator.validate(lines(20, GOOD), null).cost().display()).isEqualTo("unknown");
    }

    @Test
    void errorsAreCountedByKey() {
        ValidationReport report = validator.validate("x\ny\n{\"messages\":[]}", null);

        assertThat(report.errorCounts()).containsExactly(java.util.Map.entry("data_type", 2), java.util.Map.entry("missing_messages_list", 1));
    }

    private List<String> errors(String jsonl) {
        return validator.validate(jsonl, null).errors().stream().map(e -> e.key() + "@" + e.line()).distinct().toList();
    }

    private static String lines(int n, String line) {
        return IntStream.range(0, n).mapToObj(i -> line).collect(Collectors.joining("\n", "", "\n"));
    }
}
