package dev.promptsmith.ui.examples;

import static dev.promptsmith.ui.examples.Records.example;
import static dev.promptsmith.ui.examples.TableFixture.fx;
import static dev.promptsmith.ui.examples.TableFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.Example;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.template.PromptRenderer;
import dev.promptsmith.tokens.TokenCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The example view driven by node ids and keys: token counts, reordering, editing the output, deleting, exporting. */
@ExtendWith(ApplicationExtension.class)
class ExamplesViewTest {

    @TempDir
    Path dir;

    private final TableFixture fixture = new TableFixture();
    private final List<List<Example>> published = new CopyOnWriteArrayList<>();
    private ExamplesViewModel viewModel;
    private TableView<Row<Example>> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        viewModel = new ExamplesViewModel(fixture.tasks, published::add, Records.DATA, new TokenCounter(), new PromptRenderer());
        viewModel.setRecords(List.of(example("ex-01", "Refund my last invoice", "billing"),
                example("ex-02", "Password reset never arrives", "account"),
                example("ex-03", "The app crashes on start", "technical")));
        viewModel.tokenPromptProperty().set(new PromptVariant("triage", "", TemplateSyntax.JINJA, "Route tickets.",
                List.of(new MessageTemplate(Role.USER, "Ticket: {{ ticket }}")), null, null, ModelParams.NONE));
        viewModel.tokenModelProperty().set(new ModelRef("gpt", "openai", "gpt-4o-mini", null));
        ExamplesView view = new ExamplesView(viewModel, fixture);
        fixture.show(stage, view);
        table = (TableView<Row<Example>>) view.lookup("#examplesTable");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theTokensColumnShowsWhatEachExampleAddsForTheChosenModel(FxRobot robot) {
        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.getTokens().isEmpty()));
        TableColumn<?, ?> tokens = table.getColumns().stream().filter(c -> "tokensColumn".equals(c.getId())).findFirst().orElseThrow();
        assertThat(tokens.getText()).isEqualTo("Tokens (gpt)");
        assertThat(fx(() -> table.getItems().stream().map(Row::getTokens).toList())).allMatch(t -> t.matches("\\d+"));
        // The cell shows the count once the table has laid out the new value.
        String first = fx(() -> table.getItems().get(0).getTokens());
        waitUntil(() -> robot.lookup(".table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(first))
                .tryQuery().isPresent());
        assertThat(robot.lookup("#tokensTotal").queryAs(Label.class).getText()).startsWith("All 3 examples add ");
    }

    @Test
    void examplesAreReorderedWithTheKeysAndEditedInTheForm(FxRobot robot) {
        robot.clickOn("ex-01").press(KeyCode.ALT).push(KeyCode.DOWN).push(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> published.size() == 2);
        assertThat(published.get(1)).extracting(Example::id).containsExactly("ex-02", "ex-03", "ex-01");

        robot.clickOn("#formOutcome").push(KeyCode.SHORTCUT, KeyCode.A).write("billing (refund)");
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        waitUntil(() -> published.size() == 3);
        assertThat(published.get(2).get(2).output()).isEqualTo("billing (refund)");

        robot.clickOn("ex-03").push(KeyCode.DELETE);
        waitUntil(() -> published.size() == 4);
        assertThat(published.get(3)).extracting(Example::id).containsExactly("ex-02", "ex-01");
        assertThat(fx(() -> table.getSelectionModel().getSelectedItem().getValue().id())).isEqualTo("ex-01");
    }

    @Test
    void exportWritesTheExamplesToTheChosenFile(FxRobot robot) throws Exception {
        fixture.nextFile = dir.resolve("pool.jsonl");

        robot.clickOn("#exportRows");

        waitUntil(() -> Files.exists(fixture.nextFile));
        assertThat(Files.readAllLines(fixture.nextFile)).hasSize(3);
        waitUntil(() -> robot.lookup("#tableStatus").queryAs(Label.class).getText().equals("Exported 3 examples to pool.jsonl"));
        assertThat(fixture.pickerTitles).containsExactly("Export examples");
    }
}
