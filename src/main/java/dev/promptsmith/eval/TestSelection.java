package dev.promptsmith.eval;

import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import java.util.List;
import java.util.Set;

/**
 * Which test cases a run uses: by id, by tag (any of them), by split. Empty sets mean "no filter";
 * a null split means every split. Held-out cases are left out unless asked for, so everyday runs
 * never tune against the cases kept for the final comparison.
 */
public record TestSelection(Set<String> ids, Set<String> tags, Split split) {

    /** The everyday selection: every dev case. */
    public static final TestSelection DEV = new TestSelection(Set.of(), Set.of(), Split.DEV);
    /** Every case of every split. */
    public static final TestSelection ALL = new TestSelection(Set.of(), Set.of(), null);

    public TestSelection {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public List<TestCase> apply(List<TestCase> tests) {
        return tests.stream().filter(this::accepts).toList();
    }

    public boolean accepts(TestCase test) {
        if (!ids.isEmpty() && !ids.contains(test.id())) {
            return false;
        }
        if (!tags.isEmpty() && test.tags().stream().noneMatch(tags::contains)) {
            return false;
        }
        // Naming cases by id picks them whatever their split.
        return split == null || !ids.isEmpty() || test.split() == split;
    }
}
