package dev.promptsmith.eval.metrics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link ScoredCell}s for tests: a passing, priced, 100 ms cell unless told otherwise. */
final class CellBuilder {

    private final String columnId;
    private final String testId;
    private int repeat;
    private boolean pass = true;
    private double score = 1;
    private boolean error;
    private long latencyMs = 100;
    private int inputTokens = 10;
    private int outputTokens = 5;
    private BigDecimal costUsd = new BigDecimal("0.001");
    private List<String> tags = List.of();
    private String split;
    private String output = "ok";
    private String expectedLabel;
    private String predictedLabel;
    private final Map<String, Boolean> assertions = new LinkedHashMap<>();

    private CellBuilder(String columnId, String testId) {
        this.columnId = columnId;
        this.testId = testId;
    }

    static CellBuilder cell(String columnId, String testId) {
        return new CellBuilder(columnId, testId);
    }

    /** A passing cell with score 1. */
    static ScoredCell passing(String columnId, String testId) {
        return cell(columnId, testId).build();
    }

    /** A failing cell with score 0. */
    static ScoredCell failing(String columnId, String testId) {
        return cell(columnId, testId).fail().build();
    }

    CellBuilder repeat(int repeat) {
        this.repeat = repeat;
        return this;
    }

    CellBuilder pass(boolean pass) {
        this.pass = pass;
        return this;
    }

    CellBuilder fail() {
        this.pass = false;
        this.score = 0;
        return this;
    }

    CellBuilder score(double score) {
        this.score = score;
        return this;
    }

    CellBuilder error() {
        this.error = true;
        return this;
    }

    CellBuilder latency(long ms) {
        this.latencyMs = ms;
        return this;
    }

    CellBuilder tokens(int in, int out) {
        this.inputTokens = in;
        this.outputTokens = out;
        return this;
    }

    /** The cell's cost in USD, or null for an unpriced model. */
    CellBuilder cost(String usd) {
        this.costUsd = usd == null ? null : new BigDecimal(usd);
        return this;
    }

    CellBuilder tags(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    CellBuilder split(String split) {
        this.split = split;
        return this;
    }

    CellBuilder output(String output) {
        this.output = output;
        return this;
    }

    CellBuilder labels(String expected, String predicted) {
        this.expectedLabel = expected;
        this.predictedLabel = predicted;
        return this;
    }

    CellBuilder assertion(String type, boolean passed) {
        assertions.put(type, passed);
        return this;
    }

    ScoredCell build() {
        return new ScoredCell(testId, columnId, repeat, pass, score, error, latencyMs, inputTokens, outputTokens,
                costUsd, tags, split, output, expectedLabel, predictedLabel, assertions);
    }
}
