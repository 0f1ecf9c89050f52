package dev.promptsmith.bench;

import dev.promptsmith.model.TemplateSyntax;
import dev.promptsmith.template.TemplateAnalyzer;
import java.util.Arrays;
import java.util.Set;

/** Times the editor's template analysis on a ~400 KB prompt (about 100k tokens). Run as a program. */
public final class AnalyzerBenchmark {

    private AnalyzerBenchmark() {
    }

    public static void main(String[] args) {
        String text = ("<instructions>\nClassify the ticket below. {# reviewer note #}\n</instructions>\n"
                + "{% for ex in examples %}Example {{ loop.index }}: {{ ex.vars.ticket | trim }} -> {{ ex.output }}{% endfor %}\n"
                + "<ticket>{{ ticket }}</ticket> and {{ customer | default('unknown') }} {{ missing }}\n")
                .repeat(2_000);
        TemplateAnalyzer analyzer = new TemplateAnalyzer();
        double[] times = new double[25];
        int spans = 0;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            spans = analyzer.analyze(text, TemplateSyntax.JINJA, Set.of("ticket", "customer")).spans().size();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        double first = times[0];
        double[] warm = Arrays.copyOfRange(times, 5, times.length);
        Arrays.sort(warm);
        System.out.printf("chars=%d spans=%d first-ms=%.1f warm-median-ms=%.1f%n", text.length(), spans, first,
                warm[warm.length / 2]);
    }
}
