package dev.promptsmith.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import org.junit.jupiter.api.Test;

class PromptEditorViewModelTest {

    static final PromptVariant VARIANT = new PromptVariant("triage", "routes tickets", TemplateSyntax.JINJA,
            "You route tickets.", List.of(new MessageTemplate(Role.USER, "{{ ticket }}")),
            new FewShot(FewShotMode.NONE, 3, List.of("ex1", "ex2")),
            new OutputSpec(OutputFormat.JSON, "schemas/route.json"),
            new ModelParams(0.2, 512, null, List.of("###")));

    private final PromptEditorViewModel vm = new PromptEditorViewModel(VARIANT);

    @Test
    void startsWithTheInitialVariantAndClean() {
        assertThat(vm.getVariant()).isEqualTo(VARIANT);
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.temperature().getText()).isEqualTo("0.2");
        assertThat(vm.stop().getText()).isEqualTo("###");
        assertThat(vm.topP().getText()).isEmpty();
    }

    @Test
    void editingTheSystemTextUpdatesTheVariantAndMakesItDirty() {
        vm.systemProperty().set("You route support tickets.");

        assertThat(vm.getVariant().system()).isEqualTo("You route support tickets.");
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void undoingAnEditByHandMakesItCleanAgain() {
        vm.systemProperty().set("changed");
        vm.systemProperty().set(VARIANT.system());

        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void fieldsTheEditorDoesNotShowAreCarriedOver() {
        vm.fewShotModeProperty().set(FewShotMode.TURNS);
        vm.templateSyntaxProperty().set(TemplateSyntax.RAW);

        PromptVariant edited = vm.getVariant();
        assertThat(edited.fewShot()).isEqualTo(new FewShot(FewShotMode.TURNS, 3, List.of("ex1", "ex2")));
        assertThat(edited.template()).isEqualTo(TemplateSyntax.RAW);
        assertThat(edited.name()).isEqualTo("triage");
        assertThat(edited.description()).isEqualTo("routes tickets");
        assertThat(edited.output()).isEqualTo(VARIANT.output());
    }

    @Test
    void invalidTemperatureShowsAnErrorAndKeepsTheOldValue() {
        vm.temperature().textProperty().set("abc");

        assertThat(vm.temperature().getError()).isEqualTo("Temperature must be a number");
        assertThat(vm.getVariant().params().temperature()).isEqualTo(0.2);
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void outOfRangeValuesAreRejected() {
        vm.temperature().textProperty().set("2.5");
        vm.topP().textProperty().set("1.1");
        vm.maxTokens().textProperty().set("0");

        assertThat(vm.temperature().getError()).isEqualTo("Temperature must be between 0 and 2");
        assertThat(vm.topP().getError()).isEqualTo("Top-p must be between 0 and 1");
        assertThat(vm.maxTokens().getError()).isEqualTo("Max tokens must be at least 1");
        assertThat(vm.getVariant().params()).isEqualTo(VARIANT.params());
    }

    @Test
    void validParamsChangeTheVariantAndBlankMeansNotSet() {
        vm.temperature().textProperty().set("abc");
        vm.temperature().textProperty().set(" 1.5 ");
        vm.maxTokens().textProperty().set("");
        vm.stop().textProperty().set("END, \\n\\n");

        assertThat(vm.temperature().getError()).isEmpty();
        assertThat(vm.getVariant().params()).isEqualTo(new ModelParams(1.5, null, null, List.of("END", "\n\n")));
    }

    @Test
    void editingAMessageUpdatesTheVariant() {
        vm.messages().get(0).contentProperty().set("Ticket: {{ ticket }}");
        vm.messages().get(0).roleProperty().set(Role.ASSISTANT);

        assertThat(vm.getVariant().messages())
                .containsExactly(new MessageTemplate(Role.ASSISTANT, "Ticket: {{ ticket }}"));
    }

    @Test
    void addedMessagesAlternateRolesAndCanBeRemoved() {
        vm.addMessage();
        vm.addMessage();

        assertThat(vm.getVariant().messages()).extracting(MessageTemplate::role)
                .containsExactly(Role.USER, Role.ASSISTANT, Role.USER);

        vm.removeMessage(0);
        assertThat(vm.getVariant().messages()).extracting(MessageTemplate::role)
                .containsExactly(Role.ASSISTANT, Role.USER);
    }

    @Test
    void messagesMoveUpAndDownAndStopAtTheEnds() {
        vm.addMessage().contentProperty().set("second");

        vm.moveMessageUp(1);
        assertThat(vm.getVariant().messages()).extracting(MessageTemplate::content)
                .containsExactly("second", "{{ ticket }}");

        vm.moveMessageUp(0);
        vm.moveMessageDown(1);
        assertThat(vm.getVariant().messages()).extracting(MessageTemplate::content)
                .containsExactly("second", "{{ ticket }}");

        vm.moveMessageDown(0);
        assertThat(vm.getVariant().messages()).extracting(MessageTemplate::content)
                .containsExactly("{{ ticket }}", "second");
    }

    @Test
    void markSavedMakesTheCurrentVariantClean() {
        vm.systemProperty().set("changed");
        vm.markSaved(vm.getVariant());

        assertThat(vm.isDirty()).isFalse();

        vm.systemProperty().set("changed again");
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void markSavedWithARenamedVariantKeepsTheNewName() {
        vm.markSaved(VARIANT.withName("triage-v2"));

        assertThat(vm.getVariant().name()).isEqualTo("triage-v2");
        assertThat(vm.isDirty()).isFalse();
    }
}
