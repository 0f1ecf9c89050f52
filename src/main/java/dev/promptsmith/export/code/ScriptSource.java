package dev.promptsmith.export.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a TypeScript or JavaScript (ES module) file with one async function that renders the prompt
 * and calls the model through the official SDK for its wire format.
 */
final class ScriptSource {

    private static final Set<String> OWN = Set.of("client", "response", "block", "text", "jinja", "nunjucks",
            "EXAMPLES", "OpenAI", "Anthropic", "JSON", "Error", "process");

    private final CallPlan plan;
    private final ScriptSdk sdk;
    private final boolean typed;
    private final SdkNames names;
    private final ScriptLiteralWriter literals;

    ScriptSource(CallPlan plan, boolean typed) {
        this.plan = plan;
        this.sdk = ScriptSdk.of(plan.wire());
        this.typed = typed;
        this.names = new SdkNames(plan, FileNames.camel(plan.export().prompt().name()), Identifiers.JAVASCRIPT, OWN, true);
        this.literals = new ScriptLiteralWriter(ScriptSyntax.JAVASCRIPT, plan, names::reference);
    }

    ExportedCode write() {
        StringBuilder out = new StringBuilder();
        out.append(Comments.slashed(header(), ""));
        out.append("import ").append(plan.azureApiVersion() == null ? sdk.clientClass : "{ AzureOpenAI }")
                .append(" from \"").append(sdk.packageName).append("\";\n");
        if (plan.usesJinja()) {
            out.append("import nunjucks from \"nunjucks\";\n");
        }
        out.append('\n').append(constants()).append(client()).append('\n').append(function());
        String extension = typed ? ".ts" : ".mjs";
        return new ExportedCode(FileNames.camel(plan.export().prompt().name()) + extension, out.toString());
    }

    private List<String> header() {
        return Comments.header(plan.export(), "It sends the request Promptsmith sends, through the official "
                + sdk.clientClass + " SDK" + (plan.azureApiVersion() == null ? "" : "'s Azure client") + " (npm install "
                + sdk.packageName + (plan.usesJinja() ? " nunjucks" : "") + ").");
    }

    private String constants() {
        StringBuilder out = new StringBuilder();
        if (plan.usesJinja()) {
            out.append("// The prompt uses Jinja control flow, so it is rendered with nunjucks, which reads the same Jinja\n")
                    .append("// syntax as Promptsmith's engine (Jinjava); an undefined variable is an error in both.\n")
                    .append("const jinja = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });\n\n");
        }
        for (TemplatePart part : plan.parts()) {
            if (part.kind() != TemplatePart.Kind.PLACEHOLDERS) {
                out.append("const ").append(names.constant(part)).append(" = ").append(JsText.literal(part.template())).append(";\n\n");
            }
        }
        if (plan.examples() != null) {
            out.append("// The few-shot examples, as Promptsmith passes them to the template.\n")
                    .append("const EXAMPLES = ").append(literals.value(plan.examples(), 0)).append(";\n\n");
        }
        return out.toString();
    }

    private String client() {
        String key = plan.export().keyVariable();
        String apiKey = key == null ? "\"none\", // the server takes no key; the SDK wants one all the same"
                : "process.env[" + JsText.literal(key) + "],";
        String version = plan.azureApiVersion();
        return "const client = new " + clientClass() + "({\n"
                + "  apiKey: " + apiKey + "\n"
                + (version == null ? "" : "  apiVersion: " + JsText.literal(version) + ",\n")
                + "  baseURL: (process.env[" + JsText.literal(CodeExporter.BASE_URL_VARIABLE) + "] ?? "
                + JsText.literal(plan.baseUrl()) + ")" + sdk.baseUrlFix + ",\n"
                + "});\n";
    }

    /** The SDK's client, or its Azure client for an Azure deployment. */
    private String clientClass() {
        return plan.azureApiVersion() == null ? sdk.clientClass : "AzureOpenAI";
    }

    private String function() {
        String type = plan.usesJinja() ? "unknown" : "string";
        String params = plan.variables().stream().map(v -> names.variable(v) + (typed ? ": " + type : ""))
                .collect(Collectors.joining(", "));
        String result = typed ? ": Promise<" + (plan.jsonOutput() ? "unknown" : "string") + ">" : "";
        StringBuilder out = new StringBuilder("export async function ").append(names.function()).append('(')
                .append(params).append(')').append(result).append(" {\n");
        for (TemplatePart part : plan.parts()) {
            if (part.kind() == TemplatePart.Kind.PLACEHOLDERS) {
                out.append("  const ").append(names.local(part)).append(" = ")
                        .append(JsText.templateLiteral(part.placeholders(), names::variable)).append(";\n");
            } else if (part.kind() == TemplatePart.Kind.JINJA) {
                out.append("  const ").append(names.local(part)).append(" = jinja.renderString(")
                        .append(names.constant(part)).append(", ").append(context()).append(");\n");
            }
        }
        out.append("  const response = await ").append(sdk.call).append("({\n").append(literals.arguments(2)).append("  });\n");
        sdk.answer(plan, typed).forEach(line -> out.append("  ").append(line).append('\n'));
        return out.append("}\n").toString();
    }

    /** Every variable plus the examples, as the app renders each part with the whole input. */
    private String context() {
        List<String> entries = new ArrayList<>();
        plan.variables().forEach(v -> entries.add(ScriptSyntax.JAVASCRIPT.key(v) + names.variable(v)));
        if (plan.examples() != null) {
            entries.add("examples: EXAMPLES");
        }
        return "{ " + String.join(", ", entries) + " }";
    }
}
