package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Our test cases as promptfoo test cases: vars, assertions under promptfoo's names and our id, tags,
 * split, expected output and note in {@code metadata}, so an import gives the same tests back.
 */
final class PromptfooTestWriter {

    static final String NEGATION = "not-";
    /** Marks an assertion exported as an approximation, e.g. {@code promptsmith:label}, so an import restores it. */
    static final String METRIC_PREFIX = "promptsmith:";
    private static final Set<String> DRAFT_07_AND_OLDER = Set.of("http://json-schema.org/draft-07/schema#",
            "http://json-schema.org/draft-07/schema", "http://json-schema.org/draft-06/schema#",
            "http://json-schema.org/draft-04/schema#");

    private final Project project;
    private final PromptfooAssertionExport rules;
    private final Map<String, String> files;
    private final ProblemList problems;
    private final Set<String> approximations = new HashSet<>();
    private boolean listVars;

    PromptfooTestWriter(Project project, PromptfooAssertionExport rules, Map<String, String> files, ProblemList problems) {
        this.project = project;
        this.rules = rules;
        this.files = files;
        this.problems = problems;
    }

    /** Whether some var holds a list, which promptfoo would expand into several tests unless told not to. */
    boolean hasListVars() {
        return listVars;
    }

    Map<String, Object> test(TestCase test) {
        ProblemList tests = problems.forFile("tests.jsonl");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("description", test.id());
        Map<String, Object> vars = vars(test.vars(), "test " + test.id());
        if (!vars.isEmpty()) {
            out.put("vars", vars);
        }
        List<Map<String, Object>> asserts = assertions(test.asserts(), test.expected(), tests, "test " + test.id());
        if (!asserts.isEmpty()) {
            out.put("assert", asserts);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("id", test.id());
        if (!test.tags().isEmpty()) {
            metadata.put("tags", test.tags());
        }
        metadata.put("split", test.split().key());
        if (test.expected() != null) {
            metadata.put("expected", test.expected());
        }
        if (test.note() != null) {
            metadata.put("note", test.note());
        }
        out.put("metadata", metadata);
        return out;
    }

    /** The vars promptfoo can hold: null values are left out (reported); file:// texts are flagged. */
    Map<String, Object> vars(Map<String, Object> vars, String where) {
        Map<String, Object> out = new LinkedHashMap<>();
        vars.forEach((name, value) -> {
            if (value == null) {
                problems.forFile("tests.jsonl").warning(0, where + ": var '" + name + "' is null, which promptfoo does"
                        + " not accept; it is left out");
                return;
            }
            if (value instanceof String s && s.startsWith("file://")) {
                problems.forFile("tests.jsonl").warning(0, where + ": var '" + name + "' starts with file://, so promptfoo"
                        + " will load that file instead of using the text");
            }
            listVars |= value instanceof List;
            out.put(name, value);
        });
        return out;
    }

    List<Map<String, Object>> assertions(List<Assertion> asserts, Object expected, ProblemList where, String owner) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Assertion assertion : asserts) {
            String type = assertion.type().trim();
            boolean negated = type.startsWith(NEGATION);
            Assertion base = new Assertion(negated ? type.substring(NEGATION.length()) : type, assertion.value(),
                    assertion.weight(), assertion.threshold());
            PromptfooAssertionExport.Outcome outcome = rules.map(base, context(expected));
            if (outcome instanceof PromptfooAssertionExport.Refused refused) {
                where.error(0, owner + ": assertion '" + type + "' is not exported: " + refused.reason());
                continue;
            }
            PromptfooAssertionExport.Mapped mapped = (PromptfooAssertionExport.Mapped) outcome;
            if (mapped.approximation() != null && approximations.add(base.type() + mapped.approximation())) {
                where.warning(0, owner + " (and others like it): " + mapped.approximation());
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", (negated ? NEGATION : "") + mapped.type());
            if (mapped.hasValue()) {
                item.put("value", literal(mapped.value()));
            }
            if (assertion.threshold() != null) {
                item.put("threshold", assertion.threshold());
            }
            if (assertion.weight() != null) {
                item.put("weight", assertion.weight());
            }
            if (mapped.approximation() != null) {
                // promptfoo shows the metric name with the result; an import reads our own type back from it.
                item.put("metric", METRIC_PREFIX + base.type());
            }
            out.add(item);
        }
        return out;
    }

    private PromptfooAssertionExport.Context context(Object expected) {
        return new PromptfooAssertionExport.Context() {
            @Override
            public Object expected() {
                return expected;
            }

            @Override
            public Optional<String> schemaFile(String path) {
                return schemaReference(path);
            }
        };
    }

    /** Writes the project schema next to the config once and returns its {@code file://} reference. */
    private Optional<String> schemaReference(String path) {
        if (files.containsKey(path)) {
            return Optional.of("file://" + path);
        }
        Optional<String> text = project.schema(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        files.put(path, forAjv(path, text.get()));
        return Optional.of("file://" + path);
    }

    /**
     * promptfoo validates with Ajv's default (draft-07) class, which refuses a schema whose
     * {@code $schema} names a newer draft; that line is dropped, the rest is kept.
     */
    @SuppressWarnings("unchecked")
    private String forAjv(String path, String text) {
        Object parsed = JsonOutput.parse(text);
        if (parsed instanceof Map<?, ?> map && map.get("$schema") instanceof String draft
                && !DRAFT_07_AND_OLDER.contains(draft)) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.remove("$schema");
            problems.forFile(path).warning(0, "\"$schema\": \"" + draft + "\" is left out of the copy for promptfoo,"
                    + " whose validator (Ajv, draft-07) refuses newer drafts; keywords only newer drafts know would"
                    + " be refused too");
            return JsonOutput.write(copy);
        }
        return text;
    }

    /** Strings promptfoo would render as Nunjucks templates are protected so they arrive as written. */
    private static Object literal(Object value) {
        if (value instanceof String s) {
            return TemplateText.jinjaLiteral(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PromptfooTestWriter::literal).toList();
        }
        return value;
    }
}
