package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCount;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The few-shot example table. Besides what every record table does, it shows the tokens each example
 * adds to a request for a chosen model and prompt, counted in the background ("≈123" when estimated).
 */
public final class ExamplesViewModel extends RecordTableViewModel<Example> {

    /** Enough for every example of a large pool under a few models and prompt drafts. */
    private static final int CACHE_LIMIT = 20_000;

    // Properties
    private final ObjectProperty<ModelRef> tokenModel = new SimpleObjectProperty<>(this, "tokenModel");
    private final ObjectProperty<PromptVariant> tokenPrompt = new SimpleObjectProperty<>(this, "tokenPrompt");
    private final ReadOnlyStringWrapper tokensHeader = new ReadOnlyStringWrapper(this, "tokensHeader", "Tokens");
    private final ReadOnlyStringWrapper tokensTotal = new ReadOnlyStringWrapper(this, "tokensTotal", "");

    private final ExampleTokens counting;
    private final Map<CountKey, TokenCount> cache = new ConcurrentHashMap<>();
    private long tokenGeneration;

    private record CountKey(Example example, PromptVariant prompt, ModelRef model) {
    }

    /**
     * @param onChange takes every new list of examples (the shell applies it with {@code Project.withExamples})
     */
    public ExamplesViewModel(BackgroundTasks tasks, Consumer<List<Example>> onChange, DatasetServices data,
                             TokenCounter tokens, PromptRenderer renderer) {
        super(new ExampleFields(), tasks, onChange, data, RecordExport.examples(data));
        this.counting = new ExampleTokens(tokens, renderer);
        tokenModel.addListener(o -> rowsChanged());
        tokenPrompt.addListener(o -> rowsChanged());
    }

    /** The model tokens are counted for; none, no counts. */
    public ObjectProperty<ModelRef> tokenModelProperty() {
        return tokenModel;
    }

    /** The prompt whose user template renders each example's turn; without one, the example's texts are counted. */
    public ObjectProperty<PromptVariant> tokenPromptProperty() {
        return tokenPrompt;
    }

    /** "Tokens (gpt-4o-mini)", the head of the tokens column. */
    public ReadOnlyStringProperty tokensHeaderProperty() {
        return tokensHeader.getReadOnlyProperty();
    }

    /** "All 8 examples add ≈1,234 tokens", or empty without a model. */
    public ReadOnlyStringProperty tokensTotalProperty() {
        return tokensTotal.getReadOnlyProperty();
    }

    public String getTokensTotal() {
        return tokensTotal.get();
    }

    @Override
    void rowsChanged() {
        long token = ++tokenGeneration;
        ModelRef model = tokenModel.get();
        PromptVariant prompt = tokenPrompt.get();
        List<Row<Example>> snapshot = List.copyOf(rows());
        tokensHeader.set(model == null ? "Tokens" : "Tokens (" + model.id() + ")");
        if (model == null) {
            snapshot.forEach(r -> r.setTokens(""));
            tokensTotal.set("");
            return;
        }
        List<Example> values = snapshot.stream().map(Row::getValue).toList();
        tasks.run(() -> count(values, prompt, model), counts -> {
            if (token == tokenGeneration) {
                show(snapshot, counts);
            }
        }, error -> report("Could not count tokens: " + error.getMessage()));
    }

    private List<TokenCount> count(List<Example> values, PromptVariant prompt, ModelRef model) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        List<TokenCount> counts = new ArrayList<>(values.size());
        for (Example example : values) {
            counts.add(cache.computeIfAbsent(new CountKey(example, prompt, model),
                    k -> counting.added(k.example(), k.prompt(), k.model())));
        }
        return counts;
    }

    private void show(List<Row<Example>> snapshot, List<TokenCount> counts) {
        int total = 0;
        boolean exact = true;
        for (int i = 0; i < snapshot.size(); i++) {
            snapshot.get(i).setTokens(counts.get(i).display());
            total += counts.get(i).tokens();
            exact &= counts.get(i).exact();
        }
        int n = snapshot.size();
        tokensTotal.set(n == 0 ? "" : (n == 1 ? "The example adds " : "All " + n + " examples add ")
                + new TokenCount(total, exact, "").display() + " tokens");
    }
}
