package dev.promptsmith.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.TestCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite of 10,000 test cases loads, and an edit of one of them rewrites only that line. */
class LargeProjectTest {

    private static final int COUNT = 10_000;

    @TempDir
    Path dir;

    @Test
    void tenThousandTestCasesLoadAndOneEditKeepsTheOtherLines() {
        ProjectFixtures.minimal(dir, Map.of());
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < COUNT; i++) {
            jsonl.append("{\"id\": \"t-").append(i).append("\", \"vars\": {\"ticket\": \"Ticket number ").append(i)
                    .append("\", \"n\": ").append(i).append("}, \"expected\": \"billing\", \"assert\": [{\"type\": \"equals\","
                            + " \"value\": \"billing\"}], \"tags\": [\"bulk\"], \"x-source\": \"generated\"}\n");
        }
        ProjectFixtures.write(dir, "tests.jsonl", jsonl.toString());

        LoadedProject loaded = new ProjectLoader().load(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.project().tests()).hasSize(COUNT);
        assertThat(loaded.project().tests().get(COUNT - 1).vars()).containsEntry("n", COUNT - 1);

        List<TestCase> tests = new ArrayList<>(loaded.project().tests());
        TestCase first = tests.get(0);
        tests.set(0, new TestCase(first.id(), first.vars(), "bug", first.asserts(), first.tags(), first.split(), null));
        new ProjectSaver().save(dir, loaded.project().withTests(tests), loaded.snapshot());

        String[] before = jsonl.toString().split("\n");
        String[] after = ProjectFixtures.read(dir, "tests.jsonl").split("\n");
        assertThat(after).hasSize(COUNT);
        assertThat(after[0]).contains("\"expected\":\"bug\"").contains("\"x-source\":\"generated\"");
        assertThat(List.of(after).subList(1, COUNT)).isEqualTo(List.of(before).subList(1, COUNT));
    }
}
