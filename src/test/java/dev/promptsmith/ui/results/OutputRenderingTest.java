package dev.promptsmith.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.ui.common.Styles;
import javafx.scene.control.TreeItem;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Outputs shown readably: Markdown rendered with its styles, JSON as a tree that folds. */
@ExtendWith(ApplicationExtension.class)
class OutputRenderingTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void markdownIsRecognisedAndRenderedWithHeadingsEmphasisCodeAndLists() {
        String text = "# Summary\n\nThe **refund** is `approved`:\n\n- first\n- second\n\n1. one\n2. two\n";
        assertThat(MarkdownNodes.looksLikeMarkdown(text)).isTrue();
        assertThat(MarkdownNodes.looksLikeMarkdown("billing")).isFalse();

        TextFlow flow = (TextFlow) new MarkdownNodes().render(text);

        assertThat(styled(flow, Styles.MARKDOWN_HEADING)).isEqualTo("Summary");
        assertThat(styled(flow, Styles.MARKDOWN_STRONG)).isEqualTo("refund");
        assertThat(styled(flow, Styles.MARKDOWN_CODE)).isEqualTo("approved");
        String all = flow.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        assertThat(all).contains("  • first\n").contains("  • second\n").contains("  1. one\n").contains("  2. two\n")
                .doesNotContain("**").doesNotContain("# ");
    }

    @Test
    void jsonBecomesATreeOpenToTwoLevelsAndOtherTextDoesNot() {
        var tree = new JsonTree().of("{\"vendor\": \"ACME\", \"items\": [{\"sku\": \"A1\", \"qty\": 2}]}").orElseThrow();

        TreeItem<String> root = tree.getRoot();
        assertThat(root.getValue()).isEqualTo("(root) {2}");
        assertThat(root.getChildren()).extracting(TreeItem::getValue).containsExactly("vendor: \"ACME\"", "items [1]");
        TreeItem<String> items = root.getChildren().get(1);
        assertThat(items.isExpanded()).isTrue();
        assertThat(items.getChildren().get(0).isExpanded()).isFalse();
        assertThat(items.getChildren().get(0).getChildren()).extracting(TreeItem::getValue).containsExactly("sku: \"A1\"", "qty: 2");
        assertThat(new JsonTree().of("billing")).isEmpty();
        assertThat(new JsonTree().of("42")).isEmpty();
    }

    private static String styled(TextFlow flow, String styleClass) {
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass))
                .map(n -> ((Text) n).getText()).reduce("", String::concat);
    }
}
