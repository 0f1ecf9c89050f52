package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a Microsoft Prompty file (v1 or the newer shape) into a prompt variant, a model and sample values. */
final class PromptyImporter extends TextFileImporter {

    static final String FORMAT = "prompty";

    /** Mustache constructs Jinja does not share: sections, inverted sections, partials, unescaped output. */
    private static final Pattern MUSTACHE_ONLY = Pattern.compile("\\{\\{\\s*[#^/>&{]");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(");

    private final ProviderNames providers;

    PromptyImporter(ProviderNames providers) {
        super(FORMAT);
        this.providers = providers;
    }

    @Override
    void parse(String text, Path file, ImportBuilder out) {
        String fileName = String.valueOf(file.getFileName());
        ProblemList problems = out.problems();
        FrontMatter split = FrontMatter.split(text, false, problems);
        PromptyFrontMatter.Header header = new PromptyFrontMatter.Header(null, "", null, null, false);
        if (!split.present()) {
            problems.warning(1, "the file has no front matter between '---' lines; only the prompt text is imported");
        } else {
            YamlInput yaml = new YamlInput(problems, split.yamlLine());
            Optional<Node> root = yaml.parse(split.yaml(), "YAML in the front matter");
            Optional<MappingNode> mapping = root.flatMap(r -> yaml.mapping(r, "the front matter"));
            if (mapping.isPresent()) {
                header = new PromptyFrontMatter(yaml, providers, out).read(mapping.get());
            }
        }
        readBody(split, header, PromptNames.usable(header.name(), PromptNames.stem(fileName)), out);
    }

    private void readBody(FrontMatter split, PromptyFrontMatter.Header header, String promptName, ImportBuilder out) {
        ProblemList problems = out.problems();
        String system = "";
        List<MessageTemplate> messages = new ArrayList<>();
        for (PromptyBody.Block block : PromptyBody.parse(split.body(), split.bodyLine())) {
            checkContent(block, header.mustache(), problems);
            if (block.args() != null) {
                problems.warning(block.line(), "the attributes " + block.args() + " of this " + block.role()
                        + " line are not imported");
            }
            switch (block.role()) {
                case "system" -> {
                    if (messages.isEmpty() && system.isEmpty()) {
                        system = block.content();
                    } else {
                        problems.error(block.line(), "a system message after other messages is not imported:"
                                + " a Promptsmith prompt has one system prompt, first");
                    }
                }
                case "user", "assistant" -> messages.add(new MessageTemplate(Role.fromKey(block.role()).orElseThrow(),
                        block.content()));
                case "thread" -> problems.error(block.line(), "the ![thread] placeholder (conversation history) is not"
                        + " imported; Promptsmith prompts have no history slot");
                default -> problems.error(block.line(), "a '" + block.role() + "' section is not imported;"
                        + " expected system, user or assistant messages");
            }
        }
        if (system.isEmpty() && messages.isEmpty()) {
            problems.error(split.bodyLine(), "the file has no prompt text after the front matter;"
                    + " expected lines such as 'system:' and 'user:' followed by the messages");
            return;
        }
        if (header.mustache()) {
            problems.warning(split.bodyLine(), "the template is mustache; it is imported as Jinja, where {{ name }}"
                    + " works the same");
        }
        out.prompts.add(new PromptVariant(promptName, header.description().strip(), TemplateSyntax.JINJA, system,
                messages, FewShot.NONE, header.output(), header.params()));
    }

    private static void checkContent(PromptyBody.Block block, boolean mustache, ProblemList problems) {
        if (mustache && MUSTACHE_ONLY.matcher(block.content()).find()) {
            problems.error(block.line(), "this " + block.role() + " message uses mustache sections or partials,"
                    + " which Jinja does not have; rewrite them as {% if %} / {% for %} after importing");
        }
        if (IMAGE.matcher(block.content()).find()) {
            problems.warning(block.line(), "this " + block.role() + " message has a Markdown image, which Prompty sends"
                    + " as an image; Promptsmith sends it as text");
        }
    }
}
