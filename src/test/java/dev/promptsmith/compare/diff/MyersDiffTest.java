package dev.promptsmith.compare.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MyersDiffTest {

    @Test
    void belowTheCostLimitTheScriptIsMinimalAsTheLongestCommonSubsequenceSays() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            int[] a = random(random, random.nextInt(30), 3);
            int[] b = random(random, random.nextInt(30), 3);
            MyersDiff.Script script = MyersDiff.diff(a, b, Integer.MAX_VALUE);

            assertValid(a, b, script);
            assertThat(changes(script)).isEqualTo(a.length + b.length - 2 * lcs(a, b));
        }
    }

    @Test
    void pastTheCostLimitTheScriptIsStillAValidEditScript() {
        Random random = new Random(4);
        for (int round = 0; round < 500; round++) {
            int[] a = random(random, random.nextInt(60), 4);
            int[] b = random(random, random.nextInt(60), 4);
            MyersDiff.Script script = MyersDiff.diff(a, b, 1);

            assertValid(a, b, script);
            assertThat(changes(script)).isGreaterThanOrEqualTo(a.length + b.length - 2 * lcs(a, b));
        }
    }

    @Test
    void handComputedScript() {
        // a b c a b b a → c b a b a c (Myers' own example): 5 edits, e.g. delete a, b; insert b; delete b; insert c.
        MyersDiff.Script script = MyersDiff.diff(new int[] {0, 1, 2, 0, 1, 1, 0}, new int[] {2, 1, 0, 1, 0, 2}, 100);

        assertThat(changes(script)).isEqualTo(5);
    }

    /** The tokens kept on both sides pair up one to one and are equal. */
    private static void assertValid(int[] a, int[] b, MyersDiff.Script script) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length && script.deleted()[i]) {
                i++;
            }
            while (j < b.length && script.inserted()[j]) {
                j++;
            }
            if (i == a.length || j == b.length) {
                assertThat(i).isEqualTo(a.length);
                assertThat(j).isEqualTo(b.length);
                return;
            }
            assertThat(a[i]).isEqualTo(b[j]);
            i++;
            j++;
        }
    }

    private static int changes(MyersDiff.Script script) {
        int n = 0;
        for (boolean d : script.deleted()) {
            n += d ? 1 : 0;
        }
        for (boolean d : script.inserted()) {
            n += d ? 1 : 0;
        }
        return n;
    }

    private static int lcs(int[] a, int[] b) {
        int[][] t = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }

    private static int[] random(Random random, int length, int alphabet) {
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            out[i] = random.nextInt(alphabet);
        }
        return out;
    }
}
