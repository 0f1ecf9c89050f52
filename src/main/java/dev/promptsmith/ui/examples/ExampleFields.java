package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.RecordKind;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.ui.common.ValueText;
import java.util.List;
import java.util.Map;

/** Few-shot examples as table records: vars, output text, tags and note; no split. */
final class ExampleFields implements RecordFields<Example> {

    @Override
    public RecordKind<Example> kind() {
        return RecordKind.examples();
    }

    @Override
    public String id(Example value) {
        return value.id();
    }

    @Override
    public Map<String, Object> vars(Example value) {
        return value.vars();
    }

    @Override
    public Object outcome(Example value) {
        return value.output();
    }

    @Override
    public List<String> tags(Example value) {
        return value.tags();
    }

    @Override
    public String note(Example value) {
        return value.note();
    }

    @Override
    public boolean hasSplit() {
        return false;
    }

    @Override
    public Split split(Example value) {
        return Split.DEV;
    }

    @Override
    public String outcomeLabel() {
        return "Output";
    }

    @Override
    public boolean outcomeIsText() {
        return true;
    }

    @Override
    public Example build(Example original, String id, Map<String, Object> vars, Object outcome, List<String> tags,
                         Split split, String note) {
        return new Example(id, vars, outcome == null ? null : ValueText.of(outcome), tags, note);
    }

    @Override
    public Example blank(String id) {
        return new Example(id, Map.of(), null, List.of(), null);
    }
}
