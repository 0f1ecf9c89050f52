package dev.promptsmith.export.promptfile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The JSON type of a plain value, as schema-like formats name it. */
final class ValueKinds {

    private ValueKinds() {
    }

    /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array}, {@code object}; string for null. */
    static String of(Object value) {
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "integer";
        }
        if (value instanceof Number n) {
            return n instanceof BigDecimal b && b.stripTrailingZeros().scale() <= 0 ? "integer" : "number";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof Map) {
            return "object";
        }
        return "string";
    }
}
