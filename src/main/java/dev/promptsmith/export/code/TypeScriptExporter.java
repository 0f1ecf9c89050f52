package dev.promptsmith.export.code;

import java.util.EnumSet;
import java.util.Set;

/** TypeScript with the official {@code openai} or {@code @anthropic-ai/sdk} package, by the provider's wire format. */
public final class TypeScriptExporter implements CodeExporter {

    private final CallPlanner planner;

    TypeScriptExporter(CallPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String id() {
        return "typescript";
    }

    @Override
    public String displayName() {
        return "TypeScript (openai / @anthropic-ai/sdk)";
    }

    @Override
    public Set<WireApi> wireApis() {
        return EnumSet.of(WireApi.OPENAI_CHAT, WireApi.ANTHROPIC_MESSAGES);
    }

    @Override
    public CodeExportResult export(CodeExportRequest request) {
        CallPlanner.Planned planned = planner.plan(request, wireApis());
        return planned.ok() ? CodeExportResult.of(new ScriptSource(planned.plan(), true).write())
                : CodeExportResult.failed(planned.problems());
    }
}
