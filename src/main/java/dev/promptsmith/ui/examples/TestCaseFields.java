package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.RecordKind;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Map;

/** Test cases as table records: vars, expected output, tags, split and note; assertions pass through untouched. */
final class TestCaseFields implements RecordFields<TestCase> {

    @Override
    public RecordKind<TestCase> kind() {
        return RecordKind.tests();
    }

    @Override
    public String id(TestCase value) {
        return value.id();
    }

    @Override
    public Map<String, Object> vars(TestCase value) {
        return value.vars();
    }

    @Override
    public Object outcome(TestCase value) {
        return value.expected();
    }

    @Override
    public List<String> tags(TestCase value) {
        return value.tags();
    }

    @Override
    public String note(TestCase value) {
        return value.note();
    }

    @Override
    public boolean hasSplit() {
        return true;
    }

    @Override
    public Split split(TestCase value) {
        return value.split();
    }

    @Override
    public String outcomeLabel() {
        return "Expected";
    }

    @Override
    public boolean outcomeIsText() {
        return false;
    }

    @Override
    public TestCase build(TestCase original, String id, Map<String, Object> vars, Object outcome, List<String> tags,
                          Split split, String note) {
        return new TestCase(id, vars, outcome, original == null ? List.of() : original.asserts(), tags, split, note);
    }

    @Override
    public TestCase blank(String id) {
        return new TestCase(id, Map.of(), null, List.of(), List.of(), Split.DEV, null);
    }

    @Override
    public String untouchedFields(TestCase value) {
        int n = value.asserts().size();
        if (n == 0) {
            return "";
        }
        return n + (n == 1 ? " assertion (" : " assertions (") + String.join(", ",
                value.asserts().stream().map(a -> a.type()).distinct().toList()) + "), kept as they are";
    }
}
