package dev.promptsmith.template;

import java.time.Duration;

/**
 * Bounds on one template render, so a hostile or mistaken template cannot hang or exhaust the app.
 *
 * @param maxOutputChars the rendered text of one part may not be longer
 * @param maxSteps rendered template nodes per part (each loop iteration renders its body's nodes)
 * @param timeout wall-clock time per part
 * @param maxRangeSize {@code range()} yields at most this many numbers (Jinjava truncates silently)
 * @param maxCollectionSize lists and maps built by the template may not grow larger
 * @param maxMacroDepth nesting depth of (recursive) macro calls
 */
public record RenderLimits(
        long maxOutputChars,
        long maxSteps,
        Duration timeout,
        int maxRangeSize,
        int maxCollectionSize,
        int maxMacroDepth) {

    /** About a million tokens of output, far beyond any context window; everything else generous but finite. */
    public static final RenderLimits DEFAULT =
            new RenderLimits(4_000_000, 1_000_000, Duration.ofSeconds(2), 10_000, 100_000, 50);
}
