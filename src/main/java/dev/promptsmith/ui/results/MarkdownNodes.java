package dev.promptsmith.ui.results;

import dev.promptsmith.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * An output written in Markdown, shown as styled text: headings, emphasis, inline code, code
 * blocks and lists. Raw HTML and images stay as their source text; nothing is fetched.
 */
final class MarkdownNodes {

    private static final java.util.regex.Pattern LOOKS_LIKE_MARKDOWN = java.util.regex.Pattern.compile(
            "(?m)^(#{1,6} |[-*+] |\\d+\\. |```)|\\*\\*[^*]+\\*\\*|`[^`]+`");

    private final Parser parser = Parser.builder().build();

    /** Whether the text uses Markdown that rendering would change (headings, lists, emphasis, code). */
    static boolean looksLikeMarkdown(String text) {
        return text != null && LOOKS_LIKE_MARKDOWN.matcher(text).find();
    }

    Node render(String markdown) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(Styles.MARKDOWN);
        parser.parse(markdown).accept(new Writer(flow));
        return flow;
    }

    /** Appends styled Text nodes to one flow as it walks the document. */
    private static final class Writer extends AbstractVisitor {

        private final TextFlow flow;
        private String style = null;
        private int orderedNumber;

        Writer(TextFlow flow) {
            this.flow = flow;
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral(), style);
        }

        @Override
        public void visit(Heading heading) {
            styled(heading, Styles.MARKDOWN_HEADING);
            add("\n", null);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled(strong, Styles.MARKDOWN_STRONG);
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled(emphasis, Styles.MARKDOWN_EMPHASIS);
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), Styles.MARKDOWN_CODE);
        }

        @Override
        public void visit(FencedCodeBlock block) {
            add(block.getLiteral(), Styles.MARKDOWN_CODE);
            add("\n", null);
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            add(block.getLiteral(), Styles.MARKDOWN_CODE);
            add("\n", null);
        }

        @Override
        public void visit(Paragraph paragraph) {
            visitChildren(paragraph);
            add(paragraph.getParent() instanceof ListItem ? "\n" : "\n\n", null);
        }

        @Override
        public void visit(BulletList list) {
            visitChildren(list);
            add("\n", null);
        }

        @Override
        public void visit(OrderedList list) {
            int saved = orderedNumber;
            orderedNumber = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            visitChildren(list);
            orderedNumber = saved;
            add("\n", null);
        }

        @Override
        public void visit(ListItem item) {
            add(item.getParent() instanceof OrderedList ? "  " + (orderedNumber++) + ". " : "  • ", null);
            visitChildren(item);
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            add(" ", null);
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            add("\n", null);
        }

        private void styled(org.commonmark.node.Node node, String styleClass) {
            String saved = style;
            style = styleClass;
            visitChildren(node);
            style = saved;
        }

        private void add(String text, String styleClass) {
            Text node = new Text(text);
            if (styleClass != null) {
                node.getStyleClass().add(styleClass);
            }
            flow.getChildren().add(node);
        }
    }
}
