package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.Records.DATA;
import static dev.promptsmith.ui.examples.Records.INLINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record form without a window: validation, what an applied draft becomes, and how it meets the history. */
class RecordFormModelTest {

    private final List<List<TestCase>> published = new ArrayList<>();
    private TestCasesViewModel viewModel;
    private RecordFormModel<TestCase> form;

    @BeforeEach
    void setUp() {
        viewModel = new TestCasesViewModel(INLINE, published::add, DATA, List::of, () -> null);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("ticket", "Refund my invoice");
        vars.put("amount", 12.50);
        vars.put("lines", List.of(Map.of("sku", "A1", "qty", 2)));
        viewModel.setRecords(List.of(
                new TestCase("t-001", vars, Map.of("label", "billing", "priority", 2),
                        List.of(new Assertion("json-schema", "schemas/x.json", 2.0, null)), List.of("money"), Split.DEV, "from a real ticket"),
                Records.test("t-002", "Password reset", "account", Split.HELDOUT, "login")));
        form = viewModel.form();
        select(0);
    }

    @Test
    void theFormShowsTheSelectedRowTextAsTextAndOtherValuesAsJson() {
        assertThat(form.idProperty().get()).isEqualTo("t-001");
        assertThat(form.vars()).extracting(VarDraft::getName).containsExactly("ticket", "amount", "lines");
        assertThat(form.vars().get(0).getText()).isEqualTo("Refund my invoice");
        assertThat(form.vars().get(0).isJson()).isFalse();
        assertThat(form.vars().get(1).getText()).isEqualTo("12.5");
        assertThat(form.vars().get(1).isJson()).isTrue();
        assertThat(form.outcomeJsonProperty().get()).isTrue();
        assertThat(form.outcomeProperty().get()).contains("\"label\" : \"billing\"");
        assertThat(form.tagsProperty().get()).isEqualTo("money");
        assertThat(form.noteProperty().get()).isEqualTo("from a real ticket");
        assertThat(form.untouchedProperty().get()).isEqualTo("1 assertion (json-schema), kept as they are");
        assertThat(form.isDirty()).isFalse();
        assertThat(form.getError()).isEmpty();
    }

    @Test
    void aBlankIdIsInvalid() {
        form.idProperty().set("   ");

        assertThat(form.getError()).isEqualTo("The id must not be blank.");
        assertThat(form.edited()).isEmpty();
        assertThat(form.isDirty()).isTrue();
    }

