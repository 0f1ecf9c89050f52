package dev.promptsmith.ui.shell;

import dev.promptsmith.model.Project;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.Styles;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left panel: the project's prompt variants, examples and test cases as a tree. */
public final class ProjectExplorerView extends VBox {

    /** What a tree node stands for. */
    sealed interface Item {
        String label();

        record Folder(String label) implements Item { }

        record Prompt(String name, boolean dirty) implements Item {
            public String label() {
                return dirty ? name + "  ●" : name;
            }
        }

        record Test(TestCase test) implements Item {
            public String label() {
                return test.id() + (test.split() == dev.promptsmith.model.Split.HELDOUT ? "  (held out)" : "");
            }
        }
    }

    private final TreeView<Item> tree = new TreeView<>();

    /** What {@link #setOnOpenTable} is told: the examples table or the test-case table. */
    public static final String EXAMPLES = "examples";
    public static final String TESTS = "tests";

    private Consumer<String> onOpenTable;

    /** Double-clicking the Examples or Test cases folder opens its table. */
    public void setOnOpenTable(Consumer<String> onOpen) {
        this.onOpenTable = onOpen;
    }

    public ProjectExplorerView(Consumer<String> onOpenPrompt, Consumer<TestCase> onSelectTest) {
        setId("explorer");
        getStyleClass().add(Styles.PANEL);
        Label header = new Label("Project");
        header.getStyleClass().add(Styles.PANEL_HEADER);
        header.setMaxWidth(Double.MAX_VALUE);
        tree.setId("explorerTree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        tree.setOnMouseClicked(e -> {
            TreeItem<Item> selected = tree.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (selected.getValue() instanceof Item.Prompt prompt && e.getClickCount() == 2) {
                onOpenPrompt.accept(prompt.name());
            } else if (selected.getValue() instanceof Item.Folder folder && e.getClickCount() == 2
                    && onOpenTable != null && (folder.label().startsWith("Examples") || folder.label().startsWith("Test cases"))) {
                onOpenTable.accept(folder.label().startsWith("Examples") ? EXAMPLES : TESTS);
            } else if (selected.getValue() instanceof Item.Test test) {
                onSelectTest.accept(test.test());
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<Item> selected = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null
                    && selected.getValue() instanceof Item.Prompt prompt) {
                onOpenPrompt.accept(prompt.name());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(header, tree);
    }

    /** Rebuilds the tree for {@code project}; prompts that differ from {@code saved} carry a dirty dot. */
    public void show(Project project, Project saved) {
        if (project == null) {
            tree.setRoot(null);
            return;
        }
        TreeItem<Item> root = new TreeItem<>(new Item.Folder(project.settings().name()));
        root.setExpanded(true);
        TreeItem<Item> prompts = folder("Prompts (" + project.prompts().size() + ")", true);
        for (PromptVariant variant : project.prompts()) {
            boolean dirty = saved == null || !saved.prompt(variant.name()).map(variant::equals).orElse(false);
            prompts.getChildren().add(new TreeItem<>(new Item.Prompt(variant.name(), dirty)));
        }
        TreeItem<Item> examples = folder("Examples (" + project.examples().size() + ")", false);
        TreeItem<Item> tests = folder("Test cases (" + project.tests().size() + ")", false);
        for (TestCase test : project.tests()) {
            tests.getChildren().add(new TreeItem<>(new Item.Test(test)));
        }
        root.getChildren().setAll(java.util.List.of(prompts, examples, tests));
        tree.setRoot(root);
    }

    private static TreeItem<Item> folder(String label, boolean expanded) {
        TreeItem<Item> item = new TreeItem<>(new Item.Folder(label));
        item.setExpanded(expanded);
        return item;
    }
}
