package dev.promptsmith.store;

import java.util.List;

/** The tables of {@code cache.db}: successful responses by {@link CacheKeys cache key}. */
final class CacheSchema {

    static final List<Migration> MIGRATIONS = List.of(Migration.of(1,
            """
            CREATE TABLE responses (
              key TEXT PRIMARY KEY,
              text TEXT NOT NULL,
              finish_reason TEXT,
              latency_ms INTEGER,
              ttft_ms INTEGER,
              input_tokens INTEGER NOT NULL,
              output_tokens INTEGER NOT NULL,
              cache_read_tokens INTEGER NOT NULL,
              cache_write_tokens INTEGER NOT NULL,
              reasoning_tokens INTEGER NOT NULL,
              usage_estimated INTEGER NOT NULL,
              created_at INTEGER NOT NULL
            )"""));

    private CacheSchema() {
    }
}
