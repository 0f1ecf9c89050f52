package dev.promptsmith.dataset;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Imports promptfoo tests from YAML: a list of tests, or a promptfoo config whose {@code tests} key holds
 * one. Every problem names the line of the test (or of the key) it concerns.
 */
public final class PromptfooYamlImporter {

    private final AssertionRegistry registry;
    private final LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();

    public PromptfooYamlImporter(AssertionRegistry registry) {
        this.registry = registry;
    }

    public ImportResult<TestCase> importYaml(String file, String text, ImportOptions options) {
        Node root;
        try {
            root = new Compose(settings).composeString(text).orElse(null);
        } catch (YamlEngineException e) {
            int line = e instanceof MarkedYamlEngineException m ? m.getProblemMark().map(k -> k.getLine() + 1).orElse(1) : 1;
            return ImportResult.unreadable(file, List.of(Problem.error(file, line, 0, "invalid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""))));
        }
        List<Problem> fileProblems = new ArrayList<>();
        Optional<SequenceNode> tests = tests(root, file, fileProblems);
        if (tests.isEmpty()) {
            return ImportResult.unreadable(file, fileProblems);
        }
        ImportCollector<TestCase> collector = new ImportCollector<>(file, RecordKind.tests(), options);
        fileProblems.forEach(collector::fileProblem);
        PromptfooTestReader reader = new PromptfooTestReader(registry, new YamlNodeValues(settings), file);
        for (Node node : tests.get().getValue()) {
            List<Problem> problems = new ArrayList<>();
            TestCase test = reader.read(node, problems);
            collector.row(YamlNodeValues.line(node), test, problems);
        }
        return collector.build();
    }

    private static Optional<SequenceNode> tests(Node root, String file, List<Problem> problems) {
        if (root instanceof SequenceNode list) {
            return Optional.of(list);
        }
        if (root instanceof MappingNode config) {
            Map<String, NodeTuple> entries = YamlNodeValues.entries(config);
            NodeTuple tests = entries.get("tests");
            if (tests != null && tests.getValueNode() instanceof SequenceNode list) {
                List<String> others = entries.keySet().stream().filter(k -> !k.equals("tests")).toList();
                if (!others.isEmpty()) {
                    problems.add(Problem.warning(file, 1, 0, "only the tests are imported; not: " + String.join(", ", others)));
                }
                return Optional.of(list);
            }
        }
        problems.add(Problem.error(file, root == null ? 1 : YamlNodeValues.line(root), 0,
                "expected a list of promptfoo tests ({vars, assert, description}), or a config with a tests list"));
        return Optional.empty();
    }
}
