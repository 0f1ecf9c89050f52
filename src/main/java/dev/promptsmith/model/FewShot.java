package dev.promptsmith.model;

import java.util.List;

/**
 * How a prompt variant uses the project's few-shot examples. Whatever the mode, the chosen
 * examples are also available to Jinja templates as the {@code examples} variable.
 *
 * @param mode {@link FewShotMode#TURNS} injects each example as a user/assistant pair
 * @param limit at most this many examples (the first ones in file order); null for all
 * @param ids only these examples, in this order; empty for all
 * @param select with a limit: {@link FewShotSelect#SIMILAR} for the ones most similar to the test
 *               case's input; null (what {@code FIRST} is kept as) for the first ones. Null keeps the
 *               stored hashes of prompt versions made before selection by similarity existed.
 */
public record FewShot(FewShotMode mode, Integer limit, List<String> ids, FewShotSelect select) {

    public static final FewShot NONE = new FewShot(FewShotMode.NONE, null, List.of());

    public FewShot {
        ids = ids == null ? List.of() : List.copyOf(ids);
        if (mode == null) {
            mode = FewShotMode.NONE;
        }
        if (select == FewShotSelect.FIRST) {
            select = null;
        }
    }

    /** The first examples, as files without {@code select} mean. */
    public FewShot(FewShotMode mode, Integer limit, List<String> ids) {
        this(mode, limit, ids, null);
    }

    /** Whether the examples are chosen by similarity to each test case. */
    public boolean bySimilarity() {
        return select == FewShotSelect.SIMILAR;
    }
}
