package dev.promptsmith.ui.inspector;

import dev.promptsmith.template.TemplateProblem;
import java.util.List;

/** Everything the inspector shows, computed together off the FX thread and applied in one step. */
record InspectorSnapshot(List<VariableRow> variables, String request, List<TokenRow> tokens,
                         List<TemplateProblem> problems) {
}
