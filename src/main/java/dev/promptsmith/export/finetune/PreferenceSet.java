package dev.promptsmith.export.finetune;

import java.util.List;

/** The preference pairs a build took, and everything it refused with the reason. */
public record PreferenceSet(List<PreferencePair> pairs, List<Refusal> refused) {

    public PreferenceSet {
        pairs = List.copyOf(pairs);
        refused = List.copyOf(refused);
    }
}
