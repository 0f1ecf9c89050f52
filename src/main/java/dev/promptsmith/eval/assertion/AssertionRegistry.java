package dev.promptsmith.eval.assertion;

import dev.promptsmith.model.Assertion;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps assertion type names to checks and evaluates assertions, handling the {@code not-} prefix
 * for every type in one place.
 */
public final class AssertionRegistry {

    private static final System.Logger LOG = System.getLogger(AssertionRegistry.class.getName());

    private final Map<String, AssertionCheck> checks;

    public AssertionRegistry(Collection<? extends AssertionCheck> checks) {
        Map<String, AssertionCheck> map = new LinkedHashMap<>();
        for (AssertionCheck check : checks) {
            String type = check.type();
            if (type.startsWith(Negation.PREFIX)) {
                throw new IllegalArgumentException("type '" + type + "' must not start with " + Negation.PREFIX);
            }
            if (map.put(type, check) != null) {
                throw new IllegalArgumentException("two checks for type '" + type + "'");
            }
        }
        this.checks = Collections.unmodifiableMap(map);
    }

    /** Every built-in assertion type. Judge and embedder come with each call's context. */
    public static AssertionRegistry standard() {
        SchemaValidation schemas = new SchemaValidation();
        return new AssertionRegistry(List.of(
                new EqualsAssertion(),
                new ContainsAssertion("contains", false),
                new ContainsAssertion("icontains", true),
                new ContainsAnyAssertion("contains-any", false),
                new ContainsAnyAssertion("icontains-any", true),
                new ContainsAllAssertion("contains-all", false),
                new ContainsAllAssertion("icontains-all", true),
                new StartsWithAssertion(),
                new RegexAssertion(),
                new IsJsonAssertion(schemas),
                new ContainsJsonAssertion(),
                new JsonSchemaAssertion(schemas),
                new JsonPathAssertion(),
                new LengthAssertion(),
                new WordCountAssertion(),
                new LevenshteinAssertion(),
                new SimilarAssertion(),
                new LabelAssertion(),
                new LlmRubricAssertion(),
                new LatencyAssertion(),
                new CostAssertion(),
                new HumanAssertion()));
    }

    /** A registry with {@code check} added, replacing any check of the same type. */
    public AssertionRegistry with(AssertionCheck check) {
        List<AssertionCheck> list = new ArrayList<>(checks.values());
        list.removeIf(existing -> existing.type().equals(check.type()));
        list.add(check);
        return new AssertionRegistry(list);
    }

    /** The registered base types, without their {@code not-} forms. */
    public Set<String> types() {
        return checks.keySet();
    }

    /** Whether {@code type}, or the type it negates, is registered. */
    public boolean supports(String type) {
        return checks.containsKey(baseType(normalize(type)));
    }

    /** Evaluates one assertion; never throws for a bad assertion, an unknown type or a failing check. */
    public AssertionResult evaluate(String output, Assertion spec, AssertionContext context) {
        String type = normalize(spec.type());
        if (type.isEmpty()) {
            return AssertionResult.error("", "assertion has no type");
        }
        String base = baseType(type);
        AssertionCheck check = checks.get(base);
        if (check == null) {
            return AssertionResult.error(type, "unknown assertion type '" + type + "'");
        }
        AssertionResult result = run(check, output == null ? "" : output, spec, context).withType(base);
        return base.equals(type) ? result : Negation.negate(result, type);
    }

    private static AssertionResult run(AssertionCheck check, String output, Assertion spec, AssertionContext context) {
        try {
            return check.check(output, spec, context);
        } catch (RuntimeException e) {
            // A bug in one check must not abort the run; it shows up as a failed cell and in the log.
            LOG.log(Level.ERROR, "assertion " + check.type() + " failed unexpectedly", e);
            return AssertionResult.error(check.type(), check.type() + " could not run: " + e);
        }
    }

    private String baseType(String type) {
        return type.startsWith(Negation.PREFIX) && !checks.containsKey(type)
                ? type.substring(Negation.PREFIX.length()) : type;
    }

    private static String normalize(String type) {
        return type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
    }
}
