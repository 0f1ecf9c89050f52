package dev.promptsmith.provider.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RetryInfo.retryDelay is a protobuf Duration string (reference §1.4 Errors, §6.4). */
class GeminiRetryDelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource({"3.95s, 3950", "37s, 37000", "3.957525076s, 3958", "0s, 0", "0.0001s, 1", "soon, -1", "'', -1",
            "99999999999999999999s, -1"})
    void durationStringsBecomeMillisecondsRoundedUp(String delay, long millis) throws Exception {
        JsonNode details = JSON.readTree("[{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\",\"retryDelay\":\""
                + delay + "\"}]");
        assertThat(GeminiRetryDelay.millis(details, "")).isEqualTo(millis);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} ms")
    @CsvSource({"Please retry in 22.23s., 22230", "Please retry in 750ms., 750", "Try later., -1"})
    void theMessageServesWithoutRetryInfo(String message, long millis) {
        assertThat(GeminiRetryDelay.millis(JSON.createArrayNode(), message)).isEqualTo(millis);
    }
}
