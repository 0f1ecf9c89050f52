package dev.promptsmith.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.cost.CallCost;
import dev.promptsmith.cost.CostRange;
import dev.promptsmith.cost.ModelPrice;
import dev.promptsmith.cost.RunPrices;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.template.FewShotSelector;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.tokens.TokenCounter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pre-flight estimate of a run. Each cell's prompt is rendered and its input tokens counted
 * (exactly where the model's tokenizer is known). Output cannot be known in advance, so it is
 * bounded: high assumes every call writes its maximum output; expected assumes answers as long as
 * the test's expected output (or the few-shot examples' outputs), plus reasoning for prompts that
 * extract their answer from longer output; low assumes half of expected.
 */
public final class RunEstimator {

    /** Reasoning assumed before an extracted answer (chain of thought), at most half the output cap. */
    static final int ASSUMED_REASONING = 1000;
    /** Answer length assumed when nothing says how long answers are. */
    static final int ASSUMED_ANSWER = 256;

    private final PromptRenderer renderer;
    private final TokenCounter tokens;
    private final FewShotSelector fewShot = new FewShotSelector();
    private final ObjectMapper mapper = new ObjectMapper();

    public RunEstimator(PromptRenderer renderer, TokenCounter tokens) {
        this.renderer = renderer;
        this.tokens = tokens;
    }

    /** @param hooks consulted for cached answers only; {@link CellHooks#NONE} to assume none */
    public RunEstimate estimate(Project project, RunPlan plan, RunPrices prices, CellHooks hooks) {
        Map<String, CostRange> byColumn = new LinkedHashMap<>();
        int calls = 0;
        int cached = 0;
        long inputTokens = 0;
        for (RunPlan.Column column : plan.columns()) {
            ModelRef model = column.model();
            PromptVariant prompt = column.prompt();
            ModelPrice price = prices.price(model.id()).filter(p -> !p.hourly()).orElse(null);
            CostRange range = CostRange.ZERO;
            for (TestCase test : plan.tests()) {
                RenderResult rendered = renderer.render(prompt, test.vars(), project.examples());
                if (!rendered.ok()) {
                    continue;
                }
                ChatRequest request = CellRequests.build(project, prompt, model, rendered.messages());
                int input = tokens.count(model.provider(), model.model(), rendered.messages()).tokens();
                for (int repeat = 0; repeat < plan.repeats(); repeat++) {
                    CellKey key = new CellKey(test.id(), prompt.name(), model.id(), repeat, column.id());
                    if (hooks.cached(key, model.provider(), request).isPresent()) {
                        cached++;
                        continue;
                    }
                    calls++;
                    inputTokens += input;
                    range = range.plus(price == null ? CostRange.UNKNOWN : cell(price, model, prompt, test, request, input,
                            project.examples()));
                }
            }
            byColumn.put(column.id(), range);
        }
        CostRange total = byColumn.values().stream().reduce(CostRange.ZERO, CostRange::plus);
        List<String> unpriced = new ArrayList<>(prices.unpriced());
        plan.models().stream().filter(m -> prices.price(m.id()).map(ModelPrice::hourly).orElse(false))
                .forEach(m -> unpriced.add(m.id() + " (priced by the hour)"));
        return new RunEstimate(calls, cached, (int) Math.min(Integer.MAX_VALUE, inputTokens), byColumn, total,
                unpriced, assumptions());
    }

    private CostRange cell(ModelPrice price, ModelRef model, PromptVariant prompt, TestCase test, ChatRequest request,
                           int input, List<Example> examples) {
        int cap = outputCap(price, request);
        int answer = answerTokens(model, prompt, test, examples);
        int expected = prompt.output().extract() == null ? answer : answer + Math.min(cap / 2, ASSUMED_REASONING);
        expected = Math.min(cap, expected);
        int low = Math.max(1, expected / 2);
        return new CostRange(cost(price, input, low), cost(price, input, expected), cost(price, input, cap));
    }

    static int outputCap(ModelPrice price, ChatRequest request) {
        if (request.params().maxTokens() != null) {
            return request.params().maxTokens();
        }
        return price.maxOutputTokens() != null ? price.maxOutputTokens() : BudgetGuard.ASSUMED_MAX_OUTPUT;
    }

    private int answerTokens(ModelRef model, PromptVariant prompt, TestCase test, List<Example> examples) {
        Object expected = test.expected();
        if (expected != null) {
            String text = expected instanceof String s ? s : json(expected);
            return Math.max(1, tokens.countText(model.provider(), model.model(), text).tokens());
        }
        List<Example> shots = fewShot.select(prompt.fewShot(), examples);
        if (!shots.isEmpty()) {
            long sum = 0;
            for (Example shot : shots) {
                sum += tokens.countText(model.provider(), model.model(), shot.output() == null ? "" : shot.output()).tokens();
            }
            return (int) Math.max(1, sum / shots.size());
        }
        return ASSUMED_ANSWER;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static BigDecimal cost(ModelPrice price, int input, int output) {
        return CallCost.of(price, new Usage(input, output, 0, 0, 0, true), null).orElse(null);
    }

    private static List<String> assumptions() {
        return List.of(
                "Input tokens are counted from each rendered request (exact for OpenAI models, an estimate for others).",
                "High: every call writes its maximum output (max tokens, else the model's limit, else "
                        + BudgetGuard.ASSUMED_MAX_OUTPUT + ").",
                "Expected: answers as long as the expected output (else the few-shot outputs, else "
                        + ASSUMED_ANSWER + " tokens), plus up to " + ASSUMED_REASONING
                        + " tokens of reasoning when the prompt extracts its answer; low: half of that.",
                "Cells the response cache answers cost nothing.");
    }
}
