package dev.promptsmith.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ResponseFormat;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    private static final List<ChatMessage> MESSAGES = List.of(
            ChatMessage.system("You triage tickets."), ChatMessage.user("My invoice is wrong"));

    private static ChatRequest request(ModelParams params) {
        return new ChatRequest("gpt-4o-mini", MESSAGES, params);
    }

    @Test
    void identicalRequestsGiveTheSameKey() {
        ModelParams params = new ModelParams(0.2, 100, null, List.of("###"));

        assertThat(CacheKeys.of("openai", request(params), 0))
                .isEqualTo(CacheKeys.of("openai", new ChatRequest("gpt-4o-mini", List.copyOf(MESSAGES),
                        new ModelParams(0.2, 100, null, List.of("###"))), 0))
                .hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void eachRepeatHasItsOwnKey() {
        ChatRequest request = request(ModelParams.NONE);

        assertThat(CacheKeys.of("openai", request, 0)).isNotEqualTo(CacheKeys.of("openai", request, 1));
    }

    @Test
    void theOrderParamsWereSetInAndUnsetFieldsDoNotMatter() {
        ModelParams oneWay = ModelParams.NONE.withTopP(0.9).withTemperature(0.5);
        ModelParams otherWay = ModelParams.NONE.withTemperature(0.5).withTopP(0.9);

        assertThat(CacheKeys.of("openai", request(oneWay), 0)).isEqualTo(CacheKeys.of("openai", request(otherWay), 0));
        assertThat(CacheKeys.json("openai", request(oneWay), 0)).doesNotContain("maxTokens", "stop", "null");
        assertThat(CacheKeys.of("openai", request(ModelParams.NONE), 0))
                .isEqualTo(CacheKeys.of("openai", request(new ModelParams(null, null, null, null)), 0));
    }

    @Test
    void mapKeyOrderDoesNotChangeTheCanonicalJson() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", Map.of("y", 2, "x", 1));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", Map.of("x", 1, "y", 2));
        ba.put("a", 1);
        ba.put("c", null);

        assertThat(CanonicalJson.of(ab)).isEqualTo(CanonicalJson.of(ba)).isEqualTo("{\"a\":1,\"b\":{\"x\":1,\"y\":2}}");
    }

    @Test
    void aChangedMessageChangesTheKey() {
        ChatRequest changed = new ChatRequest("gpt-4o-mini",
                List.of(MESSAGES.get(0), ChatMessage.user("My invoice is wrong!")), ModelParams.NONE);

        assertThat(CacheKeys.of("openai", changed, 0)).isNotEqualTo(CacheKeys.of("openai", request(ModelParams.NONE), 0));
    }

    @Test
    void providerModelParamsAndResponseFormatAreInTheKey() {
        String base = CacheKeys.of("openai", request(ModelParams.NONE), 0);

        assertThat(CacheKeys.of("azure", request(ModelParams.NONE), 0)).isNotEqualTo(base);
        assertThat(CacheKeys.of("openai", new ChatRequest("gpt-4o", MESSAGES, ModelParams.NONE), 0)).isNotEqualTo(base);
        assertThat(CacheKeys.of("openai", request(ModelParams.NONE.withTemperature(0.0)), 0)).isNotEqualTo(base);
        assertThat(CacheKeys.of("openai", new ChatRequest("gpt-4o-mini", MESSAGES, ModelParams.NONE,
                ResponseFormat.anyJson()), 0)).isNotEqualTo(base);
    }

    @Test
    void theTimeoutIsNotInTheKey() {
        ChatRequest patient = new ChatRequest("gpt-4o-mini", MESSAGES, ModelParams.NONE, null, Duration.ofMinutes(5));

        assertThat(CacheKeys.of("openai", patient, 0)).isEqualTo(CacheKeys.of("openai", request(ModelParams.NONE), 0));
    }
}
