package dev.promptsmith.export.finetune;

import java.util.List;

/** The training conversations a build took, and everything it refused with the reason. */
public record TrainingSet(List<TrainingExample> examples, List<Refusal> refused) {

    public TrainingSet {
        examples = List.copyOf(examples);
        refused = List.copyOf(refused);
    }
}
