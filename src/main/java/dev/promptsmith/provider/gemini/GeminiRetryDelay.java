package dev.promptsmith.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wait a Gemini error asks for. Gemini sends no Retry-After header; the wait is a
 * {@code google.rpc.RetryInfo} detail whose {@code retryDelay} is a protobuf Duration string
 * ({@code "37s"}, {@code "3.957525076s"}). The message repeats it ("Please retry in 22.23s"), which
 * serves when the detail is missing.
 */
final class GeminiRetryDelay {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)s");
    private static final Pattern IN_MESSAGE = Pattern.compile("(?i)retry in (\\d+(?:\\.\\d+)?)(ms|s)\\b");

    private GeminiRetryDelay() {
    }

    /** Milliseconds to wait, rounded up, or -1 when the error names no wait. */
    static long millis(JsonNode details, String message) {
        for (JsonNode detail : details) {
            if (detail.path("@type").asText("").endsWith("RetryInfo")) {
                Matcher m = DURATION.matcher(detail.path("retryDelay").asText(""));
                if (m.matches()) {
                    return toMillis(m.group(1), 1000);
                }
            }
        }
        Matcher m = IN_MESSAGE.matcher(message == null ? "" : message);
        if (m.find()) {
            return toMillis(m.group(1), m.group(2).equalsIgnoreCase("ms") ? 1 : 1000);
        }
        return -1;
    }

    private static long toMillis(String number, int unitMillis) {
        // BigDecimal, so "3.95s" is exactly 3950 ms rather than 3949.9999 rounded some way.
        try {
            return new BigDecimal(number).multiply(BigDecimal.valueOf(unitMillis))
                    .setScale(0, RoundingMode.CEILING).longValueExact();
        } catch (ArithmeticException tooLong) {
            return -1;
        }
    }
}
