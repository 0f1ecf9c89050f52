package dev.promptsmith.eval.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.project.ProjectLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample projects' assertions behave as their READMEs say, on hand-written "ideal" outputs. */
class SampleProjectAssertionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Project load(String name) {
        return new ProjectLoader().load(Path.of("sample-projects", name)).project();
    }

    @Test
    void everyAssertionTypeInTheSamplesIsKnown() {
        List<String> types = Stream.of("support-triage", "invoice-extraction", "context-qa")
                .map(SampleProjectAssertionsTest::load)
                .flatMap(p -> Stream.concat(p.settings().defaultAssert().stream(), p.tests().stream().flatMap(t -> t.asserts().stream())))
                .map(Assertion::type)
                .distinct()
                .toList();
        assertThat(types).isNotEmpty().allMatch(Checks.REGISTRY::supports);
    }

    @Test
    void theExpectedInvoiceObjectPassesItsOwnStructuralChecks() throws Exception {
        Project project = load("invoice-extraction");
        Scorer scorer = Scorer.forProject(Checks.REGISTRY, project);
        for (TestCase test : project.tests()) {
            String output = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(test.expected());
            AssertionContext context = AssertionContext.of(test).withSchemas(project.schemas());
            TestScore score = scorer.score(output, context);
            assertThat(score.pass()).as(test.id() + ": " + score.failures()).isTrue();
        }
    }

    @Test
    void aWrongInvoiceTotalIsNamedInTheReason() throws Exception {
        Project project = load("invoice-extraction");
        TestCase test = project.test("inv-01").orElseThrow();
        String output = JSON.writeValueAsString(test.expected()).replace("587.93", "587.39");
        TestScore score = Scorer.forProject(Checks.REGISTRY, project)
                .score(output, AssertionContext.of(test).withSchemas(project.schemas()));
        assertThat(score.pass()).isFalse();
        assertThat(score.failures()).extracting(AssertionResult::reason)
                .containsExactly("Output JSON differs in 1 of 7 expected field values: $.total: expected 587.93, got 587.39");
    }

    @Test
    void triageLabelsPassBareOrTaggedAndTheFormatGuardCatchesChatter() {
        Project project = load("support-triage");
        Scorer scorer = Scorer.forProject(Checks.REGISTRY, project);
        for (TestCase test : project.tests()) {
            String label = (String) test.expected();
            assertThat(scorer.score(label + "\n", AssertionContext.of(test)).pass()).as(test.id()).isTrue();
            assertThat(scorer.score("<reasoning>…</reasoning>\n<label>" + label + "</label>", AssertionContext.of(test)).pass())
                    .as(test.id()).isTrue();
        }
        TestCase first = project.tests().get(0);
        TestScore chatty = scorer.score("The label is " + first.expected() + ".", AssertionContext.of(first));
        assertThat(chatty.pass()).isFalse();
        assertThat(chatty.results()).allMatch(r -> !r.pass());
    }

    @Test
    void groundedQaWithoutAJudgeFailsOnTheRubricAndSaysWhy() {
        Project project = load("context-qa");
        TestCase test = project.test("qa-002").orElseThrow();
        TestScore score = Scorer.forProject(Checks.REGISTRY, project).score("$15 per session.", AssertionContext.of(test));
        assertThat(score.pass()).isFalse();
        assertThat(score.failures()).extracting(AssertionResult::reason)
                .containsExactly("llm-rubric needs a judge model: set `judge` in promptsmith.yaml");
    }
}
