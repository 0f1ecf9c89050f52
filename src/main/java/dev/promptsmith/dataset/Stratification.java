package dev.promptsmith.dataset;

import dev.promptsmith.model.TestCase;
import java.util.Optional;

/**
 * How test cases are grouped before a split, so each group keeps its share in both parts.
 *
 * @param tag the tag whose presence makes the two groups, for {@link By#TAG}; else null
 */
public record Stratification(By by, String tag) {

    /** What the groups are. */
    public enum By {
        /** The expected output when it is text (a classification label); other cases form one group. */
        LABEL,
        /** Cases with a tag, and cases without it. */
        TAG
    }

    static final String NO_LABEL = "(no label)";

    public static Stratification byLabel() {
        return new Stratification(By.LABEL, null);
    }

    public static Stratification byTag(String tag) {
        return new Stratification(By.TAG, tag);
    }

    /** Reads {@code label} or {@code tag:NAME}, as the command line writes it. */
    public static Optional<Stratification> parse(String text) {
        if (text.equals("label")) {
            return Optional.of(byLabel());
        }
        if (text.startsWith("tag:") && !text.substring(4).isBlank()) {
            return Optional.of(byTag(text.substring(4).strip()));
        }
        return Optional.empty();
    }

    /** The group of a test case. */
    public String stratum(TestCase test) {
        return switch (by) {
            case LABEL -> test.expected() instanceof String label ? label : NO_LABEL;
            case TAG -> test.tags().contains(tag) ? tag : "(without " + tag + ")";
        };
    }
}
