package dev.promptsmith.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where prices come from: the table bundled with the app, overridden entry by entry by
 * {@code prices.json} in the user's settings folder (their negotiated prices, custom models, local
 * models at zero or at an hourly rate). Overrides never go into a project.
 */
public final class PriceCatalog {

    public static final String USER_FILE = "prices.json";
    private static final String BUNDLED = "/dev/promptsmith/cost/prices.json";

    private final PriceTableReader reader = new PriceTableReader();

    /** The bundled table alone. */
    public PriceTable bundled() {
        try (InputStream in = PriceCatalog.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled price table " + BUNDLED + " is missing from the build");
            }
            PriceTableReader.Result result = reader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("The bundled price table is broken: " + result.problems());
            }
            return result.table();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled table with the user's overrides from {@code settingsDir/prices.json}, when that file exists. */
    public PriceTableReader.Result load(Path settingsDir) {
        PriceTable table = bundled();
        Path file = settingsDir.resolve(USER_FILE);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            PriceTableReader.Result user = reader.read(text, file.toString());
            return new PriceTableReader.Result(table.overriddenBy(user.table()), user.problems());
        } catch (NoSuchFileException e) {
            return new PriceTableReader.Result(table, List.of());
        } catch (IOException e) {
            List<String> problems = new ArrayList<>();
            problems.add(file + ": cannot be read (" + e.getMessage() + "); using the bundled prices only");
            return new PriceTableReader.Result(table, problems);
        }
    }
}
