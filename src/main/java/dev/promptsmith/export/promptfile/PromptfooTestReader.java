package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads promptfoo test cases: vars (list values expand into several cases, as promptfoo does unless
 * {@code disableVarExpansion}), assertions, and our id, tags, split, expected and note from
 * {@code metadata}. What has no place in a Promptsmith test case is reported.
 */
final class PromptfooTestReader {

    private static final Set<String> TEST_KEYS = Set.of("description", "vars", "assert", "metadata", "options");
    private static final Set<String> ASSERT_KEYS = Set.of("type", "value", "threshold", "weight", "metric");
    /** Our types an export approximates, by the promptfoo types they were exported as. */
    private static final Map<String, Set<String>> RESTORABLE = Map.of("label", Set.of("icontains", "icontains-any"));
    private static final Set<String> OUR_METADATA = Set.of("id", "tags", "split", "expected", "note");
    private static final int MAX_EXPANSION = 1000;

    private final YamlInput yaml;
    private final ImportBuilder out;
    private final Path folder;
    private final PromptfooAssertionImport rules = new PromptfooAssertionImport();
    private final Set<String> ids = new HashSet<>();

    PromptfooTestReader(YamlInput yaml, ImportBuilder out, Path folder) {
        this.yaml = yaml;
        this.out = out;
        this.folder = folder;
    }

    /**
     * @param defaults the defaultTest vars every test starts from
     * @param expand false when defaultTest sets {@code disableVarExpansion}
     */
    void read(Node node, int index, Map<String, Object> defaults, boolean expand) {
        String path = "tests[" + index + "]";
        if (node instanceof ScalarNode s) {
            yaml.error(s, path + " refers to '" + s.getValue() + "'; tests from other files are not imported");
            return;
        }
        Optional<MappingNode> mapping = yaml.mapping(node, path);
        if (mapping.isEmpty()) {
            return;
        }
        MappingNode m = mapping.get();
        YamlInput.keys(m).forEach((key, at) -> {
            if (!TEST_KEYS.contains(key)) {
                yaml.warning(at, path + "." + key + " is not imported; a Promptsmith test case has vars, assertions,"
                        + " expected output, tags and a note");
            }
        });
        Map<String, Object> metadata = metadata(YamlInput.get(m, "metadata"), path);
        String description = yaml.text(YamlInput.get(m, "description"), path + ".description").orElse(null);
        Map<String, Object> vars = new LinkedHashMap<>(defaults);
        vars.putAll(vars(YamlInput.get(m, "vars"), path + ".vars"));
        boolean expandHere = expand && !disablesExpansion(YamlInput.get(m, "options"), path);
        List<Assertion> asserts = assertions(YamlInput.get(m, "assert"), path + ".assert");
        List<Map<String, Object>> cases = expandHere ? expand(vars, node, path) : List.of(vars);
        String baseId = metadata.get("id") instanceof String id ? id
                : PromptNames.usable(description, "t-" + String.format("%03d", index + 1));
        // A label exported with the expected output as its value had none: it checks against expected.
        Object expected = metadata.get("expected");
        asserts = asserts.stream().map(a -> a.type().equals("label") && a.value() != null && a.value().equals(expected)
                ? new Assertion("label", null, a.weight(), a.threshold()) : a).toList();
        for (int i = 0; i < cases.size(); i++) {
            String id = unique(cases.size() == 1 ? baseId : baseId + "-" + (i + 1));
            out.tests.add(new TestCase(id, cases.get(i), metadata.get("expected"), asserts, tags(metadata),
                    split(metadata, m), note(metadata, description, baseId)));
        }
    }

