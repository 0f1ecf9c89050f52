package dev.promptsmith.export.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a Java class with one static method that renders the prompt and posts the app's request with
 * OkHttp, the body built with Jackson; Jinja prompts are rendered by Jinjava, Promptsmith's own engine.
 */
final class JavaSource {

    private static final Set<String> OWN = Set.of("JSON", "JSON_BODY", "HTTP", "JINJA", "EXAMPLES", "EXAMPLES_JSON",
            "DEFAULT_BASE_URL", "key", "baseUrl", "request", "response", "answer", "text", "block", "context", "reply",
            "AsIsInterpreter", "original", "jinjava", "config", "value");

    /** Simple names the generated imports bring in. */
    private static final Set<String> IMPORTED = Set.of("TypeReference", "JsonNode", "ObjectMapper", "ArrayNode",
            "ObjectNode", "Jinjava", "JinjavaConfig", "LegacyOverrides", "Context", "InterpreterFactory", "JinjavaInterpreter",
            "IOException", "UncheckedIOException",
            "Duration", "LinkedHashMap", "List", "Map", "MediaType", "OkHttpClient", "Request", "RequestBody", "Response");

    private final CallPlan plan;
    private final SdkNames names;
    private final String className;

    JavaSource(CallPlan plan) {
        this.plan = plan;
        Set<String> own = new HashSet<>(OWN);
        own.addAll(JavaBodyWriter.candidateNames(plan.body()));
        this.className = className(FileNames.pascal(plan.export().prompt().name()));
        own.add(className);
        this.names = new SdkNames(plan, FileNames.camel(plan.export().prompt().name()), Identifiers.JAVA, own, true);
    }

    /**
     * The prompt's name as a class name that hides nothing the code uses: {@code Class} or {@code Request}
     * would shadow {@code java.lang.Class} or the imported {@code okhttp3.Request}.
     */
    static String className(String name) {
        return IMPORTED.contains(name) || isJavaLang(name) ? name + "Prompt" : name;
    }

    private static boolean isJavaLang(String name) {
        try {
            Class.forName("java.lang." + name, false, JavaSource.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    ExportedCode write() {
        StringBuilder out = new StringBuilder();
        out.append(Comments.slashed(header(), ""));
        out.append(JavaParts.imports(plan));
        out.append("\n/** Calls one prompt on one model, with the prompt's variables as parameters. */\n");
        out.append("public final class ").append(className).append(" {\n\n");
        out.append(JavaParts.fields(plan));
        out.append(constants());
        out.append("    private ").append(className).append("() {\n    }\n\n");
        out.append(method());
        if (plan.examples() != null) {
            out.append('\n').append(JavaParts.examplesReader());
        }
        out.append("}\n");
        return new ExportedCode(className + ".java", out.toString());
    }

    private List<String> header() {
        return Comments.header(plan.export(), "It sends the request Promptsmith sends, with OkHttp (com.squareup.okhttp3:okhttp)"
                + " and Jackson (com.fasterxml.jackson.core:jackson-databind)"
                + (plan.usesJinja() ? " and Jinjava (com.hubspot.jinjava:jinjava)." : "."));
    }

    private String constants() {
        StringBuilder out = new StringBuilder();
        for (TemplatePart part : plan.parts()) {
            if (part.kind() != TemplatePart.Kind.PLACEHOLDERS) {
                out.append("    private static final String ").append(names.constant(part)).append(" = ")
                        .append(JavaText.expression(part.template(), "    ")).append(";\n\n");
            }
        }
        if (plan.examples() != null) {
            out.append("    /** The few-shot examples, as Promptsmith passes them to the template. */\n")
                    .append("    private static final String EXAMPLES_JSON = ")
                    .append(JavaText.expression(plan.examples().toString(), "    ")).append(";\n")
                    .append("    private static final List<Object> EXAMPLES = readExamples();\n\n");
        }
        return out.toString();
    }

    private String method() {
        String type = plan.usesJinja() ? "Object" : "String";
        String params = plan.variables().stream().map(v -> type + " " + names.variable(v)).collect(Collectors.joining(", "));
        StringBuilder out = new StringBuilder("    public static ").append(plan.jsonOutput() ? "JsonNode" : "String")
                .append(' ').append(names.function()).append('(').append(params).append(") throws IOException {\n");
        if (plan.usesJinja()) {
            out.append("        Map<String, Object> context = new LinkedHashMap<>();\n");
            plan.variables().forEach(v -> out.append("        context.put(").append(JavaText.literal(v)).append(", ")
                    .append(names.variable(v)).append(");\n"));
            if (plan.examples() != null) {
                out.append("        context.put(\"examples\", EXAMPLES);\n");
            }
        }
        for (TemplatePart part : plan.parts()) {
            if (part.kind() == TemplatePart.Kind.PLACEHOLDERS) {
                out.append("        String ").append(names.local(part)).append(" = ").append(placeholders(part)).append(";\n");
            } else if (part.kind() == TemplatePart.Kind.JINJA) {
                out.append("        String ").append(names.local(part)).append(" = JINJA.render(")
                        .append(names.constant(part)).append(", context);\n");
            }
        }
        Set<String> taken = new HashSet<>(OWN);
        plan.variables().forEach(v -> taken.add(names.variable(v)));
        plan.parts().forEach(p -> taken.add(names.local(p)));
        out.append(new JavaBodyWriter(plan, names::reference, taken, "        ").write());
        out.append(JavaParts.call(plan, headers()));
        return out.append("    }\n").toString();
    }

    private String placeholders(TemplatePart part) {
        List<String> pieces = new ArrayList<>();
        part.placeholders().pieces().forEach(p -> pieces.add(p.isVariable() ? names.variable(p.variable()) : JavaText.literal(p.text())));
        return String.join(" + ", pieces);
    }

    /** The request's headers but the content type, which comes with the body; the key as the {@code key} local. */
    private Map<String, String> headers() {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        plan.headers().forEach((name, value) -> {
            if (!name.toLowerCase(Locale.ROOT).equals("content-type")) {
                headers.put(name, value);
            }
        });
        return headers;
    }
}