    @Test
    void anIdAnotherRowHasIsInvalidButTheRowsOwnIdIsFine() {
        form.idProperty().set("t-002");
        assertThat(form.getError()).isEqualTo("Another test case already has the id 't-002'.");

        form.idProperty().set("t-001");
        assertThat(form.getError()).isEmpty();
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void jsonThatDoesNotParseIsReportedWithItsLineAndColumn() {
        form.outcomeProperty().set("{\"label\": \"billing\",\n  \"priority\": }");

        assertThat(form.getError()).startsWith("Expected is not valid JSON: line 2, column 15: ");
        viewModel.applyForm();
        assertThat(viewModel.getStatus()).startsWith("Not applied: Expected is not valid JSON");
        assertThat(published).isEmpty();
    }

    @Test
    void aVariableMarkedJsonMustParseAndAVariableNeedsAUniqueName() {
        form.vars().get(2).textProperty().set("[1, 2");
        assertThat(form.getError()).startsWith("Variable 'lines' is not valid JSON: line 1, column 6");
        form.vars().get(2).jsonProperty().set(false);
        assertThat(form.getError()).isEmpty();

        form.vars().get(1).nameProperty().set("ticket");
        assertThat(form.getError()).isEqualTo("Two variables are named 'ticket'.");
        form.vars().get(1).nameProperty().set(" ");
        assertThat(form.getError()).isEqualTo("A variable has no name.");
    }

    @Test
    void applyingTheDraftIsOneUndoableEditAndUntouchedFieldsKeepTheirExactValues() {
        TestCase before = viewModel.records().get(0);
        form.vars().get(0).textProperty().set("Refund my last invoice, please");
        form.tagsProperty().set("money, refund ,money");
        form.splitProperty().set(Split.HELDOUT);
        form.addVar();
        form.vars().get(3).textProperty().set("{\"vip\": true}");
        form.vars().get(3).jsonProperty().set(true);

        viewModel.applyForm();

        TestCase after = published.get(0).get(0);
        assertThat(after.vars()).containsExactly(Map.entry("ticket", "Refund my last invoice, please"),
                Map.entry("amount", 12.50), Map.entry("lines", before.vars().get("lines")), Map.entry("var", Map.of("vip", true)));
        assertThat(after.expected()).isSameAs(before.expected());
        assertThat(after.asserts()).isEqualTo(before.asserts());
        assertThat(after.tags()).containsExactly("money", "refund");
        assertThat(after.split()).isEqualTo(Split.HELDOUT);
        assertThat(after.note()).isEqualTo("from a real ticket");
        assertThat(form.isDirty()).isFalse();
        assertThat(viewModel.getStatus()).isEqualTo("Edit t-001");

        viewModel.undo();
        assertThat(viewModel.records().get(0)).isEqualTo(before);
        assertThat(form.vars().get(0).getText()).isEqualTo("Refund my invoice");
    }

    @Test
    void anExpectedObjectTypedAsJsonBecomesThatObjectAndPlainTextStaysText() {
        form.outcomeProperty().set("{\"label\": \"refund\"}");
        viewModel.applyForm();
        assertThat(viewModel.records().get(0).expected()).isEqualTo(Map.of("label", "refund"));

        form.outcomeJsonProperty().set(false);
        form.outcomeProperty().set("refund");
        viewModel.applyForm();
        assertThat(viewModel.records().get(0).expected()).isEqualTo("refund");

        form.outcomeProperty().set("  ");
        viewModel.applyForm();
        assertThat(viewModel.records().get(0).expected()).isNull();
    }

    @Test
    void revertDropsTheDraft() {
        form.idProperty().set("t-009");
        form.revert();

        assertThat(form.idProperty().get()).isEqualTo("t-001");
        assertThat(form.isDirty()).isFalse();
    }

    @Test
    void selectingAnotherRowAppliesAValidDraftFirst() {
        form.noteProperty().set("checked");

        select(1);

        assertThat(viewModel.records().get(0).note()).isEqualTo("checked");
        assertThat(form.idProperty().get()).isEqualTo("t-002");
        assertThat(viewModel.history().undoDescriptionProperty().get()).isEqualTo("Undo Edit t-001");
    }

    @Test
    void selectingAnotherRowDropsAnInvalidDraftAndSaysWhy() {
        form.idProperty().set("");

        select(1);

        assertThat(viewModel.records().get(0).id()).isEqualTo("t-001");
        assertThat(viewModel.getStatus()).isEqualTo("The edits to t-001 were not applied: The id must not be blank.");
        assertThat(published).isEmpty();
    }

    @Test
    void undoFirstDropsUnappliedEditsThenWalksTheHistory() {
        form.noteProperty().set("first");
        viewModel.applyForm();
        form.noteProperty().set("second, not applied");

        viewModel.undo();
        assertThat(form.noteProperty().get()).isEqualTo("first");
        viewModel.undo();
        assertThat(form.noteProperty().get()).isEqualTo("from a real ticket");
    }

    @Test
    void severalSelectedRowsLeaveTheFormEmpty() {
        viewModel.select(List.copyOf(viewModel.rows()));

        assertThat(form.getRow()).isNull();
        assertThat(form.idProperty().get()).isEmpty();
    }

    @Test
    void anExampleOutputMarkedJsonMustParseButStaysText() {
        ExamplesViewModel examples = new ExamplesViewModel(INLINE, l -> { }, DATA, new dev.promptsmith.tokens.TokenCounter(),
                new dev.promptsmith.template.PromptRenderer());
        examples.setRecords(List.of(Records.example("ex-01", "Refund", "billing")));
        examples.select(List.of(examples.rows().get(0)));
        RecordFormModel<Example> exampleForm = examples.form();

        exampleForm.outcomeJsonProperty().set(true);
        assertThat(exampleForm.getError()).startsWith("Output is not valid JSON");
        exampleForm.outcomeProperty().set("{\"label\": \"billing\"}");
        examples.applyForm();

        assertThat(examples.records().get(0).output()).isEqualTo("{\"label\": \"billing\"}");
    }

    private void select(int index) {
        viewModel.select(List.of(viewModel.rows().get(index)));
    }
}
