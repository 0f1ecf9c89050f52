package dev.promptsmith.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.Usage;

/**
 * The token counts of one Messages API answer, read from {@code usage} objects. Each object the server
 * sends holds running totals (a stream's {@code message_delta} usage is cumulative), so a later value
 * replaces an earlier one and nothing is ever added up. A field a later object leaves out or sends as
 * null keeps its earlier value: {@code message_delta} usually repeats only {@code output_tokens}.
 */
final class UsageTally {

    private Integer input;
    private Integer output;
    private Integer cacheRead;
    private Integer cacheWrite;
    private boolean reported;

    /** Takes the counts of one {@code usage} object; anything but an object is ignored. */
    void apply(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return;
        }
        input = latest(usage, "input_tokens", input);
        output = latest(usage, "output_tokens", output);
        cacheRead = latest(usage, "cache_read_input_tokens", cacheRead);
        cacheWrite = latest(usage, "cache_creation_input_tokens", cacheWrite);
        reported = true;
    }

    boolean reported() {
        return reported;
    }

    /**
     * The counts as a {@link Usage}, or null when no usage object arrived. Anthropic reports cache reads
     * and writes next to {@code input_tokens}, not inside it (reference §1.3); {@link Usage} counts them
     * inside input, so they are added. The API has no separate reasoning count (thinking is billed inside
     * {@code output_tokens}).
     */
    Usage toUsage() {
        if (!reported) {
            return null;
        }
        // Anthropic reports cache reads and writes beside input_tokens; Usage counts them inside input.
        int read = orZero(cacheRead);
        int write = orZero(cacheWrite);
        return new Usage(orZero(input) + read + write, orZero(output), read, write, 0, false);
    }

    private static Integer latest(JsonNode usage, String field, Integer previous) {
        JsonNode value = usage.path(field);
        return value.isNumber() ? Integer.valueOf(value.intValue()) : previous;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
