package dev.promptsmith.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.ProviderError;
import dev.promptsmith.provider.Usage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {

    @TempDir
    Path project;

    private final String key = CacheKeys.of("openai",
            new ChatRequest("gpt-4o-mini", List.of(ChatMessage.user("hi")), ModelParams.NONE), 0);
    private final ChatResponse answer = new ChatResponse("Hello!", new Usage(8, 2, 0, 0, 0, false), "stop",
            Duration.ofMillis(640), Duration.ofMillis(120), null);

    @Test
    void aStoredResponseComesBackWithUsageFinishReasonAndLatency() {
        try (ResponseCache cache = ResponseCache.open(project)) {
            assertThat(cache.get(key)).isEmpty();

            assertThat(cache.put(key, answer)).isTrue();
            cache.flush();

            assertThat(cache.get(key)).contains(answer);
        }
    }

    @Test
    void failedResponsesAreNotCached() {
        ChatResponse failed = ChatResponse.failed(
                new ProviderError(ProviderError.Kind.RATE_LIMIT, 429, "slow down", true), "Hel", Duration.ofMillis(5));

        try (ResponseCache cache = ResponseCache.open(project)) {
            assertThat(cache.put(key, failed)).isFalse();
            assertThat(cache.get(key)).isEmpty();
        }
    }

    @Test
    void theCacheHasItsOwnFileAndOutlivesTheProcess() {
        try (ResponseCache cache = ResponseCache.open(project)) {
            cache.put(key, answer);
        }

        try (ResponseCache cache = ResponseCache.open(project)) {
            assertThat(cache.file()).isEqualTo(project.resolve(".promptsmith/cache.db"));
            assertThat(cache.get(key)).contains(answer);
        }
        assertThat(project.resolve(".promptsmith/results.db")).doesNotExist();
    }
}
