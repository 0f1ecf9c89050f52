package dev.promptsmith.export.promptfile;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @TempDir Path dir;
    @Test
    void show() {
        ExportResult r = Samples.FORMATS.export("dotprompt", Samples.load("invoice-extraction"), "extract-with-examples", null, ExportOptions.DEFAULTS);
        ImportResult i = Samples.FORMATS.importFile(ExportFiles.write(r, dir), "dotprompt");
        System.out.println("SYSTEM>>" + i.prompt().system().substring(i.prompt().system().indexOf("<examples>")) + "<<");
        System.out.println(i.problems());
        System.out.println(i.examples());
    }
}
