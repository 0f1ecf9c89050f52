package dev.promptsmith.ui.examples;

import dev.promptsmith.dataset.RecordKind;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Pattern numbered = Pattern.compile(Pattern.quote(kind.idPrefix()) + "(\\d{1,18})");
        long max = 0;
        for (String id : taken) {
            Matcher m = numbered.matcher(id);
            if (m.matches()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
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
