package dev.promptsmith.export.code;

import java.util.EnumSet;
import java.util.Set;

/** Java with OkHttp and Jackson: the app's request posted as is, for OpenAI-compatible servers and Anthropic. */
public final class JavaOkHttpExporter implements CodeExporter {

    private final CallPlanner planner;

    JavaOkHttpExporter(CallPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String id() {
        return "java-okhttp";
    }

    @Override
    public String displayName() {
        return "Java (OkHttp + Jackson)";
    }

    @Override
    public Set<WireApi> wireApis() {
        return EnumSet.of(WireApi.OPENAI_CHAT, WireApi.ANTHROPIC_MESSAGES);
    }

    @Override
    public CodeExportResult export(CodeExportRequest request) {
        CallPlanner.Planned planned = planner.plan(request, wireApis());
        return planned.ok() ? CodeExportResult.of(new JavaSource(planned.plan()).write())
                : CodeExportResult.failed(planned.problems());
    }
}
