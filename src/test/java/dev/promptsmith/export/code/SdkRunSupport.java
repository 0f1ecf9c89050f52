package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.template.PromptRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Shared steps of the tests that run exported code: tools on the PATH, processes, the app's own body. */
final class SdkRunSupport {

    static final String KEY = "sk-run-test-5d1e";
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Numbers compare by value: {@code 1.10} written by Java and {@code 1.1} by Python are one number. */
    static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private SdkRunSupport() {
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }

    /** The body the app writes for the export's vars, asking for a whole answer as SDK code does. */
    static JsonNode appBody(CodeExportRequest export) throws IOException {
        AppRequestBuilder.Built built = new AppRequestBuilder(new PromptRenderer(), WireFormats.all()).forVars(export, false);
        assertThat(built.problems()).isEmpty();
        return JSON.readTree(built.spec().jsonBody());
    }

    /** The export's vars in the order of the exported function's parameters. */
    static List<Object> arguments(CodeExportRequest export) {
        CallPlanner planner = new CallPlanner(new PromptRenderer(), new AppRequestBuilder(new PromptRenderer(), WireFormats.all()));
        CallPlanner.Planned planned = planner.plan(export, java.util.EnumSet.allOf(WireApi.class));
        List<Object> args = new ArrayList<>();
        planned.plan().variables().forEach(v -> args.add(export.vars().get(v)));
        return args;
    }

    static void copyResource(String name, Path target) {
        try (InputStream in = SdkRunSupport.class.getResourceAsStream("/dev/promptsmith/export/code/stubs/" + name)) {
            assertThat(in).as("stub %s", name).isNotNull();
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code command} in {@code dir} with {@code env} added; returns stdout, failing on a non-zero exit. */
    static String run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.endsWith("_API_KEY") || name.startsWith("PROMPTSMITH"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s printed:%n%s", String.join(" ", command), output).isZero();
        return output;
    }

    /** The JSON after {@code prefix} on the first line that starts with it. */
    static JsonNode line(String output, String prefix) throws IOException {
        String line = output.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in:\n" + output));
        return JSON.readTree(line.substring(prefix.length()));
    }
}
