package dev.promptsmith.export.promptfile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Maps promptfoo assertion types to ours, one rule per type. Code assertions (javascript, python,
 * ruby, webhook) and types Promptsmith has no check for are refused with the reason.
 */
final class PromptfooAssertionImport {

    /** An imported type and value, or the reason there is none. */
    record Outcome(String type, Object value, String refusal) {

        static Outcome of(String type, Object value) {
            return new Outcome(type, value, null);
        }

        static Outcome refused(String reason) {
            return new Outcome(null, null, reason);
        }
    }

    /** What a rule may use: files next to the config (schemas, rubric texts). */
    interface Context {
        /** The JSON Schema at a {@code file://} reference as a project schema path, or the reason it cannot be read. */
        Outcome schemaFile(String reference);
    }

    private final Map<String, BiFunction<Object, Context, Outcome>> rules = new HashMap<>();

    PromptfooAssertionImport() {
        for (String type : List.of("equals", "contains", "icontains", "starts-with", "levenshtein", "similar",
                "llm-rubric", "word-count")) {
            rules.put(type, (value, c) -> value == null && !type.equals("equals") && !type.equals("levenshtein")
                    && !type.equals("similar") ? Outcome.refused(type + " has no value") : Outcome.of(type, value));
        }
        rules.put("similar:cosine", (value, c) -> Outcome.of("similar", value));
        for (String type : List.of("contains-any", "icontains-any", "contains-all", "icontains-all")) {
            rules.put(type, (value, c) -> value == null ? Outcome.refused(type + " has no value")
                    : Outcome.of(type, value instanceof String s ? splitList(s) : value));
        }
        rules.put("latency", (value, c) -> Outcome.of("latency", null));
        rules.put("cost", (value, c) -> Outcome.of("cost", null));
        rules.put("regex", PromptfooAssertionImport::regex);
        rules.put("is-json", (value, c) -> schema("is-json", value, c));
        rules.put("contains-json", PromptfooAssertionImport::containsJson);
        for (String code : List.of("javascript", "python", "ruby", "webhook")) {
            rules.put(code, (value, c) -> Outcome.refused("code assertions (" + code + ") are not imported;"
                    + " Promptsmith assertions are declarative"));
        }
        rules.put("assert-set", (value, c) -> Outcome.refused("assert-set groups are not imported; list the"
                + " assertions one by one"));
    }

    /** The mapping of a promptfoo base type (without {@code not-}). */
    Outcome map(String type, Object value, Context context) {
        BiFunction<Object, Context, Outcome> rule = rules.get(type);
        return rule == null ? Outcome.refused("promptfoo's '" + type + "' has no Promptsmith equivalent")
                : rule.apply(value, context);
    }

    private static Outcome regex(Object value, Context c) {
        if (!(value instanceof String js)) {
            return Outcome.refused("regex has no text value");
        }
        return JsRegex.toJava(js).map(java -> Outcome.of("regex", java))
                .orElse(Outcome.refused("the regex '" + js + "' is not valid in Java"));
    }

    /** promptfoo's contains-json takes a schema: one shaped like our field subset becomes that object again. */
    private static Outcome containsJson(Object value, Context c) {
        if (value == null) {
            return Outcome.of("contains-json", null);
        }
        Optional<Object> subset = JsonSubsetSchema.fromSchema(value);
        if (subset.isPresent() && subset.get() instanceof Map) {
            return Outcome.of("contains-json", subset.get());
        }
        return schema("json-schema", value, c);
    }

    private static Outcome schema(String type, Object value, Context c) {
        if (value == null) {
            return Outcome.of(type, null);
        }
        if (value instanceof Map<?, ?>) {
            return Outcome.of(type, value);
        }
        if (value instanceof String s && s.startsWith("file://")) {
            Outcome file = c.schemaFile(s);
            return file.refusal() != null ? file : Outcome.of(type, file.value());
        }
        if (value instanceof String s && JsonOutput.parse(s) instanceof Map<?, ?> inline) {
            return Outcome.of(type, inline);
        }
        return Outcome.refused(type + " needs a JSON Schema object or a file:// reference to one");
    }

    /** promptfoo accepts {@code "a, b, c"} for the -any and -all types. */
    private static List<String> splitList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
