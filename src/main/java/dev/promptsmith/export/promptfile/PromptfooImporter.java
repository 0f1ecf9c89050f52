package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.RunDefaults;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a promptfoo configuration: prompts, providers (as models, where Promptsmith has the provider),
 * tests with their assertions, {@code defaultTest} (assertions, vars, grader) and run settings.
 * Everything else is listed as a problem: code assertions, custom providers, scenarios, unknown keys.
 */
final class PromptfooImporter extends TextFileImporter {

    static final String FORMAT = "promptfoo";

    private static final Set<String> DEFAULT_TEST_KEYS = Set.of("vars", "assert", "options");
    /** Says what the file is about; our export writes it, and nothing in Promptsmith holds it. */
    private static final Set<String> DESCRIPTIVE = Set.of("description");

    private final ProviderNames names;

    PromptfooImporter(ProviderNames names) {
        super(FORMAT);
        this.names = names;
    }

    @Override
    void parse(String text, Path file, ImportBuilder out) {
        ProblemList problems = out.problems();
        YamlInput yaml = new YamlInput(problems);
        Optional<MappingNode> root = yaml.parse(text, "YAML").flatMap(r -> yaml.mapping(r, "the configuration"));
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(1, "the file is empty; expected a promptfoo configuration with prompts, providers and tests");
            }
            return;
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        MappingNode config = root.get();
        reportUnread(config, yaml);
        Node prompts = YamlInput.get(config, "prompts");
        if (prompts == null) {
            problems.error(1, "the configuration has no prompts");
        } else {
            new PromptfooPromptReader(yaml, out, folder).readAll(prompts);
        }
        PromptfooProviderReader providers = new PromptfooProviderReader(names, yaml, out);
        Node providerNode = YamlInput.get(config, "providers") != null ? YamlInput.get(config, "providers")
                : YamlInput.get(config, "targets");
        if (providerNode == null) {
            problems.warning(1, "the configuration names no providers (or targets); no model is imported");
        } else {
            providers.readAll(providerNode, YamlInput.get(config, "providers") != null ? "providers" : "targets");
        }
        providers.responseFormat().ifPresent(format -> jsonOutput(format, yaml, out));
        PromptfooTestReader tests = new PromptfooTestReader(yaml, out, folder);
        DefaultTest defaults = defaultTest(YamlInput.get(config, "defaultTest"), yaml, tests, providers, out);
        Node testNode = YamlInput.get(config, "tests");
        if (testNode instanceof ScalarNode s && !YamlInput.isNull(s)) {
            yaml.error(s, "tests refers to '" + s.getValue() + "'; tests from other files are not imported");
        } else {
            yaml.list(testNode, "tests").ifPresent(list -> {
                for (int i = 0; i < list.getValue().size(); i++) {
                    tests.read(list.getValue().get(i), i, defaults.vars(), defaults.expand());
                }
            });
        }
        yaml.mapping(YamlInput.get(config, "evaluateOptions"), "evaluateOptions")
                .ifPresent(options -> out.runDefaults = runDefaults(options, yaml));
    }

    /** A provider's response_format becomes the output settings of the prompts, where Promptsmith keeps it. */
    private static void jsonOutput(Node format, YamlInput yaml, ImportBuilder out) {
        OutputSpec output = ImportedOutput.fromResponseFormat(format, "config.response_format", yaml, out);
        out.prompts.replaceAll(p -> new PromptVariant(p.name(), p.description(), p.template(), p.system(), p.messages(),
                p.fewShot(), output, p.params()));
    }

    private record DefaultTest(Map<String, Object> vars, boolean expand) {
    }

    private DefaultTest defaultTest(Node node, YamlInput yaml, PromptfooTestReader tests,
                                    PromptfooProviderReader providers, ImportBuilder out) {
        if (node instanceof ScalarNode s && !YamlInput.isNull(s)) {
            yaml.error(s, "defaultTest refers to '" + s.getValue() + "'; a defaultTest from another file is not imported");
            return new DefaultTest(Map.of(), true);
        }
        Optional<MappingNode> mapping = yaml.mapping(node, "defaultTest");
        if (mapping.isEmpty()) {
            return new DefaultTest(Map.of(), true);
        }
        MappingNode m = mapping.get();
        YamlInput.keys(m).forEach((key, at) -> {
            if (!DEFAULT_TEST_KEYS.contains(key)) {
                yaml.warning(at, "defaultTest." + key + " is not imported");
            }
        });
        Map<String, Object> vars = new LinkedHashMap<>(tests.vars(YamlInput.get(m, "vars"), "defaultTest.vars"));
        ImportedExamples.take(vars, out.examples);
        out.defaultAssert.addAll(tests.assertions(YamlInput.get(m, "assert"), "defaultTest.assert"));
        boolean expand = true;
        Optional<MappingNode> options = yaml.mapping(YamlInput.get(m, "options"), "defaultTest.options");
        if (options.isPresent()) {
            for (Map.Entry<String, Node> key : YamlInput.keys(options.get()).entrySet()) {
                Node value = YamlInput.get(options.get(), key.getKey());
                switch (key.getKey()) {
                    case "provider" -> providers.read(value, "defaultTest.options.provider")
                            .map(ModelRef::id).ifPresent(id -> out.judge = id);
                    case "disableVarExpansion" -> expand = !(value instanceof ScalarNode s && s.getValue().equals("true"));
                    default -> yaml.warning(key.getValue(), "defaultTest.options." + key.getKey() + " is not imported");
                }
            }
        }
        return new DefaultTest(vars, expand);
    }

    private static RunDefaults runDefaults(MappingNode options, YamlInput yaml) {
        RunDefaults standard = RunDefaults.STANDARD;
        int repeats = yaml.integer(YamlInput.get(options, "repeat"), "evaluateOptions.repeat").orElse(standard.repeats());
        int concurrency = yaml.integer(YamlInput.get(options, "maxConcurrency"), "evaluateOptions.maxConcurrency")
                .orElse(standard.concurrency());
        Node timeoutNode = YamlInput.get(options, "timeoutMs");
        double timeoutMs = yaml.number(timeoutNode, "evaluateOptions.timeoutMs").orElse(-1.0);
        if (timeoutMs == 0) {
            yaml.warning(timeoutNode, "evaluateOptions.timeoutMs 0 means no timeout in promptfoo; Promptsmith keeps its"
                    + " default of " + standard.timeoutSeconds() + " seconds");
        }
        int timeout = timeoutMs > 0 ? (int) Math.max(1, Math.ceil(timeoutMs / 1000)) : standard.timeoutSeconds();
        YamlInput.keys(options).forEach((key, at) -> {
            if (!Set.of("repeat", "maxConcurrency", "timeoutMs").contains(key)) {
                yaml.warning(at, "evaluateOptions." + key + " is not imported");
            }
        });
        return new RunDefaults(repeats, concurrency, timeout);
    }

    private static void reportUnread(MappingNode config, YamlInput yaml) {
        Set<String> read = Set.of("prompts", "providers", "targets", "tests", "defaultTest", "evaluateOptions");
        YamlInput.keys(config).forEach((key, at) -> {
            if (key.equals("scenarios")) {
                yaml.error(at, "scenarios are not imported; write their tests out under tests");
            } else if (!read.contains(key) && !DESCRIPTIVE.contains(key)) {
                yaml.warning(at, "'" + key + "' is not imported");
            }
        });
    }
}
