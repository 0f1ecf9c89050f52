package dev.promptsmith.project;

import dev.promptsmith.model.FewShot;
import dev.promptsmith.model.FewShotMode;
import dev.promptsmith.model.FewShotSelect;
import dev.promptsmith.model.MessageTemplate;
import dev.promptsmith.model.AnswerExtraction;
import dev.promptsmith.model.OutputFormat;
import dev.promptsmith.model.OutputSpec;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.model.TemplateSyntax;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Merges a {@link PromptVariant} into the node tree of its prompt file, or builds a new one. Defaults
 * (jinja, no few-shot, text output, no params) are left out of new files.
 */
final class PromptYamlWriter {

    MappingNode write(MappingNode original, PromptVariant baseline, PromptVariant value) {
        PromptVariant base = original == null ? null : baseline;
        return new MappingEdit(original).fields(value, base)
                .field("description", v -> blankToNull(v.description()), YamlNodes::text)
                .field("template", v -> templateKey(v.template()), YamlNodes::text)
                .field("system", v -> blankToNull(v.system()), YamlNodes::text)
                .field("messages", PromptVariant::messages, (messages, previous) -> SequenceEdit.merge(previous, messages,
                        PromptYamlReader::quietMessages, m -> m, PromptYamlWriter::message))
                .field("fewShot", PromptVariant::fewShot,
                        (fewShot, previous) -> fewShot(fewShot, base == null ? null : base.fewShot(), previous))
                .field("output", PromptVariant::output,
                        (output, previous) -> output(output, base == null ? null : base.output(), previous))
                .field("params", PromptVariant::params,
                        (params, previous) -> ParamsYaml.write(params, base == null ? null : base.params(), previous))
                .build();
    }

    private static Node message(MessageTemplate value, MessageTemplate baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        return new MappingEdit(old).fields(value, old == null ? null : baseline)
                .field("role", m -> m.role().key(), YamlNodes::text)
                .field("content", MessageTemplate::content, YamlNodes::text)
                .build();
    }

    /** Null (no key) when nothing is left, e.g. mode none with no limit or ids. */
    private static Node fewShot(FewShot value, FewShot baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        MappingEdit.Fields<FewShot> edit = new MappingEdit(old).fields(value, old == null ? null : baseline)
                .field("mode", f -> f.mode() == FewShotMode.NONE ? null : f.mode().key(), YamlNodes::text)
                .field("limit", FewShot::limit, YamlNodes::number)
                .field("ids", f -> f.ids().isEmpty() ? null : f.ids(), YamlNodes::strings)
                .field("select", f -> f.bySimilarity() ? FewShotSelect.SIMILAR.key() : null, YamlNodes::text);
        return edit.isEmpty() ? null : edit.build();
    }

    private static Node output(OutputSpec value, OutputSpec baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        MappingEdit.Fields<OutputSpec> edit = new MappingEdit(old).fields(value, old == null ? null : baseline)
                .field("format", o -> o.format() == OutputFormat.TEXT ? null : o.format().key(), YamlNodes::text)
                .field("schema", OutputSpec::schema, YamlNodes::text)
                .field("extract", OutputSpec::extract, (extract, prior) -> extract(extract,
                        baseline == null ? null : baseline.extract(), prior));
        return edit.isEmpty() ? null : edit.build();
    }

    private static Node extract(AnswerExtraction value, AnswerExtraction baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        MappingEdit.Fields<AnswerExtraction> edit = new MappingEdit(old).fields(value, old == null ? null : baseline)
                .field("type", AnswerExtraction::type, YamlNodes::text)
                .field("value", AnswerExtraction::value, YamlNodes::text);
        return edit.isEmpty() ? null : edit.build();
    }

    private static String templateKey(TemplateSyntax syntax) {
        return syntax == TemplateSyntax.JINJA ? null : syntax.key();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
