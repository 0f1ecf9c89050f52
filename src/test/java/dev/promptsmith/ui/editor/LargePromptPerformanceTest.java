package dev.promptsmith.ui.editor;

import static dev.promptsmith.ui.editor.FxTesting.fx;
import static dev.promptsmith.ui.editor.FxTesting.waitForStyle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.promptsmith.model.PromptVariant;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A 400 KB (about 100k tokens) system prompt: checks that it is highlighted to the end and that
 * a keystroke restyles only its own paragraph, and prints timings. Timings are reported, never
 * asserted: they depend on the machine.
 */
@ExtendWith(ApplicationExtension.class)
class LargePromptPerformanceTest {

    private static final String BLOCK = """
            <instructions>
            You are a support triage assistant for {{ company }}. Read the ticket and route it.
            {# keep the tone neutral; never promise refunds #}
            {% for ex in examples %}Example {{ loop.index }}: {{ ex.input }} -> {{ ex.output }}
            {% endfor %}
            Ticket: {{ ticket.body | trim }} from {{ customer_name }} (plan: {{ plan }})
            Route billing questions to billing, outages to ops, and everything else to the front desk.
            </instructions>
            """;
    private static final String TEXT = BLOCK.repeat(400 * 1024 / BLOCK.length());
    private static final Set<String> KNOWN = Set.of("company", "examples", "ticket", "customer_name");

    private final BasicTemplateHighlighter highlighter = new BasicTemplateHighlighter();
    private PromptEditorViewModel vm;
    private TemplateCodeArea system;

    @Start
    void start(Stage stage) {
        vm = new PromptEditorViewModel(PromptEditorViewModelTest.VARIANT.withSystem(TEXT));
        vm.knownVariables().addAll(KNOWN);
        PromptEditorView view = new PromptEditorView(vm, highlighter, FxTesting.BACKGROUND);
        Scene scene = new Scene(view, 1100, 720);
        scene.getStylesheets().add(LargePromptPerformanceTest.class.getResource("/themes/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        system = (TemplateCodeArea) view.lookup("#systemEditor");
    }

    @Test
    void largePromptIsHighlightedToTheEndAndAKeystrokeRestylesOneParagraph(FxRobot robot) {
        int planAtEnd = TEXT.lastIndexOf("{{ plan }}") + 3;
        waitForStyle(system, planAtEnd, EditorStyles.TPL_UNDEFINED);

        // Off the FX thread: analysis plus building the style spans, as the highlighting task does.
        double backgroundMs = median(7, () -> StyleLayers.merge(highlighter.highlight(TEXT, KNOWN), List.of(), TEXT.length()));
        StyleSpans<Collection<String>> spans = StyleLayers.merge(highlighter.highlight(TEXT, KNOWN), List.of(), TEXT.length());
        double firstPaintMs = fx(() -> {
            TemplateCodeArea fresh = new TemplateCodeArea(highlighter, FxTesting.BACKGROUND);
            fresh.replaceText(TEXT);
            long start = System.nanoTime();
            ParagraphStyler.apply(fresh, spans);
            return (System.nanoTime() - start) / 1e6;
        });

        int middle = TEXT.indexOf("{{ plan }}", TEXT.length() / 2) + 3;
        double keystrokeMs = medianFx(31, () -> {
            system.insertText(middle, "x");
            return null;
        });
        // The typed "x"s turned "plan" into a longer, still undefined name: one paragraph changes.
        String edited = fx(() -> system.getText());
        StyleSpans<Collection<String>> editedSpans =
                StyleLayers.merge(highlighter.highlight(edited, KNOWN), List.of(), edited.length());
        int restyled = fx(() -> ParagraphStyler.apply(system, editedSpans));
        double compareMs = medianFx(7, () -> ParagraphStyler.apply(system, editedSpans));

        assertThat(restyled).isEqualTo(1);
        assertThat(fx(() -> vm.getVariant().system())).hasSize(TEXT.length() + 31);
        System.out.printf("[perf] %d KB, %d paragraphs, %d style spans%n",
                TEXT.length() / 1024, TEXT.lines().count(), spans.getSpanCount());
        System.out.printf("[perf] background: highlight + build spans: %.1f ms%n", backgroundMs);
        System.out.printf("[perf] FX: first paint, every paragraph restyled: %.1f ms%n", firstPaintMs);
        System.out.printf("[perf] FX: compare spans, nothing to restyle: %.1f ms%n", compareMs);
        System.out.printf("[perf] FX: keystroke incl. view model update: %.2f ms%n", keystrokeMs);
    }

    private static double median(int runs, Callable<?> work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try {
                work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static double medianFx(int runs, Callable<?> work) {
        return fx(() -> median(runs, work));
    }
}
