package dev.promptsmith.compare.diff;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Myers' O(ND) difference algorithm in its linear-space, divide-and-conquer form (Myers 1986,
 * "An O(ND) Difference Algorithm and Its Variations", §4b: find the middle snake, recurse on both
 * halves), on token ids so each comparison is one int compare.
 *
 * <p>Two outputs that share little make D close to N, and the exact search costs N·D steps: about
 * 100 ms for two unrelated 10 KB answers. So, as GNU diff does (diffseq.h, {@code too_expensive}),
 * once the search for one middle snake has run {@code costLimit} rounds it stops and splits at the
 * diagonal that reached furthest. The script stays a correct edit script, and stays minimal while
 * the texts are close; only for texts that differ throughout may it mark a few more tokens than the
 * fewest possible.
 */
final class MyersDiff {

    private final int[] a;
    private final int[] b;
    private final int costLimit;
    private final boolean[] deleted;
    private final boolean[] inserted;
    private final int[] forward;
    private final int[] backward;
    private final int offset;

    private MyersDiff(int[] a, int[] b, int costLimit) {
        this.a = a;
        this.b = b;
        this.costLimit = costLimit;
        this.deleted = new boolean[a.length];
        this.inserted = new boolean[b.length];
        // Diagonals k = x − y run from −len(b) to len(a); one more on each side is read as a sentinel.
        this.offset = b.length + 1;
        this.forward = new int[a.length + b.length + 3];
        this.backward = new int[a.length + b.length + 3];
    }

    /** The edit script from {@code a} to {@code b}: which tokens of a are deleted and which of b inserted. */
    static Script diff(int[] a, int[] b, int costLimit) {
        MyersDiff run = new MyersDiff(a, b, costLimit);
        run.compare();
        return new Script(run.deleted, run.inserted);
    }

    /** @param deleted per token of a; {@code inserted} per token of b */
    record Script(boolean[] deleted, boolean[] inserted) {
    }

    private void compare() {
        // An explicit stack: a split far from the middle on very different texts could nest deeply.
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, a.length, 0, b.length});
        while (!work.isEmpty()) {
            int[] box = work.pop();
            int xoff = box[0];
            int xlim = box[1];
            int yoff = box[2];
            int ylim = box[3];
            while (xoff < xlim && yoff < ylim && a[xoff] == b[yoff]) {
                xoff++;
                yoff++;
            }
            while (xoff < xlim && yoff < ylim && a[xlim - 1] == b[ylim - 1]) {
                xlim--;
                ylim--;
            }
            if (xoff == xlim) {
                java.util.Arrays.fill(inserted, yoff, ylim, true);
            } else if (yoff == ylim) {
                java.util.Arrays.fill(deleted, xoff, xlim, true);
            } else {
                long mid = split(xoff, xlim, yoff, ylim);
                int xmid = (int) (mid >>> 32);
                int ymid = (int) mid;
                if ((xmid == xoff && ymid == yoff) || (xmid == xlim && ymid == ylim)) {
                    // A split at a corner would not shrink the box; the search cannot give one, but a
                    // loop forever is too high a price for trusting that, so replace the whole box.
                    java.util.Arrays.fill(deleted, xoff, xlim, true);
                    java.util.Arrays.fill(inserted, yoff, ylim, true);
                    continue;
                }
                work.push(new int[] {xmid, xlim, ymid, ylim});
                work.push(new int[] {xoff, xmid, yoff, ymid});
            }
        }
    }

    /** A point (x, y) on an optimal (or, past the cost limit, a good) path, packed as x &lt;&lt; 32 | y. */
    private long split(int xoff, int xlim, int yoff, int ylim) {
        int[] fd = forward;
        int[] bd = backward;
        int o = offset;
        int dmin = xoff - ylim;
        int dmax = xlim - yoff;
        int fmid = xoff - yoff;
        int bmid = xlim - ylim;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        boolean odd = ((fmid - bmid) & 1) != 0;
        fd[o + fmid] = xoff;
        bd[o + bmid] = xlim;
        for (int cost = 1; ; cost++) {
            if (fmin > dmin) {
                fd[o + --fmin - 1] = -1;
            } else {
                ++fmin;
            }
            if (fmax < dmax) {
                fd[o + ++fmax + 1] = -1;
            } else {
                --fmax;
            }
            for (int d = fmax; d >= fmin; d -= 2) {
                int low = fd[o + d - 1];
                int high = fd[o + d + 1];
                int x = low >= high ? low + 1 : high;
                int y = x - d;
                while (x < xlim && y < ylim && a[x] == b[y]) {
                    x++;
                    y++;
                }
                fd[o + d] = x;
                if (odd && bmin <= d && d <= bmax && bd[o + d] <= x) {
                    return pack(x, y);
                }
            }
            if (bmin > dmin) {
                bd[o + --bmin - 1] = Integer.MAX_VALUE;
            } else {
                ++bmin;
            }
            if (bmax < dmax) {
                bd[o + ++bmax + 1] = Integer.MAX_VALUE;
            } else {
                --bmax;
            }
            for (int d = bmax; d >= bmin; d -= 2) {
                int low = bd[o + d - 1];
                int high = bd[o + d + 1];
                int x = low < high ? low : high - 1;
                int y = x - d;
                while (x > xoff && y > yoff && a[x - 1] == b[y - 1]) {
                    x--;
                    y--;
                }
                bd[o + d] = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd[o + d]) {
                    return pack(x, y);
                }
            }
            if (cost >= costLimit) {
                return furthest(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax);
            }
        }
    }

    /** The end of the forward or backward path that got furthest from its corner (GNU diff's heuristic). */
    private long furthest(int xoff, int xlim, int yoff, int ylim, int fmin, int fmax, int bmin, int bmax) {
        int o = offset;
        int forwardBest = -1;
        int forwardX = 0;
        for (int d = fmax; d >= fmin; d -= 2) {
            int x = Math.min(forward[o + d], xlim);
            int y = x - d;
            if (ylim < y) {
                x = ylim + d;
                y = ylim;
            }
            if (forwardBest < x + y) {
                forwardBest = x + y;
                forwardX = x;
            }
        }
        int backwardBest = Integer.MAX_VALUE;
        int backwardX = 0;
        for (int d = bmax; d >= bmin; d -= 2) {
            int x = Math.max(xoff, backward[o + d]);
            int y = x - d;
            if (y < yoff) {
                x = yoff + d;
                y = yoff;
            }
            if (x + y < backwardBest) {
                backwardBest = x + y;
                backwardX = x;
            }
        }
        return (xlim + ylim) - backwardBest < forwardBest - (xoff + yoff)
                ? pack(forwardX, forwardBest - forwardX) : pack(backwardX, backwardBest - backwardX);
    }

    private static long pack(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }
}
