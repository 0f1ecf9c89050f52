package dev.promptsmith.export.finetune;

import java.util.List;

/** OpenAI chat fine-tuning JSONL (reference §4.4): {@code {"messages":[system?, user, assistant]}} per line. */
public final class OpenAiChatFormat implements DatasetFormat {

    private final JsonLines json = new JsonLines();

    @Override
    public String id() {
        return "openai-chat";
    }

    @Override
    public String displayName() {
        return "OpenAI chat fine-tuning (JSONL)";
    }

    @Override
    public DatasetFile write(List<TrainingExample> examples) {
        StringBuilder out = new StringBuilder();
        for (TrainingExample example : examples) {
            var line = json.object();
            line.set("messages", json.messages(example.messages()));
            out.append(json.line(line));
        }
        return new DatasetFile(out.toString(), examples.size(), List.of());
    }
}
