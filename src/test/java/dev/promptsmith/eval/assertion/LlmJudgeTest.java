package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Role;
import dev.promptsmith.provider.CancelSignal;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Provider;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.StreamListener;
import dev.promptsmith.provider.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LlmJudgeTest {

    private static final ModelRef JUDGE = new ModelRef("gpt-4o-mini", "openai", "gpt-4o-mini", null);

    /** Answers every request with a fixed reply and remembers what it was asked. */
    private static final class FakeProvider implements Provider {
        final List<ChatRequest> requests = new ArrayList<>();
        private final ChatResponse reply;

        FakeProvider(ChatResponse reply) {
            this.reply = reply;
        }

        static FakeProvider replying(String text) {
            return new FakeProvider(new ChatResponse(text, Usage.estimated(100, 20), "stop", Duration.ofMillis(300), null, null));
        }

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public ChatResponse complete(ChatRequest request, StreamListener listener, CancelSignal cancel) {
            requests.add(request);
            return reply;
        }
    }

    private static JudgeVerdict grade(FakeProvider provider) {
        return new LlmJudge(provider, JUDGE).grade("Gives the $15 fee.", "$15 per session.", Checks.testCase(null));
    }

    @Test
    void sendsTheRubricAndOutputAndAsksForAJsonVerdict() {
        FakeProvider provider = FakeProvider.replying("{\"pass\": true, \"score\": 1, \"reason\": \"Correct fee.\"}");
        grade(provider);
        ChatRequest request = provider.requests.get(0);
        assertThat(request.model()).isEqualTo("gpt-4o-mini");
        assertThat(request.params().temperature()).isEqualTo(0.0);
        assertThat(request.messages()).extracting(ChatMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(request.messages().get(0).content()).contains("{\"pass\": true or false, \"score\"");
        assertThat(request.messages().get(1).content())
                .isEqualTo("<rubric>\nGives the $15 fee.\n</rubric>\n\n<output>\n$15 per session.\n</output>");
    }

    @Test
    void keepsTheJudgesOwnTemperature() {
        ModelRef warm = new ModelRef("j", "openai", "gpt-4o", new ModelParams(0.3, 200, null, null));
        FakeProvider provider = FakeProvider.replying("{\"pass\": true}");
        new LlmJudge(provider, warm).grade("r", "o", Checks.testCase(null));
        assertThat(provider.requests.get(0).params()).isEqualTo(new ModelParams(0.3, 200, null, null));
    }

    @Test
    void readsAPlainJsonVerdict() {
        assertThat(grade(FakeProvider.replying("{\"pass\": true, \"score\": 0.9, \"reason\": \"Correct fee.\"}")))
                .isEqualTo(JudgeVerdict.of(true, 0.9, "Correct fee."));
    }

    @Test
    void readsAVerdictInACodeFenceWithProseAround() {
        String reply = "Here is my grade:\n```json\n{\n  \"pass\": \"false\",\n  \"score\": \"0.2\",\n  \"reason\": \"Gives $10.\"\n}\n```";
        assertThat(grade(FakeProvider.replying(reply))).isEqualTo(JudgeVerdict.of(false, 0.2, "Gives $10."));
    }

    @Test
    void infersTheMissingHalfOfTheVerdict() {
        assertThat(grade(FakeProvider.replying("{\"score\": 0.7}"))).isEqualTo(JudgeVerdict.of(true, 0.7, ""));
        assertThat(grade(FakeProvider.replying("{\"pass\": false, \"reason\": \"No.\"}"))).isEqualTo(JudgeVerdict.of(false, 0, "No."));
        assertThat(grade(FakeProvider.replying("{\"score\": 7}")).score()).isEqualTo(1.0);
    }

    @Test
    void anUnreadableReplyIsAFailedVerdict() {
        JudgeVerdict prose = grade(FakeProvider.replying("The answer looks right to me."));
        assertThat(prose.error()).isTrue();
        assertThat(prose.pass()).isFalse();
        assertThat(prose.reason()).isEqualTo("Judge gpt-4o-mini replied without a JSON verdict: 'The answer looks right to me.'");
        JudgeVerdict unreadable = grade(FakeProvider.replying("{\"pass\": \"maybe\"}"));
        assertThat(unreadable.error()).isTrue();
        assertThat(unreadable.reason()).isEqualTo("Judge gpt-4o-mini gave an unreadable verdict: '{\"pass\":\"maybe\"}'");
    }

    @Test
    void aProviderErrorIsAFailedVerdict() {
        ProviderError error = new ProviderError(ProviderError.Kind.RATE_LIMIT, 429, "Rate limit reached for gpt-4o-mini", true);
        JudgeVerdict verdict = grade(new FakeProvider(ChatResponse.failed(error, "", Duration.ofMillis(50))));
        assertThat(verdict.error()).isTrue();
        assertThat(verdict.reason()).isEqualTo("Judge gpt-4o-mini failed: Rate limit reached for gpt-4o-mini");
    }

    @Test
    void worksAsTheJudgeOfAnLlmRubricAssertion() {
        FakeProvider provider = FakeProvider.replying("{\"pass\": false, \"score\": 0.1, \"reason\": \"Invents a price.\"}");
        AssertionContext context = Checks.context().withJudge(new LlmJudge(provider, JUDGE));
        AssertionResult result = Checks.run(new dev.promptsmith.model.Assertion("llm-rubric", "No invented facts.", null, null),
                "It costs $20.", context);
        assertThat(result).isEqualTo(new AssertionResult("llm-rubric", false, 0.1, "Invents a price."));
    }
}
