package dev.promptsmith.export.code;

import java.util.Map;

/** Writes the text of a curl export: the header comment, the base URL and key checks, the body and the call. */
final class CurlScript {

    private final CodeExportRequest request;
    private final String keyVariable;
    private final String keyStandIn;

    CurlScript(CodeExportRequest request, String keyVariable, String keyStandIn) {
        this.request = request;
        this.keyVariable = keyVariable;
        this.keyStandIn = keyStandIn;
    }

    String write(String baseUrl, String path, Map<String, String> headers, String body) {
        StringBuilder out = new StringBuilder();
        out.append("#!/usr/bin/env bash\n");
        out.append(Comments.hashed(Comments.heading(request)));
        out.append("# It sends exactly the request Promptsmith sends for the variable values it was exported with");
        out.append(request.stream() ? ",\n# streaming the answer as Promptsmith does.\n" : ".\n");
        if (keyVariable != null) {
            out.append("# The API key is read from ").append(keyVariable).append("; it is not stored in this file.\n");
        }
        out.append("# Set ").append(CodeExporter.BASE_URL_VARIABLE).append(" to send the request to another address.\n");
        out.append("set -euo pipefail\n\n");
        out.append("BASE_URL=").append(ShellQuoting.quote(baseUrl)).append('\n');
        out.append("BASE_URL=\"${").append(CodeExporter.BASE_URL_VARIABLE).append(":-$BASE_URL}\"\n");
        out.append("BASE_URL=\"${BASE_URL%/}\"\n");
        if (keyVariable != null) {
            out.append(": \"${").append(keyVariable).append(":?set ").append(keyVariable)
                    .append(" to your API key}\"\n");
        }
        out.append("\nBODY=").append(ShellQuoting.quote(body)).append("\n\n");
        out.append("printf '%s' \"$BODY\" | curl --silent --show-error");
        if (request.stream()) {
            out.append(" --no-buffer");
        }
        out.append(" \\\n  --request POST \"$BASE_URL\"").append(ShellQuoting.quote(path)).append(" \\\n");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            out.append("  --header ").append(headerWord(header.getKey(), header.getValue())).append(" \\\n");
        }
        out.append("  --data-binary @-\n");
        return out.toString();
    }

    /** One {@code --header} argument; the key stand-in becomes a reference to the key variable. */
    private String headerWord(String name, String value) {
        String line = name + ": " + value;
        int at = keyStandIn == null ? -1 : line.indexOf(keyStandIn);
        if (at < 0) {
            return ShellQuoting.quote(line);
        }
        String before = line.substring(0, at);
        String after = line.substring(at + keyStandIn.length());
        return ShellQuoting.quote(before) + "\"$" + keyVariable + "\"" + (after.isEmpty() ? "" : ShellQuoting.quote(after));
    }
}
