package dev.promptsmith.store;

import java.util.List;

/**
 * The tables of {@code results.db}. Times are epoch milliseconds; money is TEXT holding a
 * {@code BigDecimal} so no cent is lost to binary floating point, NULL meaning unknown.
 */
final class ResultsSchema {

    static final List<Migration> MIGRATIONS = List.of(Migration.of(1,
            """
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY,
              started_at INTEGER NOT NULL,
              finished_at INTEGER,
              status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'cancelled', 'failed')),
              plan TEXT NOT NULL
            )""",
            """
            CREATE TABLE prompt_versions (
              hash TEXT PRIMARY KEY,
              json TEXT NOT NULL,
              created_at INTEGER NOT NULL
            )""",
            """
            CREATE TABLE cells (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
              test_id TEXT NOT NULL,
              prompt_hash TEXT NOT NULL REFERENCES prompt_versions (hash),
              model_id TEXT NOT NULL,
              repeat_index INTEGER NOT NULL,
              output TEXT,
              error_kind TEXT,
              error_message TEXT,
              latency_ms INTEGER,
              ttft_ms INTEGER,
              input_tokens INTEGER NOT NULL,
              output_tokens INTEGER NOT NULL,
              cache_read_tokens INTEGER NOT NULL,
              cache_write_tokens INTEGER NOT NULL,
              reasoning_tokens INTEGER NOT NULL,
              usage_estimated INTEGER NOT NULL,
              cost_usd TEXT,
              cache_hit INTEGER NOT NULL,
              pass INTEGER NOT NULL,
              score REAL NOT NULL,
              assertions TEXT NOT NULL,
              created_at INTEGER NOT NULL,
              UNIQUE (run_id, test_id, prompt_hash, model_id, repeat_index)
            )"""),
            // Reviews belong to an output, not to a run: the same answer met again (a cache hit, a
            // re-run) keeps the verdict a person already gave it.
            Migration.of(2,
            """
            CREATE TABLE reviews (
              test_id TEXT NOT NULL,
              prompt_hash TEXT NOT NULL,
              model_id TEXT NOT NULL,
              output_hash TEXT NOT NULL,
              output TEXT NOT NULL,
              thumbs_up INTEGER,
              score REAL,
              comment TEXT NOT NULL,
              updated_at INTEGER NOT NULL,
              PRIMARY KEY (test_id, prompt_hash, model_id, output_hash)
            )"""));

    private ResultsSchema() {
    }
}
