package dev.promptsmith.project;

import dev.promptsmith.model.ModelRef;
import dev.promptsmith.model.ProjectSettings;
import dev.promptsmith.model.RunDefaults;
import dev.promptsmith.model.Target;
import java.math.BigDecimal;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Merges {@link ProjectSettings} into the node tree of {@code promptsmith.yaml}, or builds a new one. */
final class SettingsYamlWriter {

    /**
     * @param original the root read from disk, or null for a new file
     * @param baseline the settings read from that root, or null for a new file
     */
    MappingNode write(MappingNode original, ProjectSettings baseline, ProjectSettings value) {
        ProjectSettings base = original == null ? null : baseline;
        MappingEdit edit = new MappingEdit(original)
                .putFirstIfMissing("formatVersion", YamlNodes.number(ProjectLayout.FORMAT_VERSION, null));
        edit.fields(value, base)
                .field("name", ProjectSettings::name, YamlNodes::text)
                .field("description", s -> s.description() == null || s.description().isEmpty() ? null : s.description(),
                        YamlNodes::text)
                .field("models", ProjectSettings::models, (models, previous) -> SequenceEdit.merge(previous, models,
                        SettingsYamlReader::quietModels, ModelRef::id, SettingsYamlWriter::model))
                .field("defaults", ProjectSettings::defaults,
                        (defaults, previous) -> defaults(defaults, base == null ? null : base.defaults(), previous))
                .field("defaultAssert", ProjectSettings::defaultAssert,
                        (asserts, previous) -> AssertionYaml.writeList(asserts, previous, "defaultAssert"))
                .field("judge", ProjectSettings::judge, YamlNodes::text)
                .field("target", ProjectSettings::target,
                        (target, previous) -> target(target, base == null ? null : base.target(), previous));
        // Not a plain field: unsetting the budget must keep other keys under budget.
        edit.putNode("budget", value.budgetUsd(), base == null ? null : base.budgetUsd(), SettingsYamlWriter::budget);
        return edit.build();
    }

    private static Node model(ModelRef value, ModelRef baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        ModelRef base = old == null ? null : baseline;
        return new MappingEdit(old).fields(value, base)
                .field("id", ModelRef::id, YamlNodes::text)
                .field("provider", ModelRef::provider, YamlNodes::text)
                .field("model", ModelRef::model, YamlNodes::text)
                .field("params", ModelRef::params,
                        (params, prev) -> ParamsYaml.write(params, base == null ? null : base.params(), prev))
                .build();
    }

    /** A new defaults mapping lists only what differs from the built-in defaults; null when nothing does. */
    private static Node defaults(RunDefaults value, RunDefaults baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        RunDefaults base = old == null ? RunDefaults.STANDARD : baseline;
        MappingEdit.Fields<RunDefaults> edit = new MappingEdit(old).fields(value, base)
                .field("repeats", RunDefaults::repeats, YamlNodes::number)
                .field("concurrency", RunDefaults::concurrency, YamlNodes::number)
                .field("timeoutSeconds", RunDefaults::timeoutSeconds, YamlNodes::number);
        return edit.isEmpty() ? null : edit.build();
    }

    private static Node target(Target value, Target baseline, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        return new MappingEdit(old).fields(value, old == null ? null : baseline)
                .field("metric", Target::metric, YamlNodes::text)
                .field("value", Target::value, YamlNodes::number)
                .build();
    }

    private static Node budget(BigDecimal value, Node previous) {
        MappingNode old = previous instanceof MappingNode m ? m : null;
        MappingEdit edit = new MappingEdit(old).set("maxUsdPerRun", value, YamlNodes::number);
        return edit.isEmpty() ? null : edit.build();
    }
}
