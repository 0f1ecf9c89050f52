package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.template.PromptRenderer;
import java.io.File;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the exported Java with javac (OkHttp, Jackson and Jinjava come from the test class path)
 * and runs it in a child JVM against a loopback mock server: the request it posts has the app's
 * path, API headers and body for the same variables (asking for a whole answer), and the answer is read.
 */
class JavaOkHttpRunTest {

    private final MockWebServer server = new MockWebServer();
    private final CodeExporter exporter = CodeExporters.standard(new PromptRenderer()).find("java-okhttp").orElseThrow();
    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<Arguments> exports() {
        return SdkCases.forExporter("java-okhttp").map(c -> Arguments.of(c.name(), c.request()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void theExportedClassPostsTheAppsRequest(String name, CodeExportRequest export) throws Exception {
        ExportedCode code = exporter.export(export).code();
        String className = code.fileName().replace(".java", "");
        Files.writeString(dir.resolve(code.fileName()), code.text(), StandardCharsets.UTF_8);
        SdkRunSupport.copyResource("java/RunExport.java", dir.resolve("RunExport.java"));
        compile(dir.resolve(code.fileName()), dir.resolve("RunExport.java"));
        Files.writeString(dir.resolve("args.json"), SdkRunSupport.JSON.writeValueAsString(SdkRunSupport.arguments(export)));
        server.enqueue(new MockResponse.Builder().code(200).body(answer(export)).build());

        String output = SdkRunSupport.run(dir, Map.of("OPENAI_API_KEY", SdkRunSupport.KEY, "ANTHROPIC_API_KEY", SdkRunSupport.KEY,
                        CodeExporter.BASE_URL_VARIABLE, server.url("/v1").toString()),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                dir + File.pathSeparator + System.getProperty("java.class.path"), "RunExport", className, "args.json",
                methodName(code.text()));

        RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
        AppRequestBuilder.Built app = new AppRequestBuilder(new PromptRenderer(), WireFormats.all())
                .forMessages(export.withBaseUrl(server.url("/v1").toString()), messages(export), false);
        assertThat(sent).isNotNull();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getUrl().toString()).isEqualTo(app.spec().url());
        JsonNode body = SdkRunSupport.JSON.readTree(sent.getBody().utf8());
        assertThat(body.equals(SdkRunSupport.BY_VALUE, SdkRunSupport.appBody(export)))
                .as("posted %s%nexpected the app's body %s", body, SdkRunSupport.appBody(export)).isTrue();
        app.spec().headers().forEach((header, value) -> {
            if (!header.equalsIgnoreCase("content-type")) {
                assertThat(sent.getHeaders().get(header)).isEqualTo(value.replace(app.keyStandIn(), SdkRunSupport.KEY));
            }
        });
        assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(output).contains("RESULT ").contains("ok");
        assertThat(code.text()).doesNotContain(SdkRunSupport.KEY);
    }

    private static List<dev.promptsmith.model.ChatMessage> messages(CodeExportRequest export) {
        return new PromptRenderer().render(export.prompt(), export.vars(), export.project().examples()).messages();
    }

    private void compile(Path... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                "-encoding", "UTF-8", "-Xlint:all", "-Werror"));
        Stream.of(sources).forEach(s -> args.add(s.toString()));
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
        assertThat(status).as("javac said:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static String methodName(String code) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("public static \\w+ (\\w+)\\(").matcher(code);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String answer(CodeExportRequest export) {
        boolean anthropic = export.provider().kind().toLowerCase(Locale.ROOT).equals("anthropic");
        boolean json = export.prompt().output().format() == dev.promptsmith.model.OutputFormat.JSON;
        if (anthropic) {
            return json ? "{\"content\":[{\"type\":\"tool_use\",\"name\":\"answer_json\",\"input\":{\"label\":\"ok\"}}]}"
                    : "{\"content\":[{\"type\":\"text\",\"text\":\"o\"},{\"type\":\"text\",\"text\":\"k\"}]}";
        }
        return "{\"choices\":[{\"message\":{\"content\":" + (json ? "\"{\\\"label\\\":\\\"ok\\\"}\"" : "\"ok\"") + "}}]}";
    }
}
