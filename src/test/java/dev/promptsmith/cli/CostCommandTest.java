package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.project.ProjectLoader;
import dev.promptsmith.provider.Usage;
import dev.promptsmith.store.AssertionOutcome;
import dev.promptsmith.store.PromptVersions;
import dev.promptsmith.store.ResultsStore;
import dev.promptsmith.store.RunSpec;
import dev.promptsmith.store.RunStatus;
import dev.promptsmith.store.StoredCell;
import dev.promptsmith.store.StoredCellKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cost} on runs written straight into a project's results store. */
class CostCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("promptsmith.yaml"), """
                formatVersion: 1
                name: Shop
                models:
                  - id: mini
                    provider: openai
                    model: gpt-4o-mini
                target:
                  metric: passRate
                  value: 0.5
                """);
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/p.prompt.yaml"), "messages:\n  - role: user\n    content: \"Ticket: {{ ticket }}\"\n");
        Files.writeString(dir.resolve("tests.jsonl"), String.join("\n",
                "{\"id\":\"t1\",\"vars\":{\"ticket\":\"refund please\"},\"expected\":\"refund\"}",
                "{\"id\":\"t2\",\"vars\":{\"ticket\":\"app crash\"},\"expected\":\"technical\"}",
                ""));
    }

    /** A finished run of both tests on mini, each call using {@code input} prompt and {@code output} answer tokens. */
    private void storeRun(int input, int output) {
        PromptVariant prompt = new ProjectLoader().load(dir).project().prompts().get(0);
        try (ResultsStore store = ResultsStore.open(dir)) {
            long run = store.startRun(new RunSpec(List.of(prompt), List.of("mini"), List.of("t1", "t2"), 1, null));
            for (String test : List.of("t1", "t2")) {
                boolean pass = test.equals("t1");
                store.recordCell(run, new StoredCell(new StoredCellKey(test, PromptVersions.hash(prompt), "mini", 0),
                        pass ? "refund" : "billing", null, null, 400L, null, new Usage(input, output, 0, 0, 0, false),
                        BigDecimal.ZERO, true, pass, pass ? 1 : 0,
                        List.of(new AssertionOutcome("equals", pass, pass ? 1 : 0, pass ? "equal" : "differs")), null));
            }
            store.finishRun(run, RunStatus.FINISHED);
        }
    }

    private int cost(String... args) {
        CostCommand command = new CostCommand();
        command.configFolder = dir.resolve("no-config");
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void readsTheLatestRunAndPricesItAtListPricesAndTheGivenVolume() {
        storeRun(500, 50);
        storeRun(1000, 200);

        int code = cost(dir.toString(), "--calls", "1000");

        // Run 2, gpt-4o-mini 0.15 / 0.60: 1,000 × 0.15 + 200 × 0.60 = 270 per million = $0.00027 a call
        // (the cells were cache hits that recorded $0), $0.27 a month at 1,000 calls.
        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Cost report — Shop (run 2)")
                .containsPattern("mini\\s+2\\s+1,000\\s+200\\s+0\\s+0\\s+\\$0\\.00027\\s+\\$0\\.27")
                .contains("Monthly cost at 1,000 calls a month")
                .containsPattern("mini\\s+50% meets target\\s+\\$0\\.27 a month")
                .contains("Advice");
    }

    @Test
    void anEarlierRunCanBeChosen() {
        storeRun(500, 50);
        storeRun(1000, 200);

        assertThat(cost(dir.toString(), "--run", "1", "--calls", "1000", "--months", "6")).isEqualTo(Cli.OK);

        // Run 1: 500 × 0.15 + 50 × 0.60 = 75 + 30 = 105 per million → $0.000105 a call (shown to two significant
        // digits, $0.00011) and $0.105 per 1,000 calls.
        assertThat(out.toString()).contains("Cost report — Shop (run 1)").containsPattern("\\$0\\.00011\\s+\\$0\\.105")
                .contains("The best column, mini, is also the cheapest that meets the target.")
                .contains("over 6 months");
    }

    @Test
    void withoutRunsItSaysWhatToDoAndCreatesNothing() {
        int code = Cli.run(new String[] {"cost", dir.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("No runs yet in").contains("promptsmith eval");
        assertThat(Files.exists(ResultsStore.fileOf(dir))).isFalse();
    }

    @Test
    void badOptionsAndAMissingRunAreUsageErrors() {
        storeRun(1000, 200);

        assertThat(cost(dir.toString(), "--hit-rate", "2")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--hit-rate must be between 0 and 1");
        assertThat(cost(dir.toString(), "--run", "9")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("There is no run 9");
    }
}
