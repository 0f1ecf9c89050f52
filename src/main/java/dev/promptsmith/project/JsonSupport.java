package dev.promptsmith.project;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for project files: strict JSON, duplicate keys and trailing text are errors. */
final class JsonSupport {

    private JsonSupport() {
    }

    /**
     * Jackson's default stream limits stay on (nesting depth 1000, number length 1000, string length 20 MB),
     * so hostile lines fail as parse errors instead of exhausting memory or the stack.
     */
    static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
