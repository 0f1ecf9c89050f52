package dev.promptsmith.eval.assertion;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Patterns compiled once per check instead of once per output: a run scores thousands of outputs
 * against the same few regexes. Bounded, since patterns come from user data; when full it starts
 * over, which costs only recompiling.
 */
final class CompiledPatterns {

    private static final int MAX_PATTERNS = 256;

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    /** The compiled {@code regex}; throws {@link java.util.regex.PatternSyntaxException} when it is invalid. */
    Pattern get(String regex) {
        Pattern pattern = patterns.get(regex);
        if (pattern == null) {
            pattern = Pattern.compile(regex);
            if (patterns.size() >= MAX_PATTERNS) {
                patterns.clear();
            }
            patterns.put(regex, pattern);
        }
        return pattern;
    }
}
