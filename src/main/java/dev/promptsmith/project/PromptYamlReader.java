package dev.promptsmith.project;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.FewShotSelect;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.AnswerExtraction;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.Role;
import dev.promptsmith.model.TemplateSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Maps the root of a {@code prompts/NAME.prompt.yaml} file to a {@link PromptVariant}. */
final class PromptYamlReader {

    private final YamlRead read;
    private final SchemaFiles schemas;
    private final Set<String> exampleIds;

    /** @param exampleIds ids in examples.jsonl, to warn about few-shot ids that match none; null skips the check */
    PromptYamlReader(YamlRead read, SchemaFiles schemas, Set<String> exampleIds) {
        this.read = read;
        this.schemas = schemas;
        this.exampleIds = exampleIds;
    }

    PromptVariant read(String name, MappingNode root) {
        read.root(root);
        return new PromptVariant(
                name,
                read.text(YamlNodes.value(root, "description"), "description").orElse(""),
                read.choice(YamlNodes.value(root, "template"), "template", TemplateSyntax::fromKey, List.of("jinja", "raw"))
                        .orElse(TemplateSyntax.JINJA),
                read.text(YamlNodes.value(root, "system"), "system").orElse(""),
                messages(YamlNodes.value(root, "messages")),
                fewShot(YamlNodes.value(root, "fewShot")),
                output(YamlNodes.value(root, "output")),
                ParamsYaml.read(YamlNodes.value(root, "params"), "params", read));
    }

    /** Reads messages again for a save, without problems; null marks a message that was not loaded. */
    static List<MessageTemplate> quietMessages(List<Node> items) {
        PromptYamlReader quiet = new PromptYamlReader(new YamlRead(ProblemLog.discarding("")), null, null);
        List<MessageTemplate> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(quiet.message(items.get(i), "messages[" + i + "]").orElse(null));
        }
        return out;
    }

    private List<MessageTemplate> messages(Node node) {
        List<MessageTemplate> out = new ArrayList<>();
        Optional<SequenceNode> seq = read.list(node, "messages");
        if (seq.isPresent()) {
            List<Node> items = seq.get().getValue();
            for (int i = 0; i < items.size(); i++) {
                message(items.get(i), "messages[" + i + "]").ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<MessageTemplate> message(Node node, String path) {
        Optional<MappingNode> mapping = read.mapping(node, path);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingNode m = mapping.get();
        Node roleNode = YamlNodes.value(m, "role");
        Optional<String> roleKey = read.text(roleNode, path + ".role");
        Optional<Role> role = roleKey.flatMap(Role::fromKey).filter(r -> r != Role.SYSTEM);
        if (roleNode == null || YamlNodes.isNull(roleNode)) {
            read.missing(m, path + ".role", "user or assistant");
        } else if (roleKey.isPresent() && role.isEmpty()) {
            String hint = roleKey.get().equals(Role.SYSTEM.key())
                    ? " (the system prompt goes under the top-level system key)" : "";
            read.error(roleNode, path + ".role must be one of user, assistant, found '"
                    + YamlNodes.shorten(roleKey.get()) + "'" + hint);
        }
        Node contentNode = YamlNodes.value(m, "content");
        Optional<String> content = read.text(contentNode, path + ".content");
        if (contentNode == null) {
            read.missing(m, path + ".content", "the message text");
        }
        return role.isPresent() && content.isPresent()
                ? Optional.of(new MessageTemplate(role.get(), content.get())) : Optional.empty();
    }

    private FewShot fewShot(Node node) {
        return read.mapping(node, "fewShot").map(m -> {
            Node idsNode = YamlNodes.value(m, "ids");
            List<String> ids = read.strings(idsNode, "fewShot.ids").orElse(List.of());
            warnUnknownExamples(idsNode, ids);
            return new FewShot(
                    read.choice(YamlNodes.value(m, "mode"), "fewShot.mode", FewShotMode::fromKey, List.of("none", "turns"))
                            .orElse(FewShotMode.NONE),
                    read.integer(YamlNodes.value(m, "limit"), "fewShot.limit", 0).orElse(null),
                    ids,
                    read.choice(YamlNodes.value(m, "select"), "fewShot.select", FewShotSelect::fromKey,
                            List.of("first", "similar")).orElse(FewShotSelect.FIRST));
        }).orElse(FewShot.NONE);
    }

    private void warnUnknownExamples(Node idsNode, List<String> ids) {
        if (exampleIds == null || !(idsNode instanceof SequenceNode seq)) {
            return;
        }
        for (Node item : seq.getValue()) {
            String id = read.text(item, "fewShot.ids").orElse(null);
            if (id != null && ids.contains(id) && !exampleIds.contains(id)) {
                read.warning(item, "fewShot.ids: '" + YamlNodes.shorten(id) + "' is not an example id in "
                        + ProjectLayout.EXAMPLES);
            }
        }
    }

    private OutputSpec output(Node node) {
        return read.mapping(node, "output").map(m -> {
            OutputFormat format = read.choice(YamlNodes.value(m, "format"), "output.format", OutputFormat::fromKey,
                    List.of("text", "json")).orElse(OutputFormat.TEXT);
            Node schemaNode = YamlNodes.value(m, "schema");
            String schema = read.text(schemaNode, "output.schema").orElse(null);
            if (schema != null && schemas != null) {
                schemas.check(schema).ifPresent(problem -> read.error(schemaNode, "output.schema " + problem));
            }
            return new OutputSpec(format, schema, extract(YamlNodes.value(m, "extract")));
        }).orElse(OutputSpec.TEXT);
    }

    private AnswerExtraction extract(Node node) {
        return read.mapping(node, "output.extract").flatMap(m -> {
            Node typeNode = YamlNodes.value(m, "type");
            Optional<String> type = read.choice(typeNode, "output.extract.type",
                    t -> AnswerExtraction.TYPES.contains(t) ? Optional.of(t) : Optional.empty(), AnswerExtraction.TYPES);
            String value = read.text(YamlNodes.value(m, "value"), "output.extract.value").orElse(null);
            if (type.isPresent() && !type.get().equals("last-line") && (value == null || value.isBlank())) {
                read.error(typeNode, "output.extract of type " + type.get() + " needs a value (the "
                        + (type.get().equals("xml") ? "tag name" : type.get().equals("regex") ? "regex" : "path") + ")");
                return Optional.empty();
            }
            return type.map(t -> new AnswerExtraction(t, value));
        }).orElse(null);
    }
}
