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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the exported JavaScript with node against stand-ins for the openai and @anthropic-ai/sdk
 * packages that print what they are given: the SDK call must carry the body the app writes for the
 * same variables. A Jinja prompt needs the real nunjucks, taken from the global npm folder when it is
 * installed there ({@code npm install -g nunjucks}); otherwise that case is skipped.
 */
class JavaScriptSdkRunTest {

    private static final Pattern FUNCTION = Pattern.compile("^export async function (\\w+)\\(", Pattern.MULTILINE);
    private static final CodeExporters EXPORTERS = CodeExporters.standard(new PromptRenderer());

    @TempDir
    Path dir;

    @BeforeAll
    static void nodeExists() {
        assumeTrue(SdkRunSupport.onPath("node"), "node is needed to run the exported JavaScript");
    }

    static Stream<Arguments> exports() {
        return SdkCases.forExporter("javascript").map(c -> Arguments.of(c.name(), c.request()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void theSdkCallCarriesTheAppsBody(String name, CodeExportRequest export) throws Exception {
        String code = EXPORTERS.find("javascript").orElseThrow().export(export).code().text();
        if (code.contains("from \"nunjucks\"")) {
            Path nunjucks = globalNunjucks();
            assumeTrue(nunjucks != null, "nunjucks is needed for a Jinja prompt (npm install -g nunjucks)");
            Files.createDirectories(dir.resolve("node_modules"));
            Files.createSymbolicLink(dir.resolve("node_modules/nunjucks"), nunjucks);
        }
        install(code, export);
        Matcher function = FUNCTION.matcher(code);
        assertThat(function.find()).isTrue();

        String output;
        try {
            output = SdkRunSupport.run(dir, Map.of("OPENAI_API_KEY", SdkRunSupport.KEY, "ANTHROPIC_API_KEY", SdkRunSupport.KEY),
                    "node", "run.mjs", "args.json", "./exported.mjs", function.group(1));
        } finally {
            // Unlinked here, so the temp folder's clean-up never walks into the global npm folder.
            Files.deleteIfExists(dir.resolve("node_modules/nunjucks"));
        }

        JsonNode call = SdkRunSupport.line(output, "CALL ");
        assertThat(call.equals(SdkRunSupport.BY_VALUE, SdkRunSupport.appBody(export)))
                .as("SDK call %s%nexpected the app's body %s", call, SdkRunSupport.appBody(export)).isTrue();
        JsonNode client = SdkRunSupport.line(output, "CLIENT ");
        assertThat(client.path("api_key").asText()).isEqualTo(SdkRunSupport.KEY);
        assertThat(client.path("base_url").asText()).isIn("https://api.openai.com/v1", "https://api.anthropic.com");
        assertThat(SdkRunSupport.line(output, "RESULT ").toString()).contains("ok");
    }

    @Test
    void everyExportPassesNodesSyntaxCheck() throws Exception {
        for (SdkCases.Case c : SdkCases.forExporter("javascript").toList()) {
            Path file = dir.resolve(c.name() + ".mjs");
            Files.writeString(file, EXPORTERS.find("javascript").orElseThrow().export(c.request()).code().text(), StandardCharsets.UTF_8);
            SdkRunSupport.run(dir, Map.of(), "node", "--check", file.toString());
        }
    }

    private void install(String code, CodeExportRequest export) throws Exception {
        Files.writeString(dir.resolve("package.json"), "{\"type\": \"module\"}\n");
        Files.writeString(dir.resolve("exported.mjs"), code, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("args.json"), SdkRunSupport.JSON.writeValueAsString(SdkRunSupport.arguments(export)));
        SdkRunSupport.copyResource("node/run.mjs", dir.resolve("run.mjs"));
        SdkRunSupport.copyResource("node/openai/package.json", dir.resolve("node_modules/openai/package.json"));
        SdkRunSupport.copyResource("node/openai/index.js", dir.resolve("node_modules/openai/index.js"));
        SdkRunSupport.copyResource("node/anthropic-ai-sdk/package.json", dir.resolve("node_modules/@anthropic-ai/sdk/package.json"));
        SdkRunSupport.copyResource("node/anthropic-ai-sdk/index.js", dir.resolve("node_modules/@anthropic-ai/sdk/index.js"));
    }

    private Path globalNunjucks() {
        try {
            String root = SdkRunSupport.run(dir, Map.of(), "npm", "root", "-g").strip();
            Path nunjucks = Path.of(root, "nunjucks");
            return Files.isDirectory(nunjucks) ? nunjucks : null;
        } catch (Exception | AssertionError e) {
            return null;
        }
    }

}
