package dev.promptsmith.export.code;

import java.util.EnumSet;
import java.util.Set;

/** JavaScript (an ES module) with the official {@code openai} or {@code @anthropic-ai/sdk} package, by the provider's wire format. */
public final class JavaScriptExporter implements CodeExporter {

    private final CallPlanner planner;

    JavaScriptExporter(CallPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String id() {
        return "javascript";
    }

    @Override
    public String displayName() {
        return "JavaScript (openai / @anthropic-ai/sdk)";
    }

    @Override
    public Set<WireApi> wireApis() {
        return EnumSet.of(WireApi.OPENAI_CHAT, WireApi.ANTHROPIC_MESSAGES);
    }

    @Override
    public CodeExportResult export(CodeExportRequest request) {
        CallPlanner.Planned planned = planner.plan(request, wireApis());
        return planned.ok() ? CodeExportResult.of(new ScriptSource(planned.plan(), false).write())
                : CodeExportResult.failed(planned.problems());
    }
}
