package dev.promptsmith.ui.results;

import dev.promptsmith.cost.Money;
import dev.promptsmith.dataset.AblationReport;
import dev.promptsmith.eval.FewShotAblationRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An ablation's report as lines for the run log and its dialog. */
final class AblationLines {

    private AblationLines() {
    }

    static List<String> of(String prompt, String model, FewShotAblationRun.Result result) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Ablation of %s on %s (run %d): all %d examples score %.3f", prompt, model,
                result.runId(), result.plan().exampleIds().size(), result.scores().fullScore()));
        for (AblationReport.Contribution c : result.report().contributions()) {
            lines.add(String.format(Locale.ROOT, "  %-16s without it %.3f, contribution %+.3f%s", c.exampleId(),
                    c.scoreWithout(), c.contribution(), c.harmful() ? "  — harmful: the score rises without it" : ""));
        }
        for (AblationReport.CurvePoint point : result.report().curve()) {
            lines.add(String.format(Locale.ROOT, "  k = %-3d score %.3f (%+.3f), run cost %s", point.k(), point.score(),
                    point.gain(), Money.usd(point.cost())));
        }
        result.report().bestK().ifPresent(k -> lines.add("  The fewest examples that reach the best score: k = " + k));
        return lines;
    }
}
