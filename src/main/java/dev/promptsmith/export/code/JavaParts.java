package dev.promptsmith.export.code;

import java.util.Map;

/** The fixed pieces of an exported Java class: imports, shared fields, the HTTP call and the answer. */
final class JavaParts {

    private JavaParts() {
    }

    static String imports(CallPlan plan) {
        StringBuilder out = new StringBuilder();
        if (plan.examples() != null) {
            out.append("import com.fasterxml.jackson.core.type.TypeReference;\n");
        }
        out.append("import com.fasterxml.jackson.databind.JsonNode;\n")
                .append("import com.fasterxml.jackson.databind.ObjectMapper;\n")
                .append("import com.fasterxml.jackson.databind.node.ArrayNode;\n")
                .append("import com.fasterxml.jackson.databind.node.ObjectNode;\n");
        if (plan.usesJinja()) {
            out.append("import com.hubspot.jinjava.Jinjava;\nimport com.hubspot.jinjava.JinjavaConfig;\n")
                    .append("import com.hubspot.jinjava.LegacyOverrides;\n")
                    .append("import com.hubspot.jinjava.interpret.Context;\n")
                    .append("import com.hubspot.jinjava.interpret.InterpreterFactory;\n")
                    .append("import com.hubspot.jinjava.interpret.JinjavaInterpreter;\n");
        }
        out.append("import java.io.IOException;\n");
        if (plan.examples() != null) {
            out.append("import java.io.UncheckedIOException;\n");
        }
        out.append("import java.time.Duration;\n");
        if (plan.usesJinja()) {
            out.append("import java.util.LinkedHashMap;\n");
            if (plan.examples() != null) {
                out.append("import java.util.List;\n");
            }
            out.append("import java.util.Map;\n");
        }
        return out.append("import okhttp3.MediaType;\nimport okhttp3.OkHttpClient;\nimport okhttp3.Request;\n")
                .append("import okhttp3.RequestBody;\nimport okhttp3.Response;\n").toString();
    }

    static String fields(CallPlan plan) {
        StringBuilder out = new StringBuilder()
                .append("    private static final String DEFAULT_BASE_URL = ").append(JavaText.literal(plan.baseUrl())).append(";\n")
                .append("    private static final MediaType JSON_BODY = MediaType.get(\"application/json; charset=utf-8\");\n")
                .append("    private static final ObjectMapper JSON = new ObjectMapper();\n")
                .append("    private static final OkHttpClient HTTP = new OkHttpClient.Builder()\n")
                .append("            .callTimeout(Duration.ofSeconds(")
                .append(plan.export().project().settings().defaults().timeoutSeconds()).append("))\n")
                .append("            .build();\n");
        if (plan.usesJinja()) {
            out.append("    // The prompt uses Jinja control flow, so it is rendered with Jinjava, configured as Promptsmith\n")
                    .append("    // renders it: an undefined variable is an error, and a value is never rendered again as a template.\n")
                    .append("    private static final Jinjava JINJA = new Jinjava(JinjavaConfig.newBuilder()\n")
                    .append("            .withFailOnUnknownTokens(true)\n")
                    .append("            .withNestedInterpretationEnabled(false)\n")
                    .append("            .withKeepTrailingNewline(true)\n")
                    .append("            .withLegacyOverrides(LegacyOverrides.newBuilder()\n")
                    .append("                    .withIterateOverMapKeys(true)\n")
                    .append("                    .withUsePyishObjectMapper(true)\n")
                    .append("                    .withUseNaturalOperatorPrecedence(true)\n")
                    .append("                    .withEvaluateMapKeys(true)\n")
                    .append("                    .withHandleBackslashInQuotesOnly(true)\n")
                    .append("                    .withUseTrimmingForNotesAndExpressions(true)\n")
                    .append("                    .withParseWhitespaceControlStrictly(true)\n")
                    .append("                    .build())\n")
                    .append("            .withInterperterFactory(new InterpreterFactory() {\n")
                    .append("                @Override\n")
                    .append("                public JinjavaInterpreter newInstance(JinjavaInterpreter original) {\n")
                    .append("                    return new AsIsInterpreter(original);\n")
                    .append("                }\n\n")
                    .append("                @Override\n")
                    .append("                public JinjavaInterpreter newInstance(Jinjava jinjava, Context context, JinjavaConfig config) {\n")
                    .append("                    return new AsIsInterpreter(jinjava, context, config);\n")
                    .append("                }\n")
                    .append("            })\n")
                    .append("            .build());\n\n")
                    .append("    // Prints a string value as it is, as Jinja2 and Promptsmith do: Jinjava's Python-like printing\n")
                    .append("    // writes a control character in a value (U+0007, an ANSI escape) as a backslash-u escape.\n")
                    .append("    private static final class AsIsInterpreter extends JinjavaInterpreter {\n")
                    .append("        AsIsInterpreter(JinjavaInterpreter original) {\n")
                    .append("            super(original);\n")
                    .append("        }\n\n")
                    .append("        AsIsInterpreter(Jinjava jinjava, Context context, JinjavaConfig config) {\n")
                    .append("            super(jinjava, context, config);\n")
                    .append("        }\n\n")
                    .append("        @Override\n")
                    .append("        public String getAsString(Object value) {\n")
                    .append("            return value instanceof String ? (String) value : super.getAsString(value);\n")
                    .append("        }\n")
                    .append("    }\n");
        }
        return out.append('\n').toString();
    }

