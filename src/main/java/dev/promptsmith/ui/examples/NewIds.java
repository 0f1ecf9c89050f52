package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.RecordKind;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ids for records made in the table, as the importer makes them: the kind's prefix and the number after
 * the highest in use ({@code t-024} → {@code t-025}); a copy is named after its original ({@code t-003-copy}).
 */
final class NewIds {

    private final RecordKind<?> kind;
    private final Predicate<String> taken;
    private final Set<String> made = new HashSet<>();
    private long next;

    /**
     * @param ids every id in use, read once for the highest number
     * @param taken whether an id is in use; asked only for copies, since a number above the highest is free
     */
    NewIds(RecordKind<?> kind, Iterable<String> ids, Predicate<String> taken) {
        this.kind = kind;
        this.taken = taken;
        String prefix = kind.idPrefix();
        long max = 0;
        for (String id : ids) {
            if (id.startsWith(prefix) && isNumber(id, prefix.length())) {
                max = Math.max(max, Long.parseLong(id, prefix.length(), id.length(), 10));
            }
        }
        this.next = max + 1;
    }

    String next() {
        String id;
        do {
            String number = Long.toString(next++);
            id = kind.idPrefix() + "0".repeat(Math.max(0, kind.idDigits() - number.length())) + number;
        } while (!made.add(id));
        return id;
    }

    String copyOf(String id) {
        String copy = id + "-copy";
        for (int n = 2; taken.test(copy) || !made.add(copy); n++) {
            copy = id + "-copy-" + n;
        }
        return copy;
    }

    /** Digits only, at most 18 of them, from {@code start} to the end; by hand, as it runs over every id on each add. */
    private static boolean isNumber(String id, int start) {
        int digits = id.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
