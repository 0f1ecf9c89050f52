package dev.promptsmith.compare.grid;

import static dev.promptsmith.compare.grid.GridFixtures.cell;
import static dev.promptsmith.compare.grid.GridFixtures.error;
import static dev.promptsmith.compare.grid.GridFixtures.fail;
import static dev.promptsmith.compare.grid.GridFixtures.pass;
import static dev.promptsmith.compare.grid.GridFixtures.row;
import static dev.promptsmith.compare.grid.GridFixtures.test;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.model.Split;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridExportTest {

    @TempDir
    Path dir;

    private final ComparisonGrid grid = new ComparisonGrid(List.of("gpt", "claude"), List.of(
            row(test("t1", Map.of(), "billing", Split.DEV), "gpt", cell(pass(0, "billing")), "claude", cell(pass(0, "billing"))),
            row(test("t2", Map.of(), "bug", Split.DEV), "claude", cell(fail(0, "feature, maybe", 0.25)),
                    "gpt", cell(pass(0, "bug"), error(1)))));

    private final ComparisonGrid failuresOnly = grid.withRows(RowFilter.apply(grid.rows(), RowFilter.failuresOnly()));

    @Test
    void csvHasOneLinePerCallOfTheRowsShownInGridColumnOrder() throws Exception {
        Path file = dir.resolve("failures.csv");

        GridExportResult result = GridExport.write("triage", 7, failuresOnly, file);

        assertThat(result).isEqualTo(new GridExportResult(file, 1, 3, null));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "test,column,prompt,model,repeat,pass,score,error,output,latencyMs,inputTokens,outputTokens,cacheHit,reasons\r\n"
                + "t2,gpt,triage,gpt,0,true,1.0,,bug,100,10,5,false,\r\n"
                + "t2,gpt,triage,gpt,1,false,0.0,Too many requests,,40,0,0,false,Too many requests\r\n"
                + "t2,claude,triage,gpt,0,false,0.25,,\"feature, maybe\",100,10,5,false,Output does not contain 'billing'\r\n");
    }

    @Test
    void jsonSummariesAreComputedOverTheRowsShownOnly() throws Exception {
        Path file = dir.resolve("failures.json");

        GridExport.write("triage", 7, failuresOnly, file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("project").asText()).isEqualTo("triage");
        assertThat(json.get("runId").asLong()).isEqualTo(7);
        // One case per column is shown: gpt passed 1 of 2 repeats (no majority), claude failed.
        assertThat(json.get("columns")).hasSize(2);
        assertThat(json.get("columns").findValuesAsText("columnId")).containsExactly("gpt", "claude");
        assertThat(json.get("columns").get(0).get("cases").asInt()).isEqualTo(1);
        assertThat(json.get("columns").get(0).get("passedCases").asInt()).isZero();
        assertThat(json.get("columns").get(0).get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("columns").get(1).get("meanScore").get("value").asDouble()).isEqualTo(0.25);
        assertThat(json.get("cells")).hasSize(3);
    }

    @Test
    void htmlShowsTheRowsOnScreenAndNoOthers() throws Exception {
        Path file = dir.resolve("grid.html");

        GridExport.write("triage", 7, failuresOnly, file);

        String html = Files.readString(file);
        assertThat(html).contains("<td>t2</td>").doesNotContain("<td>t1</td>").contains("feature, maybe");
    }

    @Test
    void anUnknownFormatIsRefusedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("grid.txt");

        GridExportResult result = GridExport.write("triage", 7, grid, file);

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).isEqualTo("Unknown report format for grid.txt; use .json, .jsonl, .csv, .html, .xml (JUnit).");
        assertThat(file).doesNotExist();
    }
}
