package dev.promptsmith.dataset;

import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.project.RecordJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared collaborators and resources of the dataset tests. */
final class Fixtures {

    static final RecordJson JSON = new RecordJson();
    static final ExpectedSyntax SYNTAX = new ExpectedSyntax(AssertionRegistry.standard(), JSON.mapper());

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
