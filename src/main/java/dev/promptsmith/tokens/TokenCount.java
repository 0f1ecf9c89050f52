package dev.promptsmith.tokens;

import java.util.Locale;

/**
 * A number of tokens and how it was obtained.
 *
 * @param exact true when counted with the model's own tokenizer; false for a heuristic estimate
 * @param method the encoding used (e.g. {@code o200k_base}) or a description of the estimate
 */
public record TokenCount(int tokens, boolean exact, String method) {

    /** {@code 1,234} when exact, {@code ≈1,234} when estimated; grouping is the same in every locale. */
    public String display() {
        String number = String.format(Locale.ROOT, "%,d", tokens);
        return exact ? number : "≈" + number;
    }
}