    /** Reads the key and base URL from the environment, posts the body, and returns the answer. */
    static String call(CallPlan plan, Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        String keyVariable = plan.export().keyVariable();
        if (keyVariable != null) {
            out.append("        String key = System.getenv(").append(JavaText.literal(keyVariable)).append(");\n")
                    .append("        if (key == null || key.isBlank()) {\n")
                    .append("            throw new IllegalStateException(").append(JavaText.literal("Set " + keyVariable + " to your API key"))
                    .append(");\n")
                    .append("        }\n");
        }
        out.append("        String baseUrl = System.getenv().getOrDefault(").append(JavaText.literal(CodeExporter.BASE_URL_VARIABLE))
                .append(", DEFAULT_BASE_URL).replaceAll(\"/+$\", \"\");\n")
                .append("        Request.Builder request = new Request.Builder()\n")
                .append("                .url(baseUrl + ").append(JavaText.literal(plan.path())).append(")\n")
                .append("                .post(RequestBody.create(JSON.writeValueAsString(body), JSON_BODY));\n");
        headers.forEach((name, value) -> out.append("        request.header(").append(JavaText.literal(name)).append(", ")
                .append(headerValue(value, plan.keyStandIn())).append(");\n"));
        out.append("        try (Response response = HTTP.newCall(request.build()).execute()) {\n")
                .append("            String reply = response.body().string();\n")
                .append("            if (!response.isSuccessful()) {\n")
                .append("                throw new IOException(\"HTTP \" + response.code() + \": \" + reply);\n")
                .append("            }\n")
                .append("            JsonNode answer = JSON.readTree(reply);\n");
        answer(plan).lines().forEach(line -> out.append("            ").append(line).append('\n'));
        return out.append("        }\n").toString();
    }

    private static String headerValue(String value, String standIn) {
        int at = standIn == null ? -1 : value.indexOf(standIn);
        if (at < 0) {
            return JavaText.literal(value);
        }
        String before = value.substring(0, at);
        String after = value.substring(at + standIn.length());
        return (before.isEmpty() ? "" : JavaText.literal(before) + " + ") + "key" + (after.isEmpty() ? "" : " + " + JavaText.literal(after));
    }

    private static String answer(CallPlan plan) {
        if (plan.wire() == WireApi.OPENAI_CHAT) {
            String content = "answer.path(\"choices\").path(0).path(\"message\").path(\"content\").asText()";
            return "return " + (plan.jsonOutput() ? "JSON.readTree(" + content + ")" : content) + ";";
        }
        if (!plan.jsonOutput()) {
            return "StringBuilder text = new StringBuilder();\n"
                    + "for (JsonNode block : answer.path(\"content\")) {\n"
                    + "    if (block.path(\"type\").asText().equals(\"text\")) {\n"
                    + "        text.append(block.path(\"text\").asText());\n"
                    + "    }\n"
                    + "}\n"
                    + "return text.toString();";
        }
        // The structured answer arrives as the input of the forced answer tool.
        return "for (JsonNode block : answer.path(\"content\")) {\n"
                + "    if (block.path(\"type\").asText().equals(\"tool_use\")) {\n"
                + "        return block.path(\"input\")" + (plan.answerWrapped() ? ".path(\"value\")" : "") + ";\n"
                + "    }\n"
                + "}\n"
                + "throw new IOException(\"The model gave no structured answer: \" + reply);";
    }

    static String examplesReader() {
        return "    private static List<Object> readExamples() {\n"
                + "        try {\n"
                + "            return JSON.readValue(EXAMPLES_JSON, new TypeReference<List<Object>>() { });\n"
                + "        } catch (IOException e) {\n"
                + "            throw new UncheckedIOException(e);\n"
                + "        }\n"
                + "    }\n";
    }
}
