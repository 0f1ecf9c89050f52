package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.RecordKind;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Ids for records made in the table, as the importer makes them: the kind's prefix and the number after
 * the highest in use ({@code t-024} → {@code t-025}); a copy is named after its original ({@code t-003-copy}).
 */
final class NewIds {

    private final RecordKind<?> kind;
    private final Set<String> taken;
    private long next;

    NewIds(RecordKind<?> kind, Collection<String> taken) {
        this.kind = kind;
        this.taken = new HashSet<>(taken);
        String prefix = kind.idPrefix();
        long max = 0;
        for (String id : taken) {
            // By hand rather than with a regex: this runs over every id of the table on each add.
            int digits = id.length() - prefix.length();
            if (id.startsWith(prefix) && digits > 0 && digits <= 18
                    && id.chars().skip(prefix.length()).allMatch(c -> c >= '0' && c <= '9')) {
                max = Math.max(max, Long.parseLong(id.substring(prefix.length())));
            }
        }
        this.next = max + 1;
    }

    String next() {
        String id;
        do {
            String number = Long.toString(next++);
            id = kind.idPrefix() + "0".repeat(Math.max(0, kind.idDigits() - number.length())) + number;
        } while (!taken.add(id));
        return id;
    }

    String copyOf(String id) {
        String copy = id + "-copy";
        for (int n = 2; !taken.add(copy); n++) {
            copy = id + "-copy-" + n;
        }
        return copy;
    }
}
