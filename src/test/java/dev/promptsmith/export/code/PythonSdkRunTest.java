package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.template.PromptRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the exported Python with python3 against stand-ins for the openai and anthropic packages that
 * print what they are given: the arguments of the SDK call must be the body the app writes for the
 * same variables (a Jinja prompt is rendered by the real jinja2, where it is installed), and the key
 * comes from the environment.
 */
class PythonSdkRunTest {

    private static final Pattern FUNCTION = Pattern.compile("^def (\\w+)\\(", Pattern.MULTILINE);
    private static final CodeExporters EXPORTERS = CodeExporters.standard(new PromptRenderer());

    @TempDir
    Path dir;

    @BeforeAll
    static void pythonExists() {
        assumeTrue(SdkRunSupport.onPath("python3"), "python3 is needed to run the exported Python");
    }

    static Stream<Arguments> exports() {
        return Stream.concat(SdkCases.forExporter("python-openai"), SdkCases.forExporter("python-anthropic"))
                .map(c -> Arguments.of(c.exporter(), c.name(), c.request()));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("exports")
    void theSdkCallCarriesTheAppsBody(String exporter, String name, CodeExportRequest export) throws Exception {
        String code = EXPORTERS.find(exporter).orElseThrow().export(export).code().text();
        assumeTrue(!code.contains("from jinja2") || jinja2Installed(), "jinja2 is needed for a Jinja prompt");
        Files.writeString(dir.resolve("exported.py"), code, StandardCharsets.UTF_8);
        SdkRunSupport.copyResource("python/openai/__init__.py", dir.resolve("openai/__init__.py"));
        SdkRunSupport.copyResource("python/anthropic/__init__.py", dir.resolve("anthropic/__init__.py"));
        SdkRunSupport.copyResource("python/run.py", dir.resolve("run.py"));
        Files.writeString(dir.resolve("args.json"), SdkRunSupport.JSON.writeValueAsString(SdkRunSupport.arguments(export)));
        Matcher function = FUNCTION.matcher(code);
        assertThat(function.find()).isTrue();

        String output = SdkRunSupport.run(dir, Map.of("OPENAI_API_KEY", SdkRunSupport.KEY, "ANTHROPIC_API_KEY", SdkRunSupport.KEY,
                        "PYTHONPATH", dir.toString(), "PYTHONIOENCODING", "utf-8"),
                "python3", "run.py", "args.json", "exported", function.group(1));

        JsonNode call = SdkRunSupport.line(output, "CALL ");
        assertThat(call.equals(SdkRunSupport.BY_VALUE, SdkRunSupport.appBody(export)))
                .as("SDK call %s%nexpected the app's body %s", call, SdkRunSupport.appBody(export)).isTrue();
        JsonNode client = SdkRunSupport.line(output, "CLIENT ");
        assertThat(client.path("api_key").asText()).isEqualTo(SdkRunSupport.KEY);
        assertThat(client.path("base_url").asText()).isIn("https://api.openai.com/v1", "https://api.anthropic.com");
        assertThat(SdkRunSupport.line(output, "RESULT ").toString()).contains("ok");
        assertThat(code).doesNotContain(SdkRunSupport.KEY);
    }

    @org.junit.jupiter.api.Test
    void everyExportPassesPythonsCompileCheck() throws Exception {
        for (SdkCases.Case c : Stream.concat(SdkCases.forExporter("python-openai"), SdkCases.forExporter("python-anthropic")).toList()) {
            Path file = dir.resolve(c.exporter().replace('-', '_') + "_" + c.name().replace('-', '_') + ".py");
            Files.writeString(file, EXPORTERS.find(c.exporter()).orElseThrow().export(c.request()).code().text(), StandardCharsets.UTF_8);
            SdkRunSupport.run(dir, Map.of(), "python3", "-m", "py_compile", file.toString());
        }
    }

    private static boolean jinja2Installed() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import jinja2").start();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
