package dev.promptsmith.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.cost.CostRange;
import dev.promptsmith.cost.ModelPrice;
import dev.promptsmith.cost.PriceTable;
import dev.promptsmith.cost.RunPrices;
import dev.promptsmith.model.AnswerExtraction;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pre-flight estimate. Prices are chosen so the arithmetic is easy by hand: on "openai/gpt-4o-mini"
 * (exact o200k token counts) input costs $1 per token and output $1,000 per token.
 */
class RunEstimatorTest {

    private final TokenCounter tokens = new TokenCounter();
    private final RunEstimator estimator = new RunEstimator(new PromptRenderer(), tokens);
    private final ModelRef mini = new ModelRef("mini", "openai", "gpt-4o-mini", null);
    private final ModelRef local = new ModelRef("local", "ollama", "llama3.2", null);
    private final PriceTable table = new PriceTable(Map.of("openai/gpt-4o-mini",
            ModelPrice.perToken(new BigDecimal("1000000"), new BigDecimal("1000000000"), "test")));
    private final PromptVariant direct = prompt("direct", null);
    private final List<TestCase> tests = List.of(test("t1", "billing"), test("t2", "technical"));
    private Project project;
    private int inputT1;
    private int inputT2;

    @BeforeEach
    void setUp() {
        project = Project.empty("estimate").withPrompts(List.of(direct)).withTests(tests);
        inputT1 = inputTokens(direct, tests.get(0));
        inputT2 = inputTokens(direct, tests.get(1));
        // Both labels are one token in o200k: the expected answer is one token long.
        assertThat(tokens.countText("openai", "gpt-4o-mini", "billing").tokens()).isEqualTo(1);
        assertThat(tokens.countText("openai", "gpt-4o-mini", "technical").tokens()).isEqualTo(1);
    }

    @Test
    void expectedAnswersSetTheExpectedOutputAndMaxTokensTheHigh() {
        RunEstimate estimate = estimator.estimate(project, plan(direct, mini, 2), RunPrices.of(List.of(mini), table),
                CellHooks.NONE);

        assertThat(estimate.calls()).isEqualTo(4);
        assertThat(estimate.cachedCalls()).isZero();
        assertThat(estimate.inputTokens()).isEqualTo(2 * (inputT1 + inputT2));
        long input = 2L * (inputT1 + inputT2);
        // expected and low: 1 output token a call ($1,000); high: 50 a call ($50,000)
        assertRange(estimate.total(), input + 4 * 1_000, input + 4 * 1_000, input + 4 * 50_000);
        assertThat(estimate.unpricedModels()).isEmpty();
    }

    @Test
    void aPromptThatExtractsItsAnswerIsExpectedToReasonFirst() {
        PromptVariant cot = prompt("cot", new AnswerExtraction("xml", "label"));
        Project withCot = project.withPrompts(List.of(cot));
        RunEstimate estimate = estimator.estimate(withCot, plan(cot, mini, 1), RunPrices.of(List.of(mini), table),
                CellHooks.NONE);

        long input = inputTokens(cot, tests.get(0)) + inputTokens(cot, tests.get(1));
        // expected: 1 answer token + min(50 / 2, 1000) = 26 tokens; low: 26 / 2 = 13; high: 50
        assertRange(estimate.total(), input + 2 * 13_000, input + 2 * 26_000, input + 2 * 50_000);
    }

    @Test
    void cellsTheCacheAnswersAreFree() {
        CellHooks cacheHasRepeatZero = new CellHooks() {
            @Override
            public Optional<ChatResponse> cached(CellKey key, String providerId, ChatRequest request) {
                return key.repeat() == 0 ? Optional.of(new ChatResponse("billing", null, "stop", Duration.ZERO, null, null)) : Optional.empty();
            }
        };
        RunEstimate estimate = estimator.estimate(project, plan(direct, mini, 2), RunPrices.of(List.of(mini), table),
                cacheHasRepeatZero);

        assertThat(estimate.calls()).isEqualTo(2);
        assertThat(estimate.cachedCalls()).isEqualTo(2);
        long input = inputT1 + inputT2;
        assertRange(estimate.total(), input + 2_000, input + 2_000, input + 100_000);
    }

    @Test
    void anUnpricedModelMakesTheTotalUnknownAndIsNamed() {
        RunPlan plan = new RunPlan(List.of(direct), List.of(mini, local), tests, 1, 1, false);
        RunEstimate estimate = estimator.estimate(project, plan, RunPrices.of(plan.models(), table), CellHooks.NONE);

        assertThat(estimate.byColumn().get("mini").known()).isTrue();
        assertThat(estimate.byColumn().get("local")).isEqualTo(CostRange.UNKNOWN);
        assertThat(estimate.total().known()).isFalse();
        assertThat(estimate.total().display()).isEqualTo("unknown");
        assertThat(estimate.unpricedModels()).containsExactly("local");
        assertThat(estimate.mayExceedBudget(BigDecimal.ONE)).isTrue();
    }

    @Test
    void budgetVerdictsCompareTheLowAndHighEstimates() {
        RunEstimate estimate = estimator.estimate(project, plan(direct, mini, 1), RunPrices.of(List.of(mini), table),
                CellHooks.NONE);
        BigDecimal low = estimate.total().low();
        BigDecimal high = estimate.total().high();
        assertThat(estimate.exceedsBudget(low.subtract(BigDecimal.ONE))).isTrue();
        assertThat(estimate.exceedsBudget(low)).isFalse();
        assertThat(estimate.mayExceedBudget(high.subtract(BigDecimal.ONE))).isTrue();
        assertThat(estimate.mayExceedBudget(high)).isFalse();
        assertThat(estimate.exceedsBudget(null)).isFalse();
    }

    private int inputTokens(PromptVariant prompt, TestCase test) {
        var rendered = new PromptRenderer().render(prompt, test.vars(), List.of());
        return tokens.count("openai", "gpt-4o-mini", rendered.messages()).tokens();
    }

    private static void assertRange(CostRange range, long low, long expected, long high) {
        assertThat(range.low()).isEqualByComparingTo(BigDecimal.valueOf(low));
        assertThat(range.expected()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(range.high()).isEqualByComparingTo(BigDecimal.valueOf(high));
    }

    private RunPlan plan(PromptVariant prompt, ModelRef model, int repeats) {
        return new RunPlan(List.of(prompt), List.of(model), tests, repeats, 1, false);
    }

    private static PromptVariant prompt(String name, AnswerExtraction extract) {
        return new PromptVariant(name, "", TemplateSyntax.JINJA, "Route the ticket.",
                List.of(new MessageTemplate(Role.USER, "{{ ticket }}")), null,
                new OutputSpec(OutputFormat.TEXT, null, extract), new ModelParams(null, 50, null, null));
    }

    private static TestCase test(String id, String label) {
        return new TestCase(id, Map.of("ticket", "Ticket " + id), label, List.of(), null, null, null);
    }
}
