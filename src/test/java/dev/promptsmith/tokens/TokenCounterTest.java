package dev.promptsmith.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.api.EncodingType;
import dev.promptsmith.model.ChatMessage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Expected values come from OpenAI's cookbook notebook "How to count tokens with tiktoken"
 * (openai/openai-cookbook, examples/How_to_count_tokens_with_tiktoken.ipynb), whose chat counts were
 * checked there against the {@code usage.prompt_tokens} the OpenAI API returned, and from tiktoken's
 * README example as quoted by many independent ports (cl100k_base ids 83, 1609, 5963, 374, 2294, 0).
 */
class TokenCounterTest {

    private static final TokenCounter COUNTER = new TokenCounter();

    @Test
    void tiktokenIsGreatIsSixTokensInCl100k() {
        TokenCount count = COUNTER.countText("openai", "gpt-4", "tiktoken is great!");

        assertThat(count).isEqualTo(new TokenCount(6, true, "cl100k_base"));
        assertThat(COUNTER.encoding(EncodingType.CL100K_BASE).encodeOrdinary("tiktoken is great!").boxed())
                .containsExactly(83, 1609, 5963, 374, 2294, 0);
    }

    @Test
    void tiktokenIsGreatIsSixTokensInO200k() {
        // Cookbook (current version): num_tokens_from_string("tiktoken is great!", "o200k_base") == 6,
        // encode() == [83, 8251, 2488, 382, 2212, 0].
        assertThat(COUNTER.countText("openai", "gpt-4o-mini", "tiktoken is great!")).isEqualTo(new TokenCount(6, true, "o200k_base"));
        assertThat(COUNTER.encoding(EncodingType.O200K_BASE).encodeOrdinary("tiktoken is great!").boxed())
                .containsExactly(83, 8251, 2488, 382, 2212, 0);
    }

    @Test
    void cookbookEncodingComparisonsMatch() {
        // Cookbook section 5, "Comparing encodings".
        assertThat(COUNTER.countText("openai", "gpt-4", "antidisestablishmentarianism").tokens()).isEqualTo(6);
        assertThat(COUNTER.countText("openai", "gpt-4o", "antidisestablishmentarianism").tokens()).isEqualTo(6);
        assertThat(COUNTER.countText("openai", "gpt-4", "2 + 2 = 4").tokens()).isEqualTo(7);
        assertThat(COUNTER.countText("openai", "gpt-4o", "2 + 2 = 4").tokens()).isEqualTo(7);
        assertThat(COUNTER.countText("openai", "gpt-4", "お誕生日おめでとう").tokens()).isEqualTo(9);
        assertThat(COUNTER.countText("openai", "gpt-4o", "お誕生日おめでとう").tokens()).isEqualTo(8);
    }

    /** The cookbook's example_messages: 129 prompt tokens for gpt-3.5-turbo / gpt-4, 124 for gpt-4o / gpt-4o-mini. */
    private static final List<OpenAiChatFormat.Turn> COOKBOOK_MESSAGES = List.of(
            new OpenAiChatFormat.Turn("system", null,
                    "You are a helpful, pattern-following assistant that translates corporate jargon into plain English."),
            new OpenAiChatFormat.Turn("system", "example_user", "New synergies will help drive top-line growth."),
            new OpenAiChatFormat.Turn("system", "example_assistant", "Things working well together will increase revenue."),
            new OpenAiChatFormat.Turn("system", "example_user",
                    "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage."),
            new OpenAiChatFormat.Turn("system", "example_assistant",
                    "Let's talk later when we're less busy about how to do better."),
            new OpenAiChatFormat.Turn("user", null,
                    "This late pivot means we don't have time to boil the ocean for the client deliverable."));

    @Test
    void cookbookChatExampleIs129TokensForGpt4AndGpt35Turbo() {
        assertThat(OpenAiChatFormat.count(COUNTER.encoding(EncodingType.CL100K_BASE), COOKBOOK_MESSAGES)).isEqualTo(129);
    }

    @Test
    void cookbookChatExampleIs124TokensForGpt4o() {
        assertThat(OpenAiChatFormat.count(COUNTER.encoding(EncodingType.O200K_BASE), COOKBOOK_MESSAGES)).isEqualTo(124);
    }

    @Test
    void chatCountAddsThreePerMessageTheRoleAndThreeForTheReply() {
        List<ChatMessage> messages = List.of(ChatMessage.system("tiktoken is great!"), ChatMessage.user("tiktoken is great!"));

        TokenCount count = COUNTER.count("openai", "gpt-4", messages);

        // 2 x (3 framing + 1 role + 6 content) + 3 reply priming
        assertThat(count).isEqualTo(new TokenCount(23, true, "cl100k_base"));
    }

    @Test
    void emptyConversationIsJustTheReplyPriming() {
        assertThat(COUNTER.count("openai", "gpt-4o", List.of()).tokens()).isEqualTo(3);
    }

    @Test
    void specialTokenTextIsCountedAsPlainText() {
        assertThat(COUNTER.countText("openai", "gpt-4o", "<|endoftext|>").tokens()).isGreaterThan(1);
    }

    @Test
    void otherProvidersGetAFlaggedEstimate() {
        TokenCount count = COUNTER.countText("anthropic", "claude-sonnet-4-5", "tiktoken is great!");

        assertThat(count.exact()).isFalse();
        assertThat(count.method()).startsWith("estimate");
        assertThat(count.tokens()).isEqualTo(5); // 18 ASCII chars x 0.25 = 4.5 -> 5 (3 words x 4/3 = 4)
        assertThat(count.display()).isEqualTo("≈5");
    }

    @Test
    void estimatedChatAddsFramingPerMessage() {
        TokenCount count = COUNTER.count("gemini", "gemini-2.5-flash", List.of(ChatMessage.user("abcdefghijkl")));

        assertThat(count).isEqualTo(new TokenCount(3 + 4 + 3, false, TokenEstimator.METHOD));
    }

    @Test
    void unknownOpenAiModelIsEstimated() {
        assertThat(COUNTER.countText("openai", "some-local-model", "hello").exact()).isFalse();
    }

    @Test
    void displayGroupsThousandsWithCommas() {
        assertThat(new TokenCount(1234, true, "o200k_base").display()).isEqualTo("1,234");
        assertThat(new TokenCount(1234567, false, "estimate").display()).isEqualTo("≈1,234,567");
        assertThat(new TokenCount(7, true, "cl100k_base").display()).isEqualTo("7");
    }

    @Test
    void encodingsLoadOnFirstUseNotInTheConstructor() {
        TokenCounter counter = new TokenCounter();
        assertThat(counter.loadedEncodings()).isZero();

        counter.countText("anthropic", "claude", "estimate only");
        assertThat(counter.loadedEncodings()).isZero();

        counter.countText("openai", "gpt-4o", "hello");
        counter.countText("openai", "gpt-4o-mini", "hello again");
        counter.count("openai", "o3", List.of(ChatMessage.user("hi")));
        assertThat(counter.loadedEncodings()).isEqualTo(1);
    }

    @Test
    void concurrentCountsAgree() throws Exception {
        TokenCounter counter = new TokenCounter();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String model = i % 2 == 0 ? "gpt-4o" : "gpt-4";
                results.add(pool.submit(() -> counter.countText("openai", model, "tiktoken is great!").tokens()));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(6);
            }
            assertThat(counter.loadedEncodings()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
