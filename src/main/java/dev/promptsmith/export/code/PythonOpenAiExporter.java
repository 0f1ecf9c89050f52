package dev.promptsmith.export.code;

import java.util.EnumSet;
import java.util.Set;

/** Python with the official {@code openai} SDK, for OpenAI and every compatible server. */
public final class PythonOpenAiExporter implements CodeExporter {

    private final CallPlanner planner;

    PythonOpenAiExporter(CallPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String id() {
        return "python-openai";
    }

    @Override
    public String displayName() {
        return "Python (openai SDK)";
    }

    @Override
    public Set<WireApi> wireApis() {
        return EnumSet.of(WireApi.OPENAI_CHAT);
    }

    @Override
    public CodeExportResult export(CodeExportRequest request) {
        CallPlanner.Planned planned = planner.plan(request, wireApis());
        return planned.ok() ? CodeExportResult.of(new PythonSource(planned.plan(), PythonSdk.OPENAI).write())
                : CodeExportResult.failed(planned.problems());
    }
}
