package dev.promptsmith.export.code;

import java.util.Set;

/**
 * One export target: turns a prompt variant on a model into code in one language. The code never
 * holds a key: it reads the one named by the provider entry from the environment.
 */
public interface CodeExporter {

    /** The environment variable every exported program reads to send its request elsewhere. */
    String BASE_URL_VARIABLE = "PROMPTSMITH_BASE_URL";

    /** The registry key, e.g. {@code curl} or {@code python-openai}. */
    String id();

    /** A short label for menus, e.g. "Python (openai SDK)". */
    String displayName();

    /** The wire formats this target can speak. */
    Set<WireApi> wireApis();

    CodeExportResult export(CodeExportRequest request);
}
