package dev.promptsmith.export.finetune;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * OpenAI preference (DPO) fine-tuning JSONL (reference §4.4): {@code {"input":{"messages":[…]},
 * "preferred_output":[assistant], "non_preferred_output":[assistant]}} per line.
 */
public final class OpenAiPreferenceFormat {

    private final JsonLines json = new JsonLines();

    public DatasetFile write(PreferenceSet set) {
        StringBuilder out = new StringBuilder();
        for (PreferencePair pair : set.pairs()) {
            ObjectNode line = json.object();
            line.putObject("input").set("messages", json.messages(pair.input()));
            line.putArray("preferred_output").addObject().put("role", "assistant").put("content", pair.preferred());
            line.putArray("non_preferred_output").addObject().put("role", "assistant").put("content", pair.nonPreferred());
            out.append(json.line(line));
        }
        return new DatasetFile(out.toString(), set.pairs().size(), set.refused());
    }
}