    Map<String, Object> vars(Node node, String path) {
        Map<String, Object> vars = new LinkedHashMap<>();
        Node varsNode = node;
        if (varsNode instanceof ScalarNode s && !YamlInput.isNull(s)) {
            yaml.error(s, path + " refers to '" + s.getValue() + "'; vars from other files are not imported");
            return vars;
        }
        yaml.mapping(varsNode, path).ifPresent(m -> YamlInput.keys(m).keySet().forEach(name -> {
            Node value = YamlInput.get(m, name);
            Object plain = yaml.value(value, path + "." + name);
            if (plain instanceof String s && s.startsWith("file://")) {
                fileVar(s, value, path + "." + name).ifPresent(text -> vars.put(name, text));
            } else {
                vars.put(name, plain);
            }
        }));
        return vars;
    }

    List<Assertion> assertions(Node node, String path) {
        List<Assertion> asserts = new ArrayList<>();
        yaml.list(node, path).ifPresent(list -> {
            for (int i = 0; i < list.getValue().size(); i++) {
                assertion(list.getValue().get(i), path + "[" + i + "]").ifPresent(asserts::add);
            }
        });
        return asserts;
    }

    private Optional<Assertion> assertion(Node node, String path) {
        Optional<MappingNode> mapping = yaml.mapping(node, path);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingNode m = mapping.get();
        Optional<String> type = yaml.text(YamlInput.get(m, "type"), path + ".type");
        if (type.isEmpty()) {
            yaml.error(node, path + " has no type; the assertion is not imported");
            return Optional.empty();
        }
        boolean negated = type.get().startsWith(PromptfooTestWriter.NEGATION);
        String base = negated ? type.get().substring(PromptfooTestWriter.NEGATION.length()) : type.get();
        Object value = unprotect(yaml.value(YamlInput.get(m, "value"), path + ".value"), YamlInput.get(m, "value"), path);
        PromptfooAssertionImport.Outcome outcome = rules.map(base, value, this::schemaFile);
        if (outcome.refusal() != null) {
            yaml.error(node, path + " (" + type.get() + ") is not imported: " + outcome.refusal());
            return Optional.empty();
        }
        YamlInput.keys(m).forEach((key, at) -> {
            if (!ASSERT_KEYS.contains(key)) {
                yaml.warning(at, path + "." + key + " is not imported" + (key.equals("transform")
                        ? " (it is JavaScript); the assertion checks the whole output" : ""));
            }
        });
        String restored = yaml.text(YamlInput.get(m, "metric"), path + ".metric")
                .filter(metric -> metric.startsWith(PromptfooTestWriter.METRIC_PREFIX))
                .map(metric -> metric.substring(PromptfooTestWriter.METRIC_PREFIX.length()))
                .filter(ours -> RESTORABLE.getOrDefault(ours, Set.of()).contains(base)).orElse(outcome.type());
        return Optional.of(new Assertion((negated ? PromptfooTestWriter.NEGATION : "") + restored, outcome.value(),
                yaml.number(YamlInput.get(m, "weight"), path + ".weight").orElse(null),
                yaml.number(YamlInput.get(m, "threshold"), path + ".threshold").orElse(null)));
    }

