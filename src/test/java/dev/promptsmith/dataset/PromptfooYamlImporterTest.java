package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Problem;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptfooYamlImporterTest {

    private final PromptfooYamlImporter importer = new PromptfooYamlImporter(AssertionRegistry.standard());

    @Test
    void promptfooTestsBecomeTestCasesAndWhatCannotBeRunIsRefusedWithItsLine() {
        ImportResult<TestCase> result = importer.importYaml("tests.yaml", Fixtures.resource("tests.yaml"),
                ImportOptions.fresh());

        assertThat(result.summary()).isEqualTo("1 imported, 3 refused (lines 13, 19, 22)");
        TestCase test = result.values().get(0);
        assertThat(test).isEqualTo(new TestCase("t-001", Map.of("ticket", "My card was declined"), null, List.of(
                new Assertion("icontains", "billing", null, null),
                new Assertion("similar", "a billing issue", 2.0, 0.7)), List.of(), null, "Billing question"));
        assertThat(result.errors()).extracting(Problem::line).containsExactly(16, 20, 24);
        assertThat(result.errors()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("javascript").contains("runs code"),
                m -> assertThat(m).contains("vars.ticket is a list"),
                m -> assertThat(m).contains("options").contains("refused"));
    }

    @Test
    void aConfigWithATestsListIsReadAndItsOtherKeysAreNamed() {
        String yaml = "description: suite\nproviders: [openai:gpt-4o-mini]\ntests:\n  - vars: {q: hi}\n    id: q-1\n"
                + "    expected: hello\n    tags: [edge]\n    split: heldout\n";

        ImportResult<TestCase> result = importer.importYaml("cfg.yaml", yaml, ImportOptions.fresh());

        assertThat(result.values()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("q-1");
            assertThat(t.expected()).isEqualTo("hello");
            assertThat(t.tags()).containsExactly("edge");
            assertThat(t.split().key()).isEqualTo("heldout");
        });
        assertThat(result.warnings()).extracting(Problem::message)
                .containsExactly("only the tests are imported; not: description, providers");
    }

    @Test
    void assertionKeysPromptsmithLacksAndUnknownTypesRefuseTheTest() {
        String yaml = "- vars: {q: a}\n  assert:\n    - type: contains\n      value: x\n      transform: output.trim()\n"
                + "- vars: {q: b}\n  assert:\n    - type: is-xml\n- vars: {q: c}\n  assert:\n    - value: x\n";

        ImportResult<TestCase> result = importer.importYaml("t.yaml", yaml, ImportOptions.fresh());

        assertThat(result.refusedLines()).containsExactly(1, 6, 9);
        assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                "t.yaml:5: the assertion's transform is not supported",
                "t.yaml:8: assertion type 'is-xml' is not supported in Promptsmith",
                "t.yaml:11: the assertion has no type");
    }

    @Test
    void invalidYamlOrTheWrongShapeRefusesTheFile() {
        assertThat(importer.importYaml("t.yaml", "- vars: [\n", ImportOptions.fresh()).fileRefused()).isTrue();
        ImportResult<TestCase> wrong = importer.importYaml("t.yaml", "name: x\n", ImportOptions.fresh());
        assertThat(wrong.fileRefused()).isTrue();
        assertThat(wrong.errors()).singleElement().extracting(Problem::message).asString().contains("list of promptfoo tests");
    }
}
