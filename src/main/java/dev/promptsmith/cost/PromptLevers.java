package dev.promptsmith.cost;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.RenderResult;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.tokens.TokenCount;
import dev.promptsmith.tokens.TokenCounter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The levers a prompt offers on cost: what its system prompt and its few-shot examples cost per
 * call, and what the provider's prompt caching would save on its stable prefix. The prompt is
 * rendered as the engine renders it, with one test case's variables.
 */
public final class PromptLevers {

    public static final double DEFAULT_HIT_RATE = 0.9;

    private final PromptRenderer renderer;
    private final TokenCounter tokens;
    private final Map<String, CachePolicy> caching;
    private final TemplateAnalyzer analyzer = new TemplateAnalyzer();

    public PromptLevers(PromptRenderer renderer, TokenCounter tokens, Map<String, CachePolicy> caching) {
        this.renderer = renderer;
        this.tokens = tokens;
        this.caching = Map.copyOf(caching);
    }

    /**
     * @param sample  the test case whose variables fill the templates
     * @param price   the model's price, or null when unknown
     * @param hitRate the share of calls that find the prefix cached, 0..1
     */
    public LeverCosts measure(PromptVariant prompt, List<Example> examples, TestCase sample, ModelRef model,
                              ModelPrice price, double hitRate) {
        if (!(hitRate >= 0 && hitRate <= 1)) {
            throw new IllegalArgumentException("hit rate must be in 0..1, was " + hitRate);
        }
        String label = prompt.name() + " × " + model.id();
        RenderResult full = renderer.render(prompt, sample.vars(), examples);
        RenderResult bare = renderer.render(prompt.withFewShot(FewShot.NONE), sample.vars(), List.of());
        if (!full.ok() || !bare.ok()) {
            List<String> problems = (full.ok() ? bare : full).problems().stream().map(Object::toString).toList();
            return new LeverCosts(label, 0, 0, 0, false, null, null, 0, 0, hitRate, null,
                    "The prompt does not render with test " + sample.id() + "'s variables.", problems);
        }
        List<ChatMessage> messages = full.messages();
        TokenCount whole = count(model, messages);
        boolean hasSystem = !messages.isEmpty() && messages.get(0).role() == Role.SYSTEM;
        int system = hasSystem ? whole.tokens() - count(model, messages.subList(1, messages.size())).tokens() : 0;
        int fewShot = Math.max(0, whole.tokens() - count(model, bare.messages()).tokens());
        int prefixMessages = stablePrefix(prompt, messages.size(), hasSystem);
        int prefixTokens = prefixMessages == 0 ? 0
                : count(model, messages.subList(0, prefixMessages)).tokens() - count(model, List.of()).tokens();
        CallCost.Rates rates = price == null || !price.known() || price.hourly() ? null : CallCost.Rates.of(price, whole.tokens());
        CacheSavings.Saving saving = new CacheSavings(caching).of(model.provider(), price, rates, prefixTokens, hitRate);
        return new LeverCosts(label, whole.tokens(), system, fewShot, whole.exact(),
                rates == null ? null : CallCost.tokens(system, rates.input()),
                rates == null ? null : CallCost.tokens(fewShot, rates.input()),
                prefixMessages, prefixTokens, hitRate, saving.perCall(), saving.note(), List.of());
    }

    /**
     * The leading messages no test variable reaches: the system prompt when it reads none, the
     * few-shot turns (they depend on the examples only), then the prompt's own messages up to the
     * first that reads a variable. A raw template sends its text untouched, so nothing in it varies.
     */
    private int stablePrefix(PromptVariant prompt, int renderedCount, boolean hasSystem) {
        int own = prompt.messages().size();
        int turns = renderedCount - own - (hasSystem ? 1 : 0);
        int stable = 0;
        if (hasSystem) {
            if (readsVariables(prompt, prompt.system())) {
                return 0;
            }
            stable = 1;
        }
        stable += turns;
        for (int i = 0; i < own; i++) {
            if (readsVariables(prompt, prompt.messages().get(i).content())) {
                return stable;
            }
            stable++;
        }
        return stable;
    }

    private boolean readsVariables(PromptVariant prompt, String text) {
        return prompt.template() != TemplateSyntax.RAW
                && !analyzer.analyze(text, prompt.template(), Set.of()).referencedVariables().isEmpty();
    }

    private TokenCount count(ModelRef model, List<ChatMessage> messages) {
        return tokens.count(model.provider(), model.model(), messages);
    }
}
