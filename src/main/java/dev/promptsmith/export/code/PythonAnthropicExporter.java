package dev.promptsmith.export.code;

import java.util.EnumSet;
import java.util.Set;

/** Python with the official {@code anthropic} SDK, for the Messages API. */
public final class PythonAnthropicExporter implements CodeExporter {

    private final CallPlanner planner;

    PythonAnthropicExporter(CallPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String id() {
        return "python-anthropic";
    }

    @Override
    public String displayName() {
        return "Python (anthropic SDK)";
    }

    @Override
    public Set<WireApi> wireApis() {
        return EnumSet.of(WireApi.ANTHROPIC_MESSAGES);
    }

    @Override
    public CodeExportResult export(CodeExportRequest request) {
        CallPlanner.Planned planned = planner.plan(request, wireApis());
        return planned.ok() ? CodeExportResult.of(new PythonSource(planned.plan(), PythonSdk.ANTHROPIC).write())
                : CodeExportResult.failed(planned.problems());
    }
}
