package dev.promptsmith.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelParams;
import dev.promptsmith.model.PromptVariant;
import dev.promptsmith.provider.ChatRequest;
import dev.promptsmith.provider.ChatResponse;
import dev.promptsmith.provider.Usage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's results and cache committed by one shared writer thread. */
class CommitThreadTest {

    @TempDir
    Path project;

    private static long writers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("promptsmith-store-writer")).count();
    }

    @Test
    void twoStoresShareOneWriterThatEndsWithTheLastOfThem() throws Exception {
        long before = writers();
        CommitThread commits = new CommitThread();
        ResultsStore store = ResultsStore.open(project, commits);
        ResponseCache cache = ResponseCache.open(project, commits);
        PromptVariant prompt = StoreFixtures.prompt("triage");
        String hash = store.savePromptVersion(prompt);
        long run = store.startRun(StoreFixtures.spec(prompt, List.of("t1", "t2"), 1));
        String key = CacheKeys.of("openai", new ChatRequest("m", List.of(ChatMessage.user("hi")), ModelParams.NONE), 0);
        ChatResponse answer = new ChatResponse("billing", new Usage(8, 1, 0, 0, 0, false), "stop",
                Duration.ofMillis(50), Duration.ofMillis(10), null);

        store.recordCell(run, StoreFixtures.passing(new StoredCellKey("t1", hash, "m", 0)));
        cache.put(key, answer);
        store.recordCell(run, StoreFixtures.passing(new StoredCellKey("t2", hash, "m", 0)));
        store.flush();
        cache.flush();

        assertThat(writers() - before).isEqualTo(1);
        assertThat(cache.get(key)).contains(answer);
        try (Stream<StoredCell> cells = store.cells(run)) {
            assertThat(cells.map(c -> c.key().testId())).containsExactlyInAnyOrder("t1", "t2");
        }

        store.close();
        cache.put(key + "2", answer); // the cache still writes after the store has left
        cache.flush();
        assertThat(cache.get(key + "2")).contains(answer);
        assertThat(writers() - before).isEqualTo(1);

        cache.close();
        assertThat(writers()).isEqualTo(before);
    }
}
