package dev.promptsmith.ui.examples;

import dev.promptsmith.model.Split;
import java.util.List;

/**
 * Every text of the record form at one moment. The form keeps the texts it loaded, so it can tell
 * whether anything was edited, and keep the exact stored value of every field that was not.
 */
record DraftTexts(String id, List<Var> vars, String outcome, boolean outcomeJson, String tags, Split split, String note) {

    /** One variable's texts. */
    record Var(String name, String text, boolean json) {
    }

    DraftTexts {
        vars = List.copyOf(vars);
    }
}
