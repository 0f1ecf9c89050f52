package dev.promptsmith.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.template.FewShotSelector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AblationPlannerTest {

    private final AblationPlanner planner = new AblationPlanner(new FewShotSelector());
    private final FewShotSelector selector = new FewShotSelector();

    private static List<Example> pool(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new Example("ex-" + i, Map.of("q", "q" + i), "a" + i, List.of(), null)).toList();
    }

    private static PromptVariant variant(FewShot fewShot) {
        Project sample = new ProjectLoader().load(Path.of("sample-projects", "support-triage")).project();
        return sample.prompts().get(0).withFewShot(fewShot).withName("p");
    }

    private List<String> chosen(PromptVariant v, List<Example> pool) {
        return selector.select(v.fewShot(), pool).stream().map(Example::id).toList();
    }

    @Test
    void leaveOneOutDropsEachExampleOfTheVariantsOwnSelectionInTurn() {
        List<Example> pool = pool(6);
        PromptVariant base = variant(new FewShot(FewShotMode.TURNS, 3, List.of("ex-5", "ex-2", "ex-4", "ex-1")));

        AblationPlan plan = planner.plan(base, pool, AblationPlanner.DEFAULT_SWEEP);

        assertThat(plan.exampleIds()).containsExactly("ex-5", "ex-2", "ex-4");
        assertThat(plan.leaveOneOut()).extracting(AblationPlan.LeaveOneOut::exampleId).containsExactly("ex-5", "ex-2", "ex-4");
        assertThat(chosen(plan.leaveOneOut().get(1).variant(), pool)).containsExactly("ex-5", "ex-4");
        assertThat(plan.leaveOneOut().get(1).variant().name()).isEqualTo("p-without-ex-2");
        assertThat(plan.leaveOneOut().get(1).variant().fewShot().mode()).isEqualTo(FewShotMode.TURNS);
        assertThat(chosen(plan.full(), pool)).containsExactly("ex-5", "ex-2", "ex-4");
    }

    @Test
    void theSweepTakesTheFirstKExamplesForEachKUpToAll() {
        List<Example> pool = pool(4);

        AblationPlan plan = planner.plan(variant(FewShot.NONE), pool, AblationPlanner.DEFAULT_SWEEP);

        assertThat(plan.sweep()).extracting(AblationPlan.SweepStep::k).containsExactly(0, 1, 3, 4);
        assertThat(plan.sweep()).extracting(s -> chosen(s.variant(), pool).size()).containsExactly(0, 1, 3, 4);
        assertThat(plan.sweep().get(3).variant()).isEqualTo(plan.full());
        assertThat(plan.variantsToRun()).extracting(PromptVariant::name).containsExactly(
                "p-all", "p-without-ex-1", "p-without-ex-2", "p-without-ex-3", "p-without-ex-4", "p-k0", "p-k1", "p-k3");
    }

    @Test
    void leavingOutTheOnlyExampleMeansNoExamplesNotAll() {
        List<Example> pool = pool(3);

        AblationPlan plan = planner.plan(variant(new FewShot(FewShotMode.TURNS, null, List.of("ex-2"))), pool, List.of());

        assertThat(chosen(plan.leaveOneOut().get(0).variant(), pool)).isEmpty();
        assertThat(plan.sweep()).extracting(AblationPlan.SweepStep::k).containsExactly(1);
    }

    @Test
    void exampleIdsAreMadeSafeForVariantNames() {
        List<Example> pool = List.of(new Example("a/b c", Map.of(), "x", List.of(), null));

        assertThat(planner.plan(variant(FewShot.NONE), pool, List.of()).leaveOneOut().get(0).variant().name())
                .isEqualTo("p-without-a_b_c");
    }
}
