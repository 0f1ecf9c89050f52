package dev.promptsmith.cost.report;

import dev.promptsmith.cost.LeverCosts;
import dev.promptsmith.cost.ModelPrice;
import dev.promptsmith.cost.Money;
import dev.promptsmith.cost.Projection;
import dev.promptsmith.cost.UsageProfile;
import dev.promptsmith.cost.advice.Advice;
import dev.promptsmith.cost.finetune.FineTunePlan;
import dev.promptsmith.cost.finetune.TcoInputs;
import dev.promptsmith.cost.finetune.TcoResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link CostReport} as plain text for a terminal: one section per part, advice last. */
public final class CostReportText {

    private CostReportText() {
    }

    public static void print(PrintWriter out, CostReport report) {
        out.println("Cost report — " + report.projectName() + (report.runId() == null ? "" : " (run " + report.runId() + ")"));
        usage(out, report);
        projection(out, report.projection());
        levers(out, report);
        fineTune(out, report.fineTune());
        advice(out, report);
        if (!report.notes().isEmpty()) {
            out.println();
            out.println("Notes");
            report.notes().forEach(n -> out.println("  - " + n));
        }
        out.flush();
    }

    private static void usage(PrintWriter out, CostReport report) {
        out.println();
        out.println("Measured usage per call, at list prices (cached answers count with the usage they recorded)");
        out.println(String.format(Locale.ROOT, "  %-32s %6s %9s %8s %8s %9s %12s %12s", "column", "calls", "input",
                "output", "cached", "reasoning", "per call", "per 1,000"));
        for (UsageProfile p : report.profiles()) {
            ModelPrice price = report.projection().column(p.column().id()).map(Projection.ColumnCost::price).orElse(null);
            String approx = p.estimated() ? "≈" : "";
            out.println(String.format(Locale.ROOT, "  %-32s %6d %9s %8s %8s %9s %12s %12s", p.column().id(), p.calls(),
                    approx + round(p.meanInput()), approx + round(p.meanOutput()), round(p.meanCacheRead()),
                    round(p.meanReasoning()), Money.usd(p.costPerCall(price)), Money.usd(p.costPer1000(price))));
        }
    }

    private static void projection(PrintWriter out, Projection projection) {
        out.println();
        out.println(String.format(Locale.ROOT, "Monthly cost at %,d calls a month", projection.monthlyCalls()));
        for (Projection.ColumnCost c : projection.columns()) {
            out.println(String.format(Locale.ROOT, "  %-32s %6s %-13s %12s a month", c.column().id(), pct(c.metric()),
                    projection.target() == null ? "" : c.meetsTarget() ? "meets target" : "misses target",
                    Money.total(c.monthly())));
        }
        if (projection.cheapestMeetingColumn() != null && projection.cheapestMeetingColumn().equals(projection.bestColumn())) {
            out.println("  The best column, " + projection.bestColumn() + ", is also the cheapest that meets the target.");
        } else if (projection.cheapestMeetingColumn() != null) {
            out.println("  Cheapest column meeting the target: " + projection.cheapestMeetingColumn()
                    + "; against the best column (" + projection.bestColumn() + ") it saves "
                    + Money.total(projection.monthlySaving()) + " a month.");
        }
        if (!projection.models().isEmpty()) {
            out.println("  Per model (projected from " + projection.reference().column().id()
                    + "'s usage where the model has no measured column of its own: an approximation):");
            for (Projection.ModelCost m : projection.models()) {
                out.println(String.format(Locale.ROOT, "    %-30s %12s a call %12s a month  %s", m.model().id(),
                        Money.usd(m.perCall()), Money.total(m.monthly()),
                        m.measured() ? "measured" : "projected"));
            }
        }
    }

    private static void levers(PrintWriter out, CostReport report) {
        if (report.levers().isEmpty()) {
            return;
        }
        out.println();
        out.println("Prompt levers, per call and per 1,000 calls");
        for (LeverCosts l : report.levers()) {
            if (!l.problems().isEmpty()) {
                out.println("  " + l.columnLabel() + ": " + l.cacheNote());
                continue;
            }
            String approx = l.exact() ? "" : "≈";
            out.println(String.format(Locale.ROOT, "  %s: system prompt %s%,d tokens %s / %s; few-shot examples %s%,d tokens %s / %s",
                    l.columnLabel(), approx, l.systemTokens(), Money.usd(l.systemPerCall()), Money.usd(l.systemPer1000()),
                    approx, l.fewShotTokens(), Money.usd(l.fewShotPerCall()), Money.usd(l.fewShotPer1000())));
            out.println("    prompt caching: " + l.cacheNote() + (l.cacheSavingPerCall() == null ? ""
                    : " Saves " + Money.usd(l.cacheSavingPerCall()) + " a call, " + Money.usd(l.cacheSavingPer1000())
                            + " per 1,000."));
        }
    }

    private static void fineTune(PrintWriter out, FineTunePlan plan) {
        if (plan == null || plan.tco() == null) {
            return;
        }
        TcoResult tco = plan.tco();
        TcoInputs in = tco.inputs();
        out.println();
        out.println(String.format(Locale.ROOT, "Prompting vs fine-tuning %s over %d months",
                plan.option() == null ? "" : plan.option().ftKey(), in.horizonMonths()));
        out.println(String.format(Locale.ROOT, "  Training set: %d curated + %d passing = %d examples (held-out cases "
                        + "kept apart: %d); %s%,d tokens × %d epochs; training %s%s",
                plan.trainingSet().curatedExamples(), plan.trainingSet().passingOutputs(), plan.trainingSet().examples(),
                plan.trainingSet().heldOutKeptApart(), plan.trainingSet().exact() ? "" : "≈", in.trainingTokens(),
                in.epochs(), Money.usd(tco.trainingCompute()), tco.trainingPriceVerified() ? "" : " (unverified price)"));
        out.println(String.format(Locale.ROOT, "  Per call: prompted %s, fine-tuned %s", Money.usd(in.promptCallUsd()),
                Money.usd(in.fineTunedCallUsd())));
        out.println(String.format(Locale.ROOT, "  %5s %16s %16s", "month", "prompting", "fine-tuning"));
        for (TcoResult.Month m : tco.months()) {
            out.println(String.format(Locale.ROOT, "  %5d %16s %16s", m.month(), Money.total(m.promptCumulative()),
                    Money.total(m.fineTuneCumulative())));
        }
        out.println("  Break-even: " + (tco.breakEvenMonth() == null ? "not within the horizon" : "month " + tco.breakEvenMonth())
                + (tco.breakEvenMonthlyCalls() == null ? ""
                        : String.format(Locale.ROOT, "; fine-tuning pays back over the horizon from %,d calls a month",
                                tco.breakEvenMonthlyCalls())));
        tco.notes().forEach(n -> out.println("  - " + n));
        TcoInputs.assumptions().forEach(a -> out.println("  * " + a));
    }

    private static void advice(PrintWriter out, CostReport report) {
        out.println();
        out.println("Advice");
        if (report.advice().isEmpty()) {
            out.println("  (none: nothing was measured)");
        }
        for (Advice a : report.advice()) {
            out.println("  [" + a.severity() + "] " + a.statement());
            a.evidence().forEach(e -> out.println("      " + e));
        }
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }
}
