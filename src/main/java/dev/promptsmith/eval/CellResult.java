package dev.promptsmith.eval;

import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.template.TemplateProblem;
import java.util.List;

/**
 * The outcome of one cell. When the prompt failed to render, {@link #renderProblems} says why and
 * no call was made; otherwise {@link #response} holds the output or the provider's error.
 */
public record CellResult(CellKey key, ChatResponse response, List<TemplateProblem> renderProblems) {

    public CellResult {
        renderProblems = List.copyOf(renderProblems);
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