    /** Values our export wrapped in a raw block come back as written; other template tags are flagged. */
    private Object unprotect(Object value, Node at, String path) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> unprotect(item, at, path)).toList();
        }
        if (!(value instanceof String s)) {
            return value;
        }
        if (s.startsWith("{% raw %}") && s.endsWith("{% endraw %}") && !s.substring(9, s.length() - 12).contains("{% endraw")) {
            return s.substring(9, s.length() - 12);
        }
        if (s.contains("{{") || s.contains("{%")) {
            yaml.warning(at, path + ".value is a Nunjucks template in promptfoo; it is imported as plain text");
        }
        return value;
    }

    private PromptfooAssertionImport.Outcome schemaFile(String reference) {
        String relative = reference.substring("file://".length());
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return PromptfooAssertionImport.Outcome.refused("the schema file " + relative + " does not exist next to the config");
        }
        Optional<String> text = ImportSource.read(file, out.problems().forFile(relative));
        if (text.isEmpty() || !(JsonOutput.parse(text.get()) instanceof Map)) {
            return PromptfooAssertionImport.Outcome.refused("the schema file " + relative + " is not a JSON object");
        }
        String path = relative.startsWith("schemas/") ? relative : "schemas/" + file.getFileName();
        out.schemas.putIfAbsent(path, text.get());
        return PromptfooAssertionImport.Outcome.of("", path);
    }

    private Optional<Object> fileVar(String reference, Node at, String path) {
        String relative = reference.substring("file://".length());
        Path file = folder.resolve(relative).normalize();
        if (!relative.endsWith(".txt") && !relative.endsWith(".md")) {
            yaml.error(at, path + " loads '" + relative + "'; only .txt and .md files are read into vars, so it is not imported");
            return Optional.empty();
        }
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            yaml.error(at, path + " loads '" + relative + "', which does not exist next to the config");
            return Optional.empty();
        }
        return ImportSource.read(file, out.problems().forFile(relative)).map(t -> (Object) t);
    }

    /** promptfoo's cartesian expansion of list-valued vars. */
    private List<Map<String, Object>> expand(Map<String, Object> vars, Node at, String path) {
        List<Map<String, Object>> cases = new ArrayList<>();
        cases.add(new LinkedHashMap<>());
        for (Map.Entry<String, Object> var : vars.entrySet()) {
            List<?> values = var.getValue() instanceof List<?> list && !list.isEmpty() ? list : java.util.Collections.singletonList(var.getValue());
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : cases) {
                for (Object value : values) {
                    Map<String, Object> copy = new LinkedHashMap<>(partial);
                    copy.put(var.getKey(), value);
                    next.add(copy);
                }
            }
            if (next.size() > MAX_EXPANSION) {
                yaml.error(at, path + " expands into more than " + MAX_EXPANSION + " cases; its list vars are kept as lists");
                return List.of(vars);
            }
            cases = next;
        }
        if (cases.size() > 1) {
            yaml.warning(at, path + " has list vars, which promptfoo expands: imported as " + cases.size() + " test cases");
        }
        return cases;
    }

    private boolean disablesExpansion(Node options, String path) {
        return yaml.mapping(options, path + ".options").map(o -> {
            YamlInput.keys(o).forEach((key, at) -> {
                if (!key.equals("disableVarExpansion")) {
                    yaml.warning(at, path + ".options." + key + " is not imported");
                }
            });
            Node flag = YamlInput.get(o, "disableVarExpansion");
            return flag instanceof ScalarNode s && s.getValue().equals("true");
        }).orElse(false);
    }

    private Map<String, Object> metadata(Node node, String path) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        yaml.mapping(node, path + ".metadata").ifPresent(m -> YamlInput.keys(m).forEach((key, at) -> {
            if (OUR_METADATA.contains(key)) {
                metadata.put(key, yaml.value(YamlInput.get(m, key), path + ".metadata." + key));
            } else {
                yaml.warning(at, path + ".metadata." + key + " is not imported");
            }
        }));
        return metadata;
    }

    @SuppressWarnings("unchecked")
    private static List<String> tags(Map<String, Object> metadata) {
        return metadata.get("tags") instanceof List<?> list && list.stream().allMatch(String.class::isInstance)
                ? (List<String>) list : List.of();
    }

    private Split split(Map<String, Object> metadata, Node at) {
        Object split = metadata.get("split");
        if (split == null) {
            return Split.DEV;
        }
        Optional<Split> parsed = Split.fromKey(String.valueOf(split));
        if (parsed.isEmpty()) {
            yaml.warning(at, "metadata.split '" + split + "' is not dev or heldout; the test is read as dev");
        }
        return parsed.orElse(Split.DEV);
    }

    private static String note(Map<String, Object> metadata, String description, String id) {
        if (metadata.get("note") instanceof String note) {
            return note;
        }
        return description != null && !description.equals(id) ? description : null;
    }

    private String unique(String id) {
        String candidate = id;
        for (int n = 2; !ids.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
