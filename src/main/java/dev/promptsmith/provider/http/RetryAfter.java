package dev.promptsmith.provider.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the retry hints of a response's headers: {@code retry-after-ms}, {@code retry-after} (seconds
 * or an HTTP date) and {@code x-should-retry}. Header names are matched case-insensitively.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait the server asked for in milliseconds, or -1 when it asked for none we can read. */
    static long millis(Map<String, List<String>> headers, Instant now) {
        Optional<String> ms = header(headers, "retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Math.max(0, Math.round(Double.parseDouble(ms.get().trim())));
            } catch (NumberFormatException e) {
                // fall through to retry-after: a garbled hint is no hint
            }
        }
        Optional<String> after = header(headers, "retry-after");
        if (after.isEmpty()) {
            return -1;
        }
        String value = after.get().trim();
        try {
            return Math.max(0, Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Math.max(0, at.toEpochMilli() - now.toEpochMilli());
            } catch (DateTimeParseException notDate) {
                return -1;
            }
        }
    }

    /** The server's explicit verdict on retrying, if it gave one. */
    static Optional<Boolean> shouldRetry(Map<String, List<String>> headers) {
        return header(headers, "x-should-retry").map(v -> v.trim().equalsIgnoreCase("true"));
    }

    static Optional<String> header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}
