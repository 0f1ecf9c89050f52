package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Example;
import dev.promptsmith.ui.common.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

/** The few-shot example pool as a table, in the order the model reads the examples, with the tokens each adds. */
public final class ExamplesView extends RecordTableView<Example> {

    private final ExamplesViewModel viewModel;

    public ExamplesView(ExamplesViewModel viewModel, FilePicker files) {
        super(viewModel, files, "examplesTable");
        this.viewModel = viewModel;
        setId("examplesView");
        layOut(createColumns(), List.of(), List.of(), List.of(createTokensTotal()));
    }

    private List<TableColumn<Row<Example>, ?>> createColumns() {
        TableColumn<Row<Example>, String> tokens = new TableColumn<>();
        tokens.setId("tokensColumn");
        tokens.textProperty().bind(viewModel.tokensHeaderProperty());
        tokens.setPrefWidth(150);
        tokens.setCellValueFactory(d -> d.getValue().tokensProperty());
        return List.of(column("idColumn", "Id", Example::id, 110),
                column("inputsColumn", "Inputs", e -> RecordText.inputs(e.vars()), 320),
                column("outputColumn", "Output", e -> RecordText.cell(e.output()), 220),
                column("tagsColumn", "Tags", e -> String.join(", ", e.tags()), 120),
                tokens,
                column("noteColumn", "Note", e -> RecordText.cell(e.note()), 160));
    }

    private Node createTokensTotal() {
        Label total = new Label();
        total.setId("tokensTotal");
        total.getStyleClass().add(Styles.MUTED);
        total.textProperty().bind(viewModel.tokensTotalProperty());
        return total;
    }
}
