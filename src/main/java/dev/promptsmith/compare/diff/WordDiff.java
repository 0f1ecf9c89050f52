package dev.promptsmith.compare.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-level diff of two texts (left = before or column A, right = after or column B): Myers'
 * algorithm ({@link MyersDiff}) on {@link WordTokens}.
 */
public final class WordDiff {

    /**
     * Rounds of the middle-snake search before it settles for the furthest-reaching split. Measured
     * on 10 KB outputs (4,000 tokens each): two unrelated ones take about 3 ms instead of 100 and
     * mark 7% more tokens than the fewest possible; with one word in ten edited, under 1 ms and 2%.
     */
    static final int COST_LIMIT = 64;

    private WordDiff() {
    }

    /**
     * The runs that make {@code right} from {@code left}, in text order; a replaced run is given as
     * one DELETED then one INSERTED, so no two neighbours are of one kind. Two empty texts give none.
     */
    public static List<DiffSegment> diff(String left, String right) {
        if (left.equals(right)) {
            return left.isEmpty() ? List.of() : List.of(new DiffSegment(DiffOp.EQUAL, left, 0, left.length(), 0, right.length()));
        }
        WordTokens l = WordTokens.of(left);
        WordTokens r = WordTokens.of(right);
        Map<String, Integer> ids = new HashMap<>();
        MyersDiff.Script script = MyersDiff.diff(ids(l, ids), ids(r, ids), COST_LIMIT);
        boolean[] deleted = script.deleted();
        boolean[] inserted = script.inserted();
        List<DiffSegment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < l.size() || j < r.size()) {
            int i0 = i;
            int j0 = j;
            while (i < l.size() && j < r.size() && !deleted[i] && !inserted[j]) {
                i++;
                j++;
            }
            add(segments, DiffOp.EQUAL, left, l, i0, i, r, j0, j);
            int iChange = i;
            int jChange = j;
            while (i < l.size() && deleted[i]) {
                i++;
            }
            while (j < r.size() && inserted[j]) {
                j++;
            }
            add(segments, DiffOp.DELETED, left, l, iChange, i, r, jChange, jChange);
            add(segments, DiffOp.INSERTED, right, l, i, i, r, jChange, j);
        }
        return List.copyOf(segments);
    }

    private static int[] ids(WordTokens tokens, Map<String, Integer> ids) {
        int[] out = new int[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = ids.computeIfAbsent(tokens.texts().get(k), t -> ids.size());
        }
        return out;
    }

    /** Adds the run of tokens [from, to) of one side; {@code source} is the text its words come from. */
    private static void add(List<DiffSegment> segments, DiffOp op, String source, WordTokens l, int lFrom, int lTo,
                            WordTokens r, int rFrom, int rTo) {
        if (lFrom == lTo && rFrom == rTo) {
            return;
        }
        int ls = l.start(lFrom);
        int le = l.start(lTo);
        int rs = r.start(rFrom);
        int re = r.start(rTo);
        String text = op == DiffOp.INSERTED ? source.substring(rs, re) : source.substring(ls, le);
        segments.add(new DiffSegment(op, text, ls, le, rs, re));
    }
}
