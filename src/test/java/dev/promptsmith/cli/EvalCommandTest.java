package dev.promptsmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} end to end on the offline echo model: scores, reports, exit codes. */
class EvalCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("promptsmith.yaml"), """
                formatVersion: 1
                name: Echo suite
                models:
                  - id: echo
                    provider: echo
                    model: echo
                target:
                  metric: passRate
                  value: 0.5
                """);
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/p.prompt.yaml"), "messages:\n  - role: user\n    content: \"Ticket: {{ ticket }}\"\n");
        // echo answers with the request, so "contains" the ticket passes and "refund" only where it is asked.
        Files.writeString(dir.resolve("tests.jsonl"), String.join("\n",
                "{\"id\":\"t1\",\"vars\":{\"ticket\":\"refund please\"},\"assert\":[{\"type\":\"icontains\",\"value\":\"refund\"}],\"tags\":[\"refund\"]}",
                "{\"id\":\"t2\",\"vars\":{\"ticket\":\"app crash\"},\"assert\":[{\"type\":\"icontains\",\"value\":\"refund\"}]}",
                "{\"id\":\"t3\",\"vars\":{\"ticket\":\"refund now\"},\"assert\":[{\"type\":\"contains\",\"value\":\"Ticket:\"}],\"split\":\"heldout\"}",
                ""));
    }

    @Test
    void scoresTheDevSplitAndMeetsTheProjectTarget() {
        int code = run("eval", dir.toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Echo suite — run 1").containsPattern("echo\\s+50%")
                .contains("Target met: pass rate ≥ 0.50 in every column.");
        assertThat(Files.exists(dir.resolve(".promptsmith/results.db"))).isTrue();
    }

    @Test
    void failUnderMakesTheExitCodeOne() {
        assertThat(run("eval", dir.toString(), "--fail-under", "0.9")).isEqualTo(Cli.NOT_MET);
        assertThat(out.toString()).contains("Target NOT met: pass rate ≥ 0.90 is reached by 0 of 1 columns.");
    }

    @Test
    void splitsTagsAndIdsChooseTheCases() throws Exception {
        Path report = dir.resolve("r.jsonl");
        assertThat(run("eval", dir.toString(), "--split", "all", "--tag", "refund", "-o", report.toString())).isEqualTo(Cli.OK);
        assertThat(Files.readAllLines(report)).hasSize(1).allMatch(l -> l.contains("\"test\":\"t1\""));

        assertThat(run("eval", dir.toString(), "--id", "t3", "-o", report.toString())).isEqualTo(Cli.OK);
        assertThat(Files.readAllLines(report)).hasSize(1).allMatch(l -> l.contains("\"test\":\"t3\""));
    }

    @Test
    void writesEveryReportFormat() throws Exception {
        for (String name : new String[] {"r.json", "r.csv", "r.html", "r.xml"}) {
            assertThat(run("eval", dir.toString(), "--repeats", "2", "-o", dir.resolve(name).toString())).isEqualTo(Cli.OK);
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
        assertThat(json.get("cells")).hasSize(4);
        assertThat(json.get("columns").get(0).get("columnId").asText()).isEqualTo("echo");
        assertThat(Files.readAllLines(dir.resolve("r.csv")).get(0)).startsWith("test,column,prompt,model,repeat,pass,score");
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<h1>Echo suite").contains("fail: Output does not contain");
        assertThat(Files.readString(dir.resolve("r.xml"))).contains("<testsuite name=\"echo\" tests=\"4\" failures=\"2\" errors=\"0\">")
                .contains("<testcase name=\"t2 #2\"");
    }

    @Test
    void resumeFinishesARunWithOnlyTheMissingCells() throws Exception {
        assertThat(run("eval", dir.toString(), "--id", "t1", "--no-cache")).isEqualTo(Cli.OK);
        Path report = dir.resolve("resumed.jsonl");

        int code = run("eval", dir.toString(), "--resume", "1", "--no-cache", "-o", report.toString());

        assertThat(code).isEqualTo(Cli.OK);
        // The report covers the whole run: the cell from the first pass and the two added now.
        assertThat(Files.readAllLines(report)).hasSize(2)
                .anyMatch(l -> l.contains("\"test\":\"t1\"")).anyMatch(l -> l.contains("\"test\":\"t2\""));
        assertThat(out.toString()).contains("Echo suite — run 1");
    }

    @Test
    void withTwoColumnsTheBestIsComparedWithTheRunnerUpCaseByCase() throws Exception {
        Files.writeString(dir.resolve("prompts/q.prompt.yaml"), "messages:\n  - role: user\n    content: \"Refund? {{ ticket }}\"\n");

        assertThat(run("eval", dir.toString())).isEqualTo(Cli.OK);

        // q's request always contains "Refund", so it passes t2 too: B wins 1 case and loses none.
        assertThat(out.toString()).contains("Best against runner-up (A = p × echo, B = q × echo): ")
                .contains("q × echo beats p × echo on 1 case and loses 0; p = 1.0 (McNemar exact): no significant difference.");
    }

    @Test
    void estimatePrintsThePlanAndItsCostAndRunsNothing() {
        assertThat(run("eval", dir.toString(), "--estimate")).isEqualTo(Cli.OK);

        assertThat(err.toString()).contains("Plan: 2 calls").contains("estimated cost $0.00 – $0.00 (expected $0.00)");
        assertThat(Files.exists(dir.resolve(".promptsmith/results.db"))).isFalse();
    }

    @Test
    void aBudgetThatCannotBeKeptStopsTheRunBeforeAnyCallWithErrorExitCode() throws Exception {
        // A local model has no price, so a budget cannot be kept for it: the run stops at its first call,
        // before anything is sent (no server listens here, and none is needed).
        Files.writeString(dir.resolve("promptsmith.yaml"), Files.readString(dir.resolve("promptsmith.yaml"))
                .replace("models:\n", "models:\n  - id: local\n    provider: ollama\n    model: llama3.2\n"));

        int code = run("eval", dir.toString(), "-m", "local", "--budget", "0.50");

        assertThat(code).isEqualTo(Cli.ERROR);
        assertThat(err.toString()).contains("No price for local")
                .contains("Stopped: model local (ollama/llama3.2) has no price, so the budget of $0.50 cannot be kept")
                .contains("results are incomplete");
    }

    @Test
    void classificationColumnsGetAccuracyPerLabelScoresAndAConfusionMatrix() throws Exception {
        Files.writeString(dir.resolve("tests.jsonl"), String.join("\n",
                "{\"id\":\"t1\",\"vars\":{\"ticket\":\"refund\"},\"expected\":\"refund\",\"assert\":[{\"type\":\"label\"}]}",
                "{\"id\":\"t2\",\"vars\":{\"ticket\":\"billing\"},\"expected\":\"refund\",\"assert\":[{\"type\":\"label\"}]}",
                ""));
        // echo answers "[user]" and the ticket on the next line; the prompt takes the last line as the label.
        Files.writeString(dir.resolve("prompts/p.prompt.yaml"), "messages:\n  - role: user\n    content: \"{{ ticket }}\"\n"
                + "output:\n  format: text\n  extract:\n    type: last-line\n");

        run("eval", dir.toString());

        // echo answers with the ticket itself: t1 predicts "refund" (right), t2 predicts "billing" (wrong).
        assertThat(out.toString()).contains("echo — accuracy 50% (1 of 2), macro-F1 0.33")
                .containsPattern("refund\\s+1\\.00\\s+0\\.50\\s+0\\.67\\s+2")
                .containsPattern("expected \\\\ got\\s+billing\\s+refund");
    }

    @Test
    void badChoicesAreUsageErrors() {
        assertThat(run("eval", dir.toString(), "--split", "test")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--split must be dev, heldout or all");
        assertThat(run("eval", dir.toString(), "-m", "gpt")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("No model 'gpt' in the project; it has: echo");
        assertThat(run("eval", dir.toString(), "-o", "r.pdf")).isEqualTo(Cli.USAGE);
        assertThat(run("eval", dir.toString(), "--budget", "lots")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--budget must be an amount of US dollars >= 0 or 'none', not 'lots'");
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
