package dev.promptsmith.export.finetune;

import java.util.List;

/** One file format for supervised training conversations, e.g. OpenAI chat JSONL or Bedrock Claude JSONL. */
public interface DatasetFormat {

    /** The registry key, e.g. {@code openai-chat}. */
    String id();

    String displayName();

    /** The file; examples the format cannot take are listed in {@link DatasetFile#refused()}, never dropped silently. */
    DatasetFile write(List<TrainingExample> examples);
}
