package dev.promptsmith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** Every stylesheet parses without an error: JavaFX only logs a broken rule and drops the rest of the file. */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesCleanly() throws Exception {
        List<Path> sheets;
        try (Stream<Path> themes = Files.list(Path.of("themes")); Stream<Path> resources = Files.walk(Path.of("src/main/resources"))) {
            sheets = Stream.concat(themes, resources).filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(4);
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            assertThat(CssParser.errorsProperty()).as(sheet.toString()).isEmpty();
        }
    }
}
