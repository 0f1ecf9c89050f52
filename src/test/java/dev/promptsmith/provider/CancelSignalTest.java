package dev.promptsmith.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancelSignalTest {

    @Test
    void hooksRunOnCancelUnlessRemoved() {
        CancelSignal signal = new CancelSignal();
        AtomicInteger fired = new AtomicInteger();
        CancelSignal.Registration kept = signal.onCancel(fired::incrementAndGet);
        try (CancelSignal.Registration removed = signal.onCancel(() -> fired.addAndGet(100))) {
            assertThat(fired).hasValue(0);
        }

        signal.cancel();

        assertThat(fired).hasValue(1);
        kept.close();
    }

    @Test
    void aHookAddedAfterCancelRunsAtOnce() {
        CancelSignal signal = new CancelSignal();
        signal.cancel();
        AtomicInteger fired = new AtomicInteger();
        signal.onCancel(fired::incrementAndGet).close();
        assertThat(fired).hasValue(1);
    }
}
