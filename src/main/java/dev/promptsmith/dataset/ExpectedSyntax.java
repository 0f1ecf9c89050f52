package dev.promptsmith.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Assertion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * promptfoo's one-cell assertion syntax, as in a CSV {@code __expected} column: {@code contains: refund},
 * {@code not-icontains: sorry}, {@code similar(0.8): text}, {@code levenshtein(3): x}, {@code is-json}.
 * A cell that does not start with an assertion type is an {@code equals} of the whole cell, as promptfoo
 * reads it. A type Promptsmith cannot run (code, HTML, moderation…) is refused with the reason, never
 * taken for a plain value. As in promptfoo, {@code similar} without a threshold gets 0.8. Two deliberate
 * differences: the value is stripped of surrounding spaces ({@code contains: refund} looks for "refund"),
 * and a JSON object value is read as JSON.
 */
public final class ExpectedSyntax {

    private static final Pattern THRESHOLD = Pattern.compile("\\((\\d+(?:\\.\\d+)?)\\)");
    /** The threshold our similar assertion uses when none is given (SimilarAssertion's default). */
    private static final double RUNTIME_SIMILAR_THRESHOLD = 0.75;

    private final AssertionRegistry registry;
    private final ObjectMapper json;
    private final Map<String, ValueShape> shapes = new HashMap<>();
    private final Set<String> knownTypes = new HashSet<>(PromptfooAssertionTypes.BASE);

    public ExpectedSyntax(AssertionRegistry registry, ObjectMapper json) {
        this.registry = registry;
        this.json = json;
        knownTypes.addAll(registry.types());
        Set.of("contains-any", "contains-all", "icontains-any", "icontains-all").forEach(t -> shapes.put(t, ValueShape.LIST));
        Set.of("is-json", "contains-json", "json-schema", "json-path").forEach(t -> shapes.put(t, ValueShape.JSON_OR_TEXT));
        Set.of("length", "word-count").forEach(t -> shapes.put(t, ValueShape.NUMBER_OR_JSON));
    }

    /** Reads one cell (already known to be non-blank). */
    public ParsedAssertion parse(String cell) {
        for (Map.Entry<String, String> legacy : PromptfooAssertionTypes.LEGACY_PREFIXES.entrySet()) {
            if (cell.startsWith(legacy.getKey())) {
                return typed(legacy.getValue(), null, cell.substring(legacy.getKey().length()), cell);
            }
        }
        String negation = cell.startsWith("not-") ? "not-" : "";
        String rest = cell.substring(negation.length());
        Optional<String> type = typeAtStart(rest);
        if (type.isEmpty()) {
            return plain(cell);
        }
        String after = rest.substring(type.get().length());
        String threshold = null;
        if (after.startsWith("(")) {
            Matcher m = THRESHOLD.matcher(after);
            if (!m.lookingAt()) {
                return plain(cell);
            }
            threshold = m.group(1);
            after = after.substring(m.end());
        }
        if (!after.isEmpty() && !after.startsWith(":")) {
            return plain(cell);
        }
        return typed(negation + type.get(), threshold, after.isEmpty() ? "" : after.substring(1), cell);
    }

    /**
     * The cell for an assertion, or empty when a cell cannot say it exactly (a weight, a value that would
     * read back differently); the exporter reports those.
     */
    public Optional<String> format(Assertion assertion) {
        if (assertion.type() == null || assertion.type().isBlank()
                || assertion.weight() != null && assertion.weight() != 1.0) {
            return Optional.empty();
        }
        String type = assertion.type();
        Double threshold = assertion.threshold();
        if (threshold == null && baseType(type).equals("similar")) {
            threshold = RUNTIME_SIMILAR_THRESHOLD;
        }
        Optional<String> value = shape(baseType(type)).write(assertion.value(), json);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String head = type + (threshold == null ? "" : "(" + number(threshold) + ")");
        String cell = value.get().isEmpty() ? head : head + ":" + value.get();
        if (type.equals("equals") && threshold == null && readsBackAs(value.get(), assertion)) {
            cell = value.get();
        }
        return readsBackAs(cell, assertion) ? Optional.of(cell) : Optional.empty();
    }

    private boolean readsBackAs(String cell, Assertion original) {
        if (cell.isBlank()) {
            return false;
        }
        Assertion read = parse(cell).assertion();
        return read != null && read.type().equals(original.type())
                && sameValue(original.value(), read.value())
                && (original.threshold() == null || Objects.equals(original.threshold(), read.threshold()));
    }

    private static boolean sameValue(Object original, Object read) {
        if (Objects.equals(original, read)) {
            return true;
        }
        // A number or boolean written as text compares the same way as text: equals trims and compares text.
        return (original instanceof Number || original instanceof Boolean) && read != null && read.equals(original.toString());
    }

    private ParsedAssertion typed(String type, String threshold, String rest, String cell) {
        String base = baseType(type);
        if (PromptfooAssertionTypes.CODE.contains(base)) {
            return ParsedAssertion.refused("'" + shorten(cell) + "' is a " + base
                    + " assertion, which runs code; Promptsmith does not run code from a data file");
        }
        if (!registry.supports(type)) {
            return ParsedAssertion.refused("'" + shorten(cell) + "' is a promptfoo " + base
                    + " assertion, which Promptsmith does not support");
        }
        Object value = shape(base).read(rest == null ? "" : rest.strip(), json);
        Double limit = threshold != null ? Double.valueOf(threshold)
                : base.equals("similar") ? PromptfooAssertionTypes.SIMILAR_DEFAULT_THRESHOLD : null;
        return ParsedAssertion.of(new Assertion(type, value, null, limit));
    }

    /**
     * The longest known type the text starts with, followed by its end, a threshold or a value:
     * "similar:cosine" is a type, "contains:refund" is a type and a value.
     */
    private Optional<String> typeAtStart(String text) {
        String best = null;
        for (String type : knownTypes) {
            if (text.startsWith(type) && (text.length() == type.length() || "(:".indexOf(text.charAt(type.length())) >= 0)
                    && (best == null || type.length() > best.length())) {
                best = type;
            }
        }
        return Optional.ofNullable(best);
    }

    private static ParsedAssertion plain(String cell) {
        return ParsedAssertion.of(new Assertion("equals", cell, null, null));
    }

    private ValueShape shape(String baseType) {
        return shapes.getOrDefault(baseType, ValueShape.TEXT);
    }

    private static String baseType(String type) {
        return type.startsWith("not-") ? type.substring(4) : type;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String shorten(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
