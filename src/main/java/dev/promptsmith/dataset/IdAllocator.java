package dev.promptsmith.dataset;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes ids for records that come without one: the kind's prefix and the next number after the highest
 * already used with that prefix ({@code t-024} → {@code t-025}), so new records sort after old ones,
 * skipping anything taken.
 */
final class IdAllocator {

    private final String prefix;
    private final int digits;
    private final Set<String> taken;
    private long next;

    IdAllocator(String prefix, int digits, Set<String> taken) {
        this.prefix = prefix;
        this.digits = digits;
        this.taken = new HashSet<>(taken);
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,18})");
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
            id = prefix + pad(next++);
        } while (!taken.add(id));
        return id;
    }

    private String pad(long number) {
        String text = Long.toString(number);
        return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
    }
}
