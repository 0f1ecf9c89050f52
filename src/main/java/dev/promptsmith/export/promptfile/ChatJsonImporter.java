package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TemplateSyntax;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads an OpenAI-style chat request ({@code {"model", "messages", "temperature", …}}) or a bare
 * messages array into a prompt variant; message contents are read as Jinja templates, as promptfoo
 * and our own export write them. The provider is guessed from the model name and said so.
 */
final class ChatJsonImporter extends TextFileImporter {

    static final String FORMAT = "chat-json";

    /** Keys read here, and transport settings of a captured request that say nothing about the prompt. */
    private static final Set<String> NOT_PARAMS = Set.of("model", "messages", "response_format", "stream",
            "stream_options", "user", "store");

    ChatJsonImporter() {
        super(FORMAT);
    }

    @Override
    void parse(String text, Path file, ImportBuilder out) {
        String fileName = String.valueOf(file.getFileName());
        ProblemList problems = out.problems();
        YamlInput yaml = new YamlInput(problems);
        Optional<Node> root = yaml.parse(text, "JSON");
        if (root.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(1, "the file is empty; expected a chat request or a messages array");
            }
            return;
        }
        ModelParams params = ModelParams.NONE;
        OutputSpec output = OutputSpec.TEXT;
        SequenceNode messages;
        if (root.get() instanceof SequenceNode list) {
            messages = list;
        } else {
            Optional<MappingNode> body = yaml.mapping(root.get(), "the file");
            if (body.isEmpty()) {
                return;
            }
            MappingNode m = body.get();
            yaml.text(YamlInput.get(m, "model"), "model").ifPresent(model -> model(model, YamlInput.get(m, "model"), yaml, out));
            params = new ParamsReader(yaml).read(m, "request", NOT_PARAMS);
            Node format = YamlInput.get(m, "response_format");
            if (format != null) {
                output = ImportedOutput.fromResponseFormat(format, "response_format", yaml, out);
            }
            Node messagesNode = YamlInput.get(m, "messages");
            if (messagesNode == null) {
                problems.error(yaml.line(m), "the request has no messages; expected \"messages\": [{\"role\", \"content\"}]");
                return;
            }
            messages = yaml.list(messagesNode, "messages").orElse(null);
            if (messages == null) {
                return;
            }
        }
        ChatMessagesReader.Chat chat = ChatMessagesReader.read(messages, "messages", yaml);
        if (chat.system().isEmpty() && chat.messages().isEmpty()) {
            problems.error(yaml.line(messages), "no message could be imported");
            return;
        }
        out.prompts.add(new PromptVariant(PromptNames.stem(fileName), "", TemplateSyntax.JINJA, chat.system(),
                chat.messages(), FewShot.NONE, output, params));
    }

    /** The provider a model name suggests: Claude and Gemini by name, anything else OpenAI-compatible. */
    private static void model(String model, Node at, YamlInput yaml, ImportBuilder out) {
        String provider = model.startsWith("claude") ? "anthropic" : model.startsWith("gemini") ? "gemini" : "openai";
        if (!provider.equals("openai") || !model.matches("(gpt-|o\\d|chatgpt-).*")) {
            yaml.warning(at, "the file names model '" + model + "' without a provider; it is imported as a model of"
                    + " provider '" + provider + "'");
        }
        out.addModel(new ModelRef(model, provider, model, ModelParams.NONE));
    }
}
