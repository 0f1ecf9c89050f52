package dev.promptsmith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class KillSurvivalTest {

    /** Enough commits that the kill lands in the middle of the writing loop, not before it starts. */
    private static final int COMMITS_BEFORE_KILL = 300;

    @TempDir
    Path project;

    @Test
    @Timeout(30)
    void everyCellReportedAsCommittedSurvivesAKilledProcess() throws Exception {
        Path errors = Files.createTempFile(project, "child", ".err");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                CellWriterProcess.class.getName(), project.toString())
                .redirectError(errors.toFile())
                .start();
        long runId;
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).as("child stderr: %s", Files.readString(errors)).startsWith("run ");
            runId = Long.parseLong(first.substring(4));
            String line;
            while (committed < COMMITS_BEFORE_KILL && (line = out.readLine()) != null) {
                committed = Integer.parseInt(line);
            }
            // The child goes on committing until the kill lands, mid-transaction as likely as not; the
            // cells past the last number read are a bonus, the numbers read are the promise.
            child.destroyForcibly();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("child stderr: %s", Files.readString(errors)).isGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);

        assertThat(integrityCheck(ResultsStore.fileOf(project))).isEqualTo("ok");
        try (ResultsStore store = ResultsStore.open(project);
             Stream<StoredCell> cells = store.cells(runId)) {
            Set<String> stored = cells.map(c -> c.key().testId()).collect(Collectors.toSet());
            List<String> reported = java.util.stream.IntStream.range(0, committed).mapToObj(i -> "t" + i).toList();
            System.out.printf("kill test: %d cells reported committed before the kill, %d stored after it%n",
                    committed, stored.size());
            assertThat(stored).containsAll(reported);
            assertThat(store.runs()).singleElement()
                    .satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.RUNNING));
        }
    }

    private static String integrityCheck(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            row.next();
            return row.getString(1);
        }
    }
}
