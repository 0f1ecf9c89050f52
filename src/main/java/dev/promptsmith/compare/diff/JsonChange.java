package dev.promptsmith.compare.diff;

import java.util.Objects;

/**
 * One difference between two JSON values.
 *
 * @param path  where, as a JSON Pointer (RFC 6901): {@code /items/2/price}; "" is the whole value;
 *              a "/" or "~" inside a key is written "~1" or "~0"
 * @param left  the left value as compact JSON, or null when the left has none (EXTRA)
 * @param right the right value as compact JSON, or null when the right has none (MISSING)
 */
public record JsonChange(JsonChangeKind kind, String path, String left, String right) {

    public JsonChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }
}
