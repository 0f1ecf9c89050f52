package dev.promptsmith.ui.examples;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.model.Assertion;
import dev.promptsmith.model.Example;
import dev.promptsmith.model.Split;
import dev.promptsmith.model.TestCase;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** Records and collaborators shared by the example manager's tests. */
final class Records {

    /** One set of engine services for every test: it only builds parsers and exporters. */
    static final DatasetServices DATA = new DatasetServices(AssertionRegistry.standard());

    /** Background work and its hand-back both run at once, on the caller's thread. */
    static final BackgroundTasks INLINE = new BackgroundTasks(Runnable::run, Runnable::run);

    private Records() {
    }

    static TestCase test(String id, String ticket, Object expected, Split split, String... tags) {
        return new TestCase(id, Map.of("ticket", ticket), expected, List.of(new Assertion("equals", expected, null, null)),
                List.of(tags), split, null);
    }

    static Example example(String id, String ticket, String output, String... tags) {
        return new Example(id, Map.of("ticket", ticket), output, List.of(tags), null);
    }

    /** Five support tickets: three billing (one edge case, one held out), two account. */
    static List<TestCase> tickets() {
        return List.of(
                test("t-001", "Refund my last invoice", "billing", Split.DEV, "money"),
                test("t-002", "Password reset never arrives", "account", Split.DEV, "login"),
                test("t-003", "Charged twice this month", "billing", Split.HELDOUT, "money", "edge"),
                test("t-004", "Cannot log in after update", "account", Split.DEV, "login"),
                test("t-005", "Invoice shows the wrong VAT", "billing", Split.DEV, "money"));
    }

    /** An executor that keeps its tasks until the test runs them, in any order. */
    static final class Queued implements Executor {

        final List<Runnable> tasks = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove(0).run();
            }
        }
    }
}
