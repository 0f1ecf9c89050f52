package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.OutputFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a prompt as an OpenAI-style chat request body: {@code model}, {@code messages} (whose contents
 * are the Jinja templates, few-shot turns written out), sampling parameters and {@code response_format}.
 */
final class ChatJsonExporter implements PromptFileExporter {

    /** Providers that speak OpenAI's API, for which the file is a request body as it is. */
    private static final Set<String> NOT_OPENAI = Set.of("anthropic", "gemini", "ollama", "echo");

    private final PortablePrompts prompts;

    ChatJsonExporter(PortablePrompts prompts) {
        this.prompts = prompts;
    }

    @Override
    public ExportResult export(ExportRequest request) {
        ProblemList problems = ProblemList.forPrompt(request.prompt());
        PortablePrompt p = prompts.resolve(request, problems);
        Map<String, Object> body = new LinkedHashMap<>();
        if (p.model() != null) {
            body.put("model", p.model().model());
            if (NOT_OPENAI.contains(p.model().provider())) {
                problems.forFile("promptsmith.yaml").warning(0, "the file is an OpenAI-style body; it names model '"
                        + p.model().model() + "' but not its provider (" + p.model().provider() + ")");
            }
        }
        body.put("messages", ChatMessages.of(p));
        ProviderName.ParamKeys.OPENAI.write(p.params(), body);
        if (p.variant().output().format() == OutputFormat.JSON) {
            body.put("response_format", ResponseFormats.openAi(p));
        }
        if (p.variables().size() > 0) {
            problems.warning(0, "the messages are templates: replace " + String.join(", ", p.variables().stream()
                    .map(v -> "{{ " + v + " }}").toList()) + " before sending the body");
        }
        if (p.examples() != null) {
            problems.warning(0, "the template loops over examples, which a chat request body cannot carry; it renders"
                    + " them only where the examples are supplied");
        }
        if (p.variant().output().extract() != null) {
            problems.warning(0, "output.extract is not carried: a chat request has no place for it");
        }
        return new ExportResult(Map.of(p.name() + ".json", JsonOutput.write(body)), problems.list());
    }
}
