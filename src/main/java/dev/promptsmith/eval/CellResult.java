package dev.promptsmith.eval;

import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.eval.assertion.TestScore;
import dev.promptsmith.template.TemplateProblem;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one cell. When the prompt failed to render, {@link #renderProblems} says why and
 * no call was made; otherwise {@link #response} holds the output or the provider's error.
 *
 * @param cacheHit the response came from the response cache, not from a call
 * @param score the assertions' verdict, or null when the run does not score
 * @param cost what the call cost in US dollars ($0 for a cache hit or a call never made), or null
 *             when unknown: the model has no price, or the run does not price its calls
 */
public record CellResult(CellKey key, ChatResponse response, List<TemplateProblem> renderProblems, boolean cacheHit,
                         TestScore score, BigDecimal cost) {

    public CellResult {
        renderProblems = List.copyOf(renderProblems);
    }

    /** A cell before scoring. */
    public CellResult(CellKey key, ChatResponse response, List<TemplateProblem> renderProblems) {
        this(key, response, renderProblems, false, null, null);
    }

    /** A cell before pricing. */
    public CellResult(CellKey key, ChatResponse response, List<TemplateProblem> renderProblems, boolean cacheHit,
                      TestScore score) {
        this(key, response, renderProblems, cacheHit, score, null);
    }

    public CellResult withScore(TestScore newScore) {
        return new CellResult(key, response, renderProblems, cacheHit, newScore, cost);
    }

    public CellResult withCost(BigDecimal newCost) {
        return new CellResult(key, response, renderProblems, cacheHit, score, newCost);
    }

    public boolean ok() {
        return renderProblems.isEmpty() && response != null && response.ok();
    }

    /** The output text, or the partial text received before a failure; empty when nothing came. */
    public String output() {
        return response == null || response.text() == null ? "" : response.text();
    }

    /** A one-line reason for a failed cell, or null when it succeeded. */
    public String errorMessage() {
        if (!renderProblems.isEmpty()) {
            TemplateProblem p = renderProblems.get(0);
            return "Template error in " + p.part() + " at " + p.line() + ":" + p.column() + ": " + p.message();
        }
        if (response != null && response.error() != null) {
            return response.error().message();
        }
        return null;
    }
}
