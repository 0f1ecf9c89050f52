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

    /**
     * Keys already in users' caches must keep matching: these were computed by the first
     * implementation (a sorted copy of the tree, then written), so a faster spelling of the same
     * canonical text has to give them byte for byte.
     */
    @Test
    void keysAreStableAcrossImplementations() {
        ChatRequest rich = new ChatRequest("claude-sonnet-4", List.of(
                ChatMessage.system("Réponds en français — «court».\n\tTabs & \"quotes\" \\ back\u0007"),
                ChatMessage.user("emoji 🎫 and 中文"), ChatMessage.assistant("{\"queue\":\"billing\"}")),
                new ModelParams(0.7, 256, 0.95, List.of("###", "\n\n")),
                new ResponseFormat("ticket", "{\"type\":\"object\",\"required\":[\"queue\"],\"properties\":{\"queue\":"
                        + "{\"type\":\"string\",\"enum\":[\"billing\",\"tech\"]},\"n\":{\"type\":\"number\",\"minimum\":1.5}}}"),
                Duration.ofSeconds(30));

        assertThat(CacheKeys.of("openai", request(ModelParams.NONE), 0))
                .isEqualTo("5ffda01e70c091a3e42c1db8ab4b996f76fdbb73a9f5b388c52a4f7347995c25");
        assertThat(CacheKeys.of("openai", request(ModelParams.NONE), 3))
                .isEqualTo("edb9c76bab013558a5224ec50d3bc6bbbd17c664aa5e2d260b0ac7b57f070c9a");
        assertThat(CacheKeys.of("anthropic", rich, 1))
                .isEqualTo("7e1e6d52447326e1ae0db3e0b42ff7decfbca79999cbba2757a5b42ddf622c4d");
    }

    @Test
    void nullsLeaveObjectsButStayInArrays() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", null);
        inner.put("list", java.util.Arrays.asList(2.5, null, true, "x"));
        inner.put("big", new java.math.BigDecimal("12345678901234567890.5"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("k", inner);
        outer.put("a", List.of());

        assertThat(CanonicalJson.of(outer))
                .isEqualTo("{\"a\":[],\"k\":{\"big\":12345678901234567890.5,\"list\":[2.5,null,true,\"x\"]}}");
    }

    /** The generic spelling the writer must match: every record mapped whole, then made canonical. */
    private static String generic(String provider, ChatRequest request, int repeat) {
        var key = CanonicalJson.MAPPER.createObjectNode();
        key.put("v", 1);
        key.put("provider", provider);
        key.put("model", request.model());
        key.set("params", CanonicalJson.MAPPER.valueToTree(request.params()));
        key.set("messages", CanonicalJson.MAPPER.valueToTree(request.messages()));
        key.set("responseFormat", CanonicalJson.MAPPER.valueToTree(request.responseFormat()));
        key.put("repeat", repeat);
        return CanonicalJson.write(key);
    }

    @Test
    void theKeyIsTheCanonicalFormOfEveryRecordMappedWhole() {
        List<ChatRequest> requests = List.of(
                request(ModelParams.NONE),
                request(new ModelParams(0.0, 1, 1.0, List.of())),
                new ChatRequest("m", List.of(new ChatMessage(dev.promptsmith.model.Role.USER, "")),
                        new ModelParams(1.25, 4096, 0.5, List.of("a", "\"b\"", "ü\n"))),
                new ChatRequest("gpt-4o", MESSAGES, ModelParams.NONE, ResponseFormat.anyJson()),
                new ChatRequest("gpt-4o", MESSAGES, ModelParams.NONE, new ResponseFormat("x", "{\"type\":\"object\"}")));

        for (ChatRequest request : requests) {
            assertThat(CacheKeys.json("openai", request, 2)).isEqualTo(generic("openai", request, 2));
        }
    }

    /**
     * The key is written field by field; a component added to one of these records would be left out
     * of it silently, and two different requests would share a cached answer. Add it to
     * {@link CacheKeys} (or, like the timeout, decide it does not shape the answer), then here.
     */
    @Test
    void theKeyKnowsEveryComponentOfTheRequest() {
        assertThat(components(ChatRequest.class)).containsExactly("model", "messages", "params", "responseFormat", "timeout");
        assertThat(components(ChatMessage.class)).containsExactly("role", "content");
        assertThat(components(ModelParams.class)).containsExactly("temperature", "maxTokens", "topP", "stop");
        assertThat(components(ResponseFormat.class)).containsExactly("name", "schema");
    }

    private static List<String> components(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }
}
