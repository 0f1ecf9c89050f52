package dev.promptsmith.ui.editor;

import java.math.BigDecimal;
import java.util.List;

/**
 * Parses the text of a model-parameter field. Blank text means "not set" (null value), so the
 * provider default applies.
 */
@FunctionalInterface
interface ParamParser<T> {

    /** The parsed value, or an error message for the user. */
    Parsed<T> parse(String text);

    /** The outcome of parsing: a value (possibly null for "not set") or an error. */
    record Parsed<T>(T value, String error) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> invalid(String error) {
            return new Parsed<>(null, error);
        }

        boolean isValid() {
            return error == null;
        }
    }

    static ParamParser<Double> decimal(String label, double min, double max) {
        return text -> {
            if (text.isBlank()) {
                return Parsed.ok(null);
            }
            double value;
            try {
                value = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return Parsed.invalid(label + " must be a number");
            }
            if (Double.isNaN(value) || value < min || value > max) {
                return Parsed.invalid(label + " must be between " + format(min) + " and " + format(max));
            }
            return Parsed.ok(value);
        };
    }

    static ParamParser<Integer> atLeast(String label, int min) {
        return text -> {
            if (text.isBlank()) {
                return Parsed.ok(null);
            }
            int value;
            try {
                value = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return Parsed.invalid(label + " must be a whole number");
            }
            return value < min ? Parsed.invalid(label + " must be at least " + min) : Parsed.ok(value);
        };
    }

    static ParamParser<List<String>> stopSequences() {
        return text -> {
            List<String> stops = StopSequences.parse(text);
            return Parsed.ok(stops.isEmpty() ? null : stops);
        };
    }

    /** "0.7" rather than "0.70" or "7E-1"; "2" rather than "2.0". */
    static String format(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
