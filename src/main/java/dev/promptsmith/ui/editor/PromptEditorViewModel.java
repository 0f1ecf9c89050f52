package dev.promptsmith.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * State and commands of the prompt editor: the editable parts of a prompt variant, the
 * variant they make up, and whether it differs from the last saved one.
 */
public final class PromptEditorViewModel {

    // Properties
    private final ObjectProperty<TemplateSyntax> templateSyntax = new SimpleObjectProperty<>(this, "templateSyntax");
    private final StringProperty system = new SimpleStringProperty(this, "system");
    private final ObservableList<MessageDraft> messages = FXCollections.observableArrayList(
            draft -> new Observable[] {draft.roleProperty(), draft.contentProperty()});
    private final ObjectProperty<FewShotMode> fewShotMode = new SimpleObjectProperty<>(this, "fewShotMode");
    private final ParamField<Double> temperature;
    private final ParamField<Integer> maxTokens;
    private final ParamField<Double> topP;
    private final ParamField<List<String>> stop;
    private final ReadOnlyObjectWrapper<PromptVariant> variant = new ReadOnlyObjectWrapper<>(this, "variant");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ObservableSet<String> knownVariables = FXCollections.observableSet();

    /** Supplies the fields this editor does not show (name, description, few-shot ids, output). */
    private PromptVariant base;
    private PromptVariant saved;

    public PromptEditorViewModel(PromptVariant initial) {
        base = Objects.requireNonNull(initial, "initial");
        saved = initial;
        templateSyntax.set(initial.template());
        system.set(initial.system());
        initial.messages().forEach(m -> messages.add(MessageDraft.of(m)));
        fewShotMode.set(initial.fewShot().mode());
        ModelParams params = initial.params();
        temperature = new ParamField<>(ParamParser.decimal("Temperature", 0, 2),
                params.temperature(), ParamParser.format(params.temperature()));
        maxTokens = new ParamField<>(ParamParser.atLeast("Max tokens", 1),
                params.maxTokens(), ParamParser.format(params.maxTokens()));
        topP = new ParamField<>(ParamParser.decimal("Top-p", 0, 1), params.topP(), ParamParser.format(params.topP()));
        stop = new ParamField<>(ParamParser.stopSequences(), params.stop(), StopSequences.format(params.stop()));
        variant.set(initial);
        for (Observable input : List.of(templateSyntax, system, messages, fewShotMode, temperature.valueProperty(),
                maxTokens.valueProperty(), topP.valueProperty(), stop.valueProperty())) {
            input.addListener(obs -> rebuild());
        }
    }

    private void rebuild() {
        FewShot fewShot = new FewShot(fewShotMode.get(), base.fewShot().limit(), base.fewShot().ids(),
                base.fewShot().select());
        ModelParams params = new ModelParams(temperature.getValue(), maxTokens.getValue(), topP.getValue(), stop.getValue());
        variant.set(base.withTemplate(templateSyntax.get())
                .withSystem(system.get())
                .withMessages(messages.stream().map(MessageDraft::toTemplate).toList())
                .withFewShot(fewShot)
                .withParams(params));
        dirty.set(!variant.get().equals(saved));
    }

    // Commands

    /** Adds an empty message after the last one, with the role that usually comes next. */
    public MessageDraft addMessage() {
        Role next = !messages.isEmpty() && messages.get(messages.size() - 1).getRole() == Role.USER
                ? Role.ASSISTANT : Role.USER;
        MessageDraft draft = new MessageDraft(next, "");
        messages.add(draft);
        return draft;
    }

    public void removeMessage(int index) {
        messages.remove(index);
    }

    public void moveMessageUp(int index) {
        if (index > 0 && index < messages.size()) {
            swap(index, index - 1);
        }
    }

    public void moveMessageDown(int index) {
        if (index >= 0 && index < messages.size() - 1) {
            swap(index, index + 1);
        }
    }

    /** One list change, so views keep the editors (and their undo history) of both messages. */
    private void swap(int a, int b) {
        List<MessageDraft> order = new ArrayList<>(messages);
        Collections.swap(order, a, b);
        messages.setAll(order);
    }

    /**
     * Records {@code saved} as what is on disk. Fields the editor does not show are taken from
     * it from now on, so a rename done elsewhere is not undone by the next save.
     */
    public void markSaved(PromptVariant saved) {
        this.saved = Objects.requireNonNull(saved, "saved");
        base = saved;
        rebuild();
    }

    // Property accessors

    public ObjectProperty<TemplateSyntax> templateSyntaxProperty() {
        return templateSyntax;
    }

    public TemplateSyntax getTemplateSyntax() {
        return templateSyntax.get();
    }

    public StringProperty systemProperty() {
        return system;
    }

    public String getSystem() {
        return system.get();
    }

    public ObservableList<MessageDraft> messages() {
        return messages;
    }

    public ObjectProperty<FewShotMode> fewShotModeProperty() {
        return fewShotMode;
    }

    public FewShotMode getFewShotMode() {
        return fewShotMode.get();
    }

    public ParamField<Double> temperature() {
        return temperature;
    }

    public ParamField<Integer> maxTokens() {
        return maxTokens;
    }

    public ParamField<Double> topP() {
        return topP;
    }

    public ParamField<List<String>> stop() {
        return stop;
    }

    /** The variant as edited so far; invalid parameter text leaves its parameter unchanged. */
    public ReadOnlyObjectProperty<PromptVariant> variantProperty() {
        return variant.getReadOnlyProperty();
    }

    public PromptVariant getVariant() {
        return variant.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Names defined for highlighting, set by the shell (the selected test case's variables and {@code examples}). */
    public ObservableSet<String> knownVariables() {
        return knownVariables;
    }
}
