package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Assertion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Maps each of our assertion types to promptfoo's, one rule per type. Types promptfoo has no
 * declarative equivalent for (json-path, length) are refused with the reason: promptfoo's
 * javascript and python assertions are never generated.
 */
final class PromptfooAssertionExport {

    /** A mapped assertion or the reason it cannot be mapped. */
    sealed interface Outcome permits Mapped, Refused {
    }

    /**
     * @param hasValue false for types written without a value (is-json, latency, …)
     * @param approximation what promptfoo checks differently, or null when it checks the same
     */
    record Mapped(String type, Object value, boolean hasValue, String approximation) implements Outcome {
    }

    record Refused(String reason) implements Outcome {
    }

    /** What a rule may use: the test's expected output, and schema files the export writes alongside. */
    interface Context {
        Object expected();

        /** A {@code file://} reference to the project schema at {@code path}, written next to the config. */
        Optional<String> schemaFile(String path);
    }

    private final Map<String, BiFunction<Assertion, Context, Outcome>> rules = new HashMap<>();

    PromptfooAssertionExport() {
        for (String type : List.of("contains", "icontains", "starts-with", "llm-rubric")) {
            rules.put(type, (a, c) -> text(a.value()).<Outcome>map(v -> mapped(type, v))
                    .orElse(new Refused(type + " needs a text value")));
        }
        for (String type : List.of("contains-any", "icontains-any", "contains-all", "icontains-all")) {
            rules.put(type, (a, c) -> a.value() == null ? new Refused(type + " needs a list of texts")
                    : new Mapped(type, a.value() instanceof List ? a.value() : List.of(String.valueOf(a.value())), true,
                    a.threshold() != null && type.contains("all") ? "promptfoo checks all of them; the threshold (share"
                            + " needed) is kept but promptfoo ignores it" : null));
        }
        rules.put("equals", (a, c) -> valueOrExpected(a, c).<Outcome>map(v -> mapped("equals", v))
                .orElse(new Refused("equals has no value and the test no expected output")));
        rules.put("levenshtein", (a, c) -> valueOrExpected(a, c).<Outcome>map(v -> mapped("levenshtein", v))
                .orElse(new Refused("levenshtein has no value and the test no expected output")));
        rules.put("similar", (a, c) -> valueOrExpected(a, c).<Outcome>map(v -> mapped("similar", v))
                .orElse(new Refused("similar has no value and the test no expected output")));
        rules.put("word-count", (a, c) -> a.value() == null ? new Refused("word-count needs a number or {min, max}")
                : mapped("word-count", a.value()));
        rules.put("regex", (a, c) -> regex(a));
        rules.put("label", PromptfooAssertionExport::label);
        rules.put("is-json", (a, c) -> a.value() == null ? new Mapped("is-json", null, false, null)
                : schema("is-json", a.value(), c));
        rules.put("json-schema", (a, c) -> schema("contains-json", a.value(), c));
        rules.put("contains-json", PromptfooAssertionExport::containsJson);
        rules.put("latency", (a, c) -> a.threshold() == null ? new Refused("latency needs a threshold (milliseconds)")
                : new Mapped("latency", null, false, null));
        rules.put("cost", (a, c) -> a.threshold() == null ? new Refused("cost needs a threshold (US dollars)")
                : new Mapped("cost", null, false, null));
        rules.put("json-path", (a, c) -> new Refused("promptfoo has no JSON-path assertion (only a javascript one,"
                + " which Promptsmith does not generate)"));
        rules.put("length", (a, c) -> new Refused("promptfoo has no length assertion (only a javascript one,"
                + " which Promptsmith does not generate)"));
    }

    /** The mapping of {@code assertion}, whose type must already be the base type (without {@code not-}). */
    Outcome map(Assertion assertion, Context context) {
        BiFunction<Assertion, Context, Outcome> rule = rules.get(assertion.type());
        return rule == null ? new Refused("'" + assertion.type() + "' is not an assertion type Promptsmith knows")
                : rule.apply(assertion, context);
    }

    private static Outcome regex(Assertion a) {
        Optional<String> pattern = text(a.value());
        if (pattern.isEmpty()) {
            return new Refused("regex needs a text value");
        }
        JsRegex.Translation js = JsRegex.toJavaScript(pattern.get());
        return js.ok() ? new Mapped("regex", js.regex(), true, null)
                : new Refused("the regex cannot run in JavaScript: " + js.refusal());
    }

    /** Our label compares the normalized label; promptfoo's closest checks are case-insensitive containment. */
    private static Outcome label(Assertion a, Context c) {
        Object value = a.value() != null ? a.value() : c.expected();
        String approximation = "label is exported as a case-insensitive containment check; promptfoo has no"
                + " label type, so an answer that merely mentions the label passes too";
        if (value instanceof String s) {
            return new Mapped("icontains", s, true, approximation);
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return new Mapped("icontains-any", list, true, approximation);
        }
        return new Refused("label has no value and the test no text expected output");
    }

    private static Outcome containsJson(Assertion a, Context c) {
        if (a.value() == null) {
            return new Mapped("contains-json", null, false, null);
        }
        Object expected = a.value() instanceof String s ? JsonOutput.parse(s) : a.value();
        if (!(expected instanceof Map<?, ?>)) {
            return new Refused("contains-json needs a JSON object as its value");
        }
        return new Mapped("contains-json", JsonSubsetSchema.toSchema(expected), true, a.threshold() == null ? null
                : "promptfoo passes only when every field matches; the threshold (share of fields) is not applied");
    }

    /** A schema named by path becomes a file reference; an inline schema stays inline. */
    private static Outcome schema(String type, Object value, Context c) {
        if (value instanceof Map<?, ?>) {
            return mapped(type, value);
        }
        if (value instanceof String path) {
            return c.schemaFile(path).<Outcome>map(ref -> mapped(type, ref))
                    .orElse(new Refused("the schema '" + path + "' is not in the project"));
        }
        return new Refused(type + " needs a schema path or an inline schema");
    }

    private static Optional<Object> valueOrExpected(Assertion a, Context c) {
        return Optional.ofNullable(a.value() != null ? a.value() : c.expected());
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private static Mapped mapped(String type, Object value) {
        return new Mapped(type, value, true, null);
    }
}
