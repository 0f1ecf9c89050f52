package dev.promptsmith.export.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes a Python module with one function that renders the prompt and calls the model through an SDK. */
final class PythonSource {

    private static final Set<String> OWN = Set.of("client", "response", "block", "JINJA", "EXAMPLES", "json", "os",
            "Any", "OpenAI", "Anthropic", "Environment", "StrictUndefined", "RuntimeError");

    private final CallPlan plan;
    private final PythonSdk sdk;
    private final SdkNames names;
    private final ScriptLiteralWriter literals;

    PythonSource(CallPlan plan, PythonSdk sdk) {
        this.plan = plan;
        this.sdk = sdk;
        this.names = new SdkNames(plan, FileNames.snake(plan.export().prompt().name()), Identifiers.PYTHON, OWN, false);
        this.literals = new ScriptLiteralWriter(ScriptSyntax.PYTHON, plan, names::reference);
    }

    ExportedCode write() {
        StringBuilder out = new StringBuilder();
        out.append(Comments.hashed(header()));
        out.append(imports()).append('\n');
        out.append(constants());
        out.append(client()).append("\n\n");
        out.append(function());
        return new ExportedCode(FileNames.snake(plan.export().prompt().name()) + ".py", out.toString());
    }

    private List<String> header() {
        return Comments.header(plan.export(), "It sends the request Promptsmith sends, through the official "
                + sdk.clientClass + " Python SDK" + (plan.azureApiVersion() == null ? "" : "'s Azure client")
                + " (pip install " + sdk.packageName + (plan.usesJinja() ? " jinja2" : "") + ").");
    }

    private String imports() {
        StringBuilder out = new StringBuilder();
        if (plan.jsonOutput() && sdk == PythonSdk.OPENAI) {
            out.append("import json\n");
        }
        out.append("import os\n");
        if (typeName().equals("Any") || plan.jsonOutput()) {
            out.append("from typing import Any\n");
        }
        out.append('\n');
        if (plan.usesJinja()) {
            out.append("from jinja2 import Environment, StrictUndefined\n");
        }
        String importLine = plan.azureApiVersion() == null ? sdk.importLine : "from openai import AzureOpenAI";
        return out.append(importLine).append('\n').toString();
    }

    private String constants() {
        StringBuilder out = new StringBuilder();
        if (plan.usesJinja()) {
            out.append("# The prompt uses Jinja control flow, so it is rendered with jinja2, which reads the same Jinja\n")
                    .append("# syntax as Promptsmith's engine (Jinjava); an undefined variable is an error in both.\n")
                    .append("# A printed true or false is in lower case, as Promptsmith prints it (jinja2 alone writes True).\n")
                    .append("JINJA = Environment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False,\n")
                    .append("                    finalize=lambda value: str(value).lower() if isinstance(value, bool) else value)\n\n");
        }
        for (TemplatePart part : plan.parts()) {
            if (part.kind() == TemplatePart.Kind.LITERAL) {
                out.append(names.constant(part)).append(" = ").append(PythonText.literal(part.template())).append("\n\n");
            } else if (part.kind() == TemplatePart.Kind.JINJA) {
                out.append(names.constant(part)).append(" = JINJA.from_string(").append(PythonText.literal(part.template()))
                        .append(")\n\n");
            }
        }
        if (plan.examples() != null) {
            out.append("# The few-shot examples, as Promptsmith passes them to the template.\n")
                    .append("EXAMPLES = ").append(literals.value(plan.examples(), 0)).append("\n\n");
        }
        return out.toString();
    }

    private String client() {
        String key = plan.export().keyVariable();
        String apiKey = key == null ? "\"none\",  # the server takes no key; the SDK wants one all the same"
                : "os.environ[" + PythonText.literal(key) + "],";
        String version = plan.azureApiVersion();
        return "client = " + clientClass() + "(\n"
                + "    api_key=" + apiKey + "\n"
                + (version == null ? "" : "    api_version=" + PythonText.literal(version) + ",\n")
                + "    base_url=os.environ.get(" + PythonText.literal(CodeExporter.BASE_URL_VARIABLE) + ", "
                + PythonText.literal(plan.baseUrl()) + ")" + sdk.baseUrlFix + ",\n"
                + ")\n";
    }

    /** The SDK's client, or its Azure client for an Azure deployment. */
    private String clientClass() {
        return plan.azureApiVersion() == null ? sdk.clientClass : "AzureOpenAI";
    }

    private String function() {
        String type = typeName();
        String params = plan.variables().stream().map(v -> names.variable(v) + ": " + type).collect(Collectors.joining(", "));
        StringBuilder out = new StringBuilder("def ").append(names.function()).append('(').append(params).append(") -> ")
                .append(plan.jsonOutput() ? "Any" : "str").append(":\n");
        for (TemplatePart part : plan.parts()) {
            if (part.kind() == TemplatePart.Kind.PLACEHOLDERS) {
                out.append("    ").append(names.local(part)).append(" = ")
                        .append(PythonText.fString(part.placeholders(), names::variable)).append('\n');
            } else if (part.kind() == TemplatePart.Kind.JINJA) {
                out.append("    ").append(names.local(part)).append(" = ").append(names.constant(part))
                        .append(".render(").append(context()).append(")\n");
            }
        }
        out.append("    response = ").append(sdk.call).append("(\n").append(literals.arguments(2)).append("    )\n");
        sdk.answer(plan).forEach(line -> out.append("    ").append(line).append('\n'));
        return out.toString();
    }

    /** Every variable plus the examples, as the app renders each part with the whole input. */
    private String context() {
        List<String> entries = new ArrayList<>();
        plan.variables().forEach(v -> entries.add(PythonText.literal(v) + ": " + names.variable(v)));
        if (plan.examples() != null) {
            entries.add("\"examples\": EXAMPLES");
        }
        return "{" + String.join(", ", entries) + "}";
    }

    /** Placeholders insert text, so their variables are strings; Jinja may loop over lists or read fields. */
    private String typeName() {
        return plan.usesJinja() ? "Any" : "str";
    }
}
