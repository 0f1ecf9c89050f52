package dev.promptsmith.dataset;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one promptfoo test ({@code {vars, assert: [{type, value, threshold, weight}], description}}) into a
 * test case. Keys that change what promptfoo would run (options, provider, a var list that promptfoo
 * expands into several tests…) refuse the test, since importing it without them would test something else.
 */
final class PromptfooTestReader {

    private static final Set<String> UNSUPPORTED_TEST_KEYS = Set.of("options", "provider", "providers", "prompts",
            "providerOutput", "threshold", "assertScoringFunction");
    private static final Set<String> TEST_KEYS = Set.of("vars", "assert", "description", "metadata",
            "id", "expected", "tags", "split", "note");
    private static final Set<String> ASSERT_KEYS = Set.of("type", "value", "threshold", "weight", "metric");

    private final AssertionRegistry registry;
    private final YamlNodeValues values;
    private final String file;

    PromptfooTestReader(AssertionRegistry registry, YamlNodeValues values, String file) {
        this.registry = registry;
        this.values = values;
        this.file = file;
    }

    /** The test case of a node, or null when it cannot be one; its id is null when the node has none. */
    TestCase read(Node node, List<Problem> problems) {
        int line = YamlNodeValues.line(node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, line, 0, "expected a test: a mapping with vars and assert"));
            return null;
        }
        Map<String, NodeTuple> entries = YamlNodeValues.entries(mapping);
        entries.forEach((key, tuple) -> checkKey(key, tuple, problems));
        Map<String, Object> vars = vars(entries.get("vars"), problems);
        List<Assertion> asserts = asserts(entries.get("assert"), problems);
        Optional<String> description = text(entries.get("description"));
        Optional<String> note = text(entries.get("note"));
        if (description.isPresent() && note.isPresent()) {
            problems.add(Problem.error(file, line, 0, "a test has both description and note; both would become its note"));
        }
        return new TestCase(text(entries.get("id")).filter(s -> !s.isBlank()).orElse(null), vars,
                entries.containsKey("expected") ? values.java(entries.get("expected").getValueNode()) : null,
                asserts, tags(entries.get("tags"), problems), split(entries.get("split"), problems),
                description.or(() -> note).orElse(null));
    }

    private void checkKey(String key, NodeTuple tuple, List<Problem> problems) {
        int line = YamlNodeValues.line(tuple.getKeyNode());
        if (UNSUPPORTED_TEST_KEYS.contains(key)) {
            problems.add(Problem.error(file, line, 0, "the test's " + key + " is a promptfoo setting Promptsmith does not"
                    + " have; the test is refused, since without it it would test something else"));
        } else if (key.equals("metadata")) {
            problems.add(Problem.warning(file, line, 0, "metadata is not imported"));
        } else if (!TEST_KEYS.contains(key)) {
            problems.add(Problem.warning(file, line, 0, "not imported: '" + key + "' is not a key of a test"));
        }
    }

    private Map<String, Object> vars(NodeTuple tuple, List<Problem> problems) {
        Map<String, Object> vars = new LinkedHashMap<>();
        if (tuple == null) {
            return vars;
        }
        if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, YamlNodeValues.line(tuple.getValueNode()), 0,
                    "vars must be a mapping of names to values (a file of vars is not supported)"));
            return vars;
        }
        YamlNodeValues.entries(mapping).forEach((name, entry) -> {
            Object value = values.java(entry.getValueNode());
            if (value instanceof List<?>) {
                problems.add(Problem.error(file, YamlNodeValues.line(entry.getValueNode()), 0, "vars." + name
                        + " is a list: promptfoo makes one test per item, which Promptsmith does not do;"
                        + " write one test per value"));
            }
            vars.put(name, value);
        });
        return vars;
    }

    private List<Assertion> asserts(NodeTuple tuple, List<Problem> problems) {
        List<Assertion> out = new ArrayList<>();
        if (tuple == null) {
            return out;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
            problems.add(Problem.error(file, YamlNodeValues.line(tuple.getValueNode()), 0, "assert must be a list"));
            return out;
        }
        for (Node item : list.getValue()) {
            assertion(item, problems).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Assertion> assertion(Node node, List<Problem> problems) {
        int line = YamlNodeValues.line(node);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(Problem.error(file, line, 0, "an assertion must be a mapping with a type"));
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = YamlNodeValues.entries(mapping);
        Optional<String> type = text(entries.get("type"));
        if (type.isEmpty()) {
            problems.add(Problem.error(file, line, 0, "the assertion has no type"));
            return Optional.empty();
        }
        String base = type.get().startsWith("not-") ? type.get().substring(4) : type.get();
        if (PromptfooAssertionTypes.CODE.contains(base)) {
            problems.add(Problem.error(file, line, 0, "a " + base + " assertion runs code; Promptsmith does not run code"
                    + " from a data file"));
        } else if (!registry.supports(type.get())) {
            problems.add(Problem.error(file, line, 0, "assertion type '" + type.get() + "' is not supported in Promptsmith"));
        }
        entries.keySet().stream().filter(k -> !ASSERT_KEYS.contains(k)).forEach(k -> problems.add(Problem.error(file,
                YamlNodeValues.line(entries.get(k).getKeyNode()), 0, "the assertion's " + k + " is not supported")));
        if (entries.containsKey("metric")) {
            problems.add(Problem.warning(file, line, 0, "the assertion's metric name is not imported"));
        }
        return Optional.of(new Assertion(type.get(),
                entries.containsKey("value") ? values.java(entries.get("value").getValueNode()) : null,
                number(entries.get("weight"), "weight", problems), number(entries.get("threshold"), "threshold", problems)));
    }

    private Double number(NodeTuple tuple, String key, List<Problem> problems) {
        if (tuple == null) {
            return null;
        }
        Object value = values.java(tuple.getValueNode());
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        problems.add(Problem.error(file, YamlNodeValues.line(tuple.getValueNode()), 0, key + " must be a number"));
        return null;
    }

    private List<String> tags(NodeTuple tuple, List<Problem> problems) {
        if (tuple == null) {
            return List.of();
        }
        Object value = values.java(tuple.getValueNode());
        if (value instanceof List<?> list && list.stream().allMatch(i -> i instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        if (value instanceof String text) {
            return CellValues.tags(text);
        }
        problems.add(Problem.error(file, YamlNodeValues.line(tuple.getValueNode()), 0, "tags must be a list of texts"));
        return List.of();
    }

    private Split split(NodeTuple tuple, List<Problem> problems) {
        if (tuple == null) {
            return null;
        }
        Optional<Split> split = text(tuple).flatMap(CellValues::split);
        if (split.isEmpty()) {
            problems.add(Problem.error(file, YamlNodeValues.line(tuple.getValueNode()), 0, "split must be dev or heldout"));
        }
        return split.orElse(null);
    }

    private Optional<String> text(NodeTuple tuple) {
        return tuple == null ? Optional.empty() : values.text(tuple.getValueNode());
    }
}
