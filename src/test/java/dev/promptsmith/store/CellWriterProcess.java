package dev.promptsmith.store;

import static dev.promptsmith.store.StoreFixtures.passing;
import static dev.promptsmith.store.StoreFixtures.prompt;
import static dev.promptsmith.store.StoreFixtures.spec;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of {@link KillSurvivalTest}: records cells as fast as it can, a few at a time as a
 * run's lanes do, and prints the count each time a flush has confirmed them committed, until it is killed.
 */
final class CellWriterProcess {

    private CellWriterProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        ResultsStore store = ResultsStore.open(Path.of(args[0]));
        String hash = PromptVersions.hash(prompt("triage"));
        long runId = store.startRun(spec(prompt("triage"), List.of(), 1));
        out.println("run " + runId);
        for (int i = 0; ; i++) {
            store.recordCell(runId, passing(new StoredCellKey("t" + i, hash, "gpt", 0)));
            if (i % 4 == 3) {
                // Printed only after the flush returned: every number the parent reads is a promise.
                store.flush();
                out.println(i + 1);
                out.flush();
            }
        }
    }
}
