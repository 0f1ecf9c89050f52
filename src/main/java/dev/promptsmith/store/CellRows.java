package dev.promptsmith.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.promptsmith.provider.Usage;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** Maps {@link StoredCell} to and from a row of the {@code cells} table. */
final class CellRows {

    /** A cell recorded again (a retried or resumed cell) replaces the earlier one: the latest result wins. */
    static final String INSERT = "INSERT OR REPLACE INTO cells (run_id, test_id, prompt_hash, model_id, repeat_index,"
            + " output, error_kind, error_message, latency_ms, ttft_ms, input_tokens, output_tokens, cache_read_tokens,"
            + " cache_write_tokens, reasoning_tokens, usage_estimated, cost_usd, cache_hit, pass, score, assertions,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String COLUMNS = "test_id, prompt_hash, model_id, repeat_index, output, error_kind, error_message,"
            + " latency_ms, ttft_ms, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens,"
            + " reasoning_tokens, usage_estimated, cost_usd, cache_hit, pass, score, assertions, created_at";

    private static final TypeReference<List<AssertionOutcome>> OUTCOMES = new TypeReference<>() { };
    /** Resolved once: a run of 60,000 cells reads as many outcome lists. */
    private static final ObjectReader OUTCOMES_READER = CanonicalJson.MAPPER.readerFor(OUTCOMES);

    private CellRows() {
    }

    /** The assertion outcomes as stored: {@code [{type, pass, score, reason}]}. */
    static String assertionsJson(StoredCell cell) {
        try {
            return CanonicalJson.MAPPER.writeValueAsString(cell.assertions());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Assertion outcomes could not be written as JSON", e);
        }
    }

    static void bind(PreparedStatement insert, long runId, StoredCell cell, String assertionsJson) throws SQLException {
        StoredCellKey key = cell.key();
        Usage usage = cell.usage();
        int i = 1;
        insert.setLong(i++, runId);
        insert.setString(i++, key.testId());
        insert.setString(i++, key.promptHash());
        insert.setString(i++, key.modelId());
        insert.setInt(i++, key.repeat());
        insert.setString(i++, cell.output());
        insert.setString(i++, cell.errorKind());
        insert.setString(i++, cell.errorMessage());
        setNullableLong(insert, i++, cell.latencyMs());
        setNullableLong(insert, i++, cell.ttftMs());
        insert.setInt(i++, usage.inputTokens());
        insert.setInt(i++, usage.outputTokens());
        insert.setInt(i++, usage.cacheReadTokens());
        insert.setInt(i++, usage.cacheWriteTokens());
        insert.setInt(i++, usage.reasoningTokens());
        insert.setBoolean(i++, usage.estimated());
        insert.setString(i++, cell.costUsd() == null ? null : cell.costUsd().toPlainString());
        insert.setBoolean(i++, cell.cacheHit());
        insert.setBoolean(i++, cell.pass());
        insert.setDouble(i++, cell.score());
        insert.setString(i++, assertionsJson);
        insert.setLong(i, cell.createdAt().toEpochMilli());
    }

    /** Reads the row under the cursor, whose columns are {@link #COLUMNS} in order. */
    static StoredCell read(ResultSet row) throws SQLException {
        StoredCellKey key = new StoredCellKey(row.getString(1), row.getString(2), row.getString(3), row.getInt(4));
        Usage usage = new Usage(row.getInt(10), row.getInt(11), row.getInt(12), row.getInt(13), row.getInt(14),
                row.getBoolean(15));
        String cost = row.getString(16);
        return new StoredCell(key, row.getString(5), row.getString(6), row.getString(7), nullableLong(row, 8),
                nullableLong(row, 9), usage, cost == null ? null : new BigDecimal(cost), row.getBoolean(17),
                row.getBoolean(18), row.getDouble(19), outcomes(row.getString(20)),
                Instant.ofEpochMilli(row.getLong(21)));
    }

    private static List<AssertionOutcome> outcomes(String json) {
        try {
            return OUTCOMES_READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored assertion outcomes are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : value;
    }
}
