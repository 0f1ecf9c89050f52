package dev.promptsmith.ui.inspector;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.template.TemplateAnalyzer;
import dev.promptsmith.template.TemplateProblem;
import dev.promptsmith.tokens.TokenCounter;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The inspector: variables of the current prompt with the chosen test case's values, the rendered
 * request, and its token count per selected model. Recomputed off the FX thread once inputs have
 * been quiet for {@link #DEBOUNCE}; a result computed from stale inputs is dropped.
 */
public final class InspectorViewModel {

    static final Duration DEBOUNCE = Duration.millis(150);

    // Inputs
    private final ObjectProperty<PromptVariant> prompt = new SimpleObjectProperty<>(this, "prompt");
    private final ObjectProperty<TestCase> test = new SimpleObjectProperty<>(this, "test");
    private final ObjectProperty<List<Example>> examples = new SimpleObjectProperty<>(this, "examples", List.of());
    private final ObservableList<ModelRef> models = FXCollections.observableArrayList();

    // Outputs
    private final ObservableList<VariableRow> variables = FXCollections.observableArrayList();
    private final ObservableList<TokenRow> tokens = FXCollections.observableArrayList();
    private final ObservableList<TemplateProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper request = new ReadOnlyStringWrapper(this, "request", "");

    private final InspectorComputation computation;
    private final BackgroundTasks tasks;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private long generation;

    public InspectorViewModel(PromptRenderer renderer, TemplateAnalyzer analyzer, TokenCounter tokenCounter,
                              BackgroundTasks tasks) {
        this.computation = new InspectorComputation(renderer, analyzer, tokenCounter);
        this.tasks = tasks;
        debounce.setOnFinished(e -> recompute());
        for (Observable input : List.of(prompt, test, examples, models)) {
            input.addListener(o -> debounce.playFromStart());
        }
    }

    public ObjectProperty<PromptVariant> promptProperty() {
        return prompt;
    }

    public ObjectProperty<TestCase> testProperty() {
        return test;
    }

    public ObjectProperty<List<Example>> examplesProperty() {
        return examples;
    }

    public ObservableList<ModelRef> models() {
        return models;
    }

    public ObservableList<VariableRow> variables() {
        return variables;
    }

    public ObservableList<TokenRow> tokens() {
        return tokens;
    }

    public ObservableList<TemplateProblem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty requestProperty() {
        return request.getReadOnlyProperty();
    }

    public String getRequest() {
        return request.get();
    }

    /** Recomputes now from the current inputs (the debounce calls this). */
    public void recompute() {
        long mine = ++generation;
        PromptVariant p = prompt.get();
        TestCase t = test.get();
        List<ModelRef> m = List.copyOf(models);
        List<Example> ex = examples.get();
        tasks.run(() -> computation.compute(p, t, m, ex), snapshot -> {
            if (mine == generation) {
                variables.setAll(snapshot.variables());
                tokens.setAll(snapshot.tokens());
                problems.setAll(snapshot.problems());
                request.set(snapshot.request());
            }
        }, error -> {
            if (mine == generation) {
                request.set("Could not render the request: " + error);
            }
        });
    }
}
