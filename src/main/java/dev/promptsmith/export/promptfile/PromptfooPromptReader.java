package dev.promptsmith.export.promptfile;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads promptfoo's {@code prompts}: inline text, {@code file://} chat JSON or YAML message lists, and
 * text files (split on {@code ---} lines into several prompts). Prompt functions (.js, .py) and globs
 * are reported. Nunjucks' {@code dump} filter becomes Jinja's {@code tojson}.
 */
final class PromptfooPromptReader {

    private static final Pattern DUMP = Pattern.compile("\\|\\s*dump\\b");
    private static final Pattern TEXT_SEPARATOR = Pattern.compile("\\n-{3,}\\n");

    private final YamlInput yaml;
    private final ImportBuilder out;
    private final Path folder;

    PromptfooPromptReader(YamlInput yaml, ImportBuilder out, Path folder) {
        this.yaml = yaml;
        this.out = out;
        this.folder = folder;
    }

    void readAll(Node node) {
        if (node instanceof ScalarNode s && !s.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.STR)) {
            yaml.error(s, "prompts must be text, a list or a map, found " + YamlInput.describe(s));
            return;
        }
        if (node instanceof ScalarNode s) {
            prompt(s.getValue(), null, s, 0);
        } else if (node instanceof MappingNode m) {
            int index = 0;
            for (var tuple : m.getValue()) {
                String label = yaml.text(tuple.getValueNode(), "prompts label").orElse(null);
                prompt(yaml.text(tuple.getKeyNode(), "prompts").orElse(""), label, tuple.getKeyNode(), index++);
            }
        } else {
            yaml.list(node, "prompts").ifPresent(list -> {
                for (int i = 0; i < list.getValue().size(); i++) {
                    item(list.getValue().get(i), i);
                }
            });
        }
        if (out.prompts.isEmpty()) {
            yaml.error(node, "no prompt could be imported; expected prompts with text or file:// references");
        }
    }

    private void item(Node node, int index) {
        if (node instanceof ScalarNode s) {
            prompt(s.getValue(), null, s, index);
            return;
        }
        yaml.mapping(node, "prompts[" + index + "]").ifPresent(m -> {
            String label = yaml.text(YamlInput.get(m, "label"), "prompts[" + index + "].label").orElse(null);
            Optional<String> raw = yaml.text(YamlInput.get(m, "raw"), "prompts[" + index + "].raw");
            Optional<String> id = yaml.text(YamlInput.get(m, "id"), "prompts[" + index + "].id");
            if (raw.isPresent() || id.isPresent()) {
                prompt(raw.orElseGet(id::get), label, node, index);
            } else {
                yaml.error(node, "prompts[" + index + "] has neither raw text nor an id; it is not imported");
            }
        });
    }

    private void prompt(String text, String label, Node at, int index) {
        if (!text.startsWith("file://")) {
            inline(text, label != null ? label : "prompt-" + (index + 1), at);
            return;
        }
        String reference = text.substring("file://".length());
        if (reference.contains("*") || reference.contains("?")) {
            yaml.error(at, "the prompt glob '" + reference + "' is not imported; list the files one by one");
            return;
        }
        String lower = reference.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\.(js|cjs|mjs|ts|py|rb)(:.*)?")) {
            yaml.error(at, "the prompt function '" + reference + "' is code; it is not imported");
            return;
        }
        Path file = folder.resolve(reference).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            yaml.error(at, "the prompt file '" + reference + "' does not exist next to the config");
            return;
        }
        String stem = PromptNames.stem(String.valueOf(file.getFileName()));
        String name = label != null ? label : stem;
        ProblemList fileProblems = out.problems().forFile(reference);
        Optional<String> content = ImportSource.read(file, fileProblems);
        if (content.isEmpty()) {
            return;
        }
        if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            chatFile(content.get(), name, new YamlInput(fileProblems));
        } else {
            String[] parts = TEXT_SEPARATOR.split(content.get().replace("\r\n", "\n"));
            for (int i = 0; i < parts.length; i++) {
                add(parts.length == 1 ? name : name + "-" + (i + 1), "", List.of(new MessageTemplate(Role.USER, parts[i])), at,
                        yaml);
            }
        }
    }

    private void chatFile(String text, String name, YamlInput fileYaml) {
        Optional<Node> root = fileYaml.parse(text, "prompt file");
        if (root.isEmpty()) {
            return;
        }
        if (root.get() instanceof SequenceNode messages) {
            ChatMessagesReader.Chat chat = ChatMessagesReader.read(messages, "messages", fileYaml);
            add(name, chat.system(), chat.messages(), root.get(), fileYaml);
        } else if (root.get() instanceof ScalarNode s) {
            add(name, "", List.of(new MessageTemplate(Role.USER, s.getValue())), root.get(), fileYaml);
        } else {
            fileYaml.error(root.get(), "a prompt file must hold a list of {role, content} messages; this one is not imported");
        }
    }

    /** Inline prompt text: a JSON chat array when it parses as one, else a single user message. */
    private void inline(String text, String name, Node at) {
        if (text.strip().startsWith("[")) {
            YamlInput inlineYaml = new YamlInput(out.problems(), yaml.line(at));
            Optional<Node> parsed = inlineYaml.parse(text, "inline chat prompt");
            if (parsed.isPresent() && parsed.get() instanceof SequenceNode messages) {
                ChatMessagesReader.Chat chat = ChatMessagesReader.read(messages, "prompt", inlineYaml);
                add(PromptNames.usable(name, "prompt"), chat.system(), chat.messages(), at, yaml);
                return;
            }
        }
        add(PromptNames.usable(name, "prompt"), "", List.of(new MessageTemplate(Role.USER, text)), at, yaml);
    }

    /** @param where the file the prompt came from, for problems about its text */
    private void add(String name, String system, List<MessageTemplate> messages, Node at, YamlInput where) {
        if (system.isEmpty() && messages.isEmpty()) {
            where.error(at, "the prompt '" + name + "' has no messages; it is not imported");
            return;
        }
        String unique = name;
        for (int n = 2; taken(unique); n++) {
            unique = name + "-" + n;
        }
        List<MessageTemplate> jinja = messages.stream()
                .map(m -> new MessageTemplate(m.role(), toJinja(m.content(), at, where))).toList();
        out.prompts.add(new PromptVariant(PromptNames.usable(unique, "prompt"), "", TemplateSyntax.JINJA,
                toJinja(system, at, where), jinja, FewShot.NONE, null, null));
    }

    private static String toJinja(String nunjucks, Node at, YamlInput where) {
        if (DUMP.matcher(nunjucks).find()) {
            where.warning(at, "the Nunjucks filter dump is imported as Jinja's tojson");
            return DUMP.matcher(nunjucks).replaceAll("| tojson");
        }
        return nunjucks;
    }

    private boolean taken(String name) {
        return out.prompts.stream().anyMatch(p -> p.name().equals(name));
    }
}
