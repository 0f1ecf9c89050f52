package dev.promptsmith.export.promptfile;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() {
        for (String[] c : new String[][] {{"support-triage", "triage-few-shot"}}) {
            ExportResult r = Samples.FORMATS.export(System.getProperty("fmt", "dotprompt"), Samples.load(c[0]), c[1], null, ExportOptions.DEFAULTS);
            r.files().forEach((k, v) -> System.out.println("=== " + k + "\n" + v));
            System.out.println(r.problems());
        }
    }
}
