package dev.promptsmith.export.code;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * An export target that writes code from a {@link CallPlan}: every language but curl. The targets
 * differ only in their names, the wire formats they speak and the writer that turns the plan into
 * source, so each is one of these rather than a class of its own.
 */
final class SdkExporter implements CodeExporter {

    private final String id;
    private final String displayName;
    private final Set<WireApi> wireApis;
    private final CallPlanner planner;
    private final Function<CallPlan, ExportedCode> writer;

    SdkExporter(String id, String displayName, Set<WireApi> wireApis, CallPlanner planner,
                Function<CallPlan, ExportedCode> writer) {
        this.id = id;
        this.displayName = displayName;
        this.wireApis = Set.copyOf(wireApis);
        this.planner = planner;
        this.writer = writer;
    }

    /** Python with the official {@code openai} SDK, for OpenAI and every compatible server. */
    static SdkExporter pythonOpenAi(CallPlanner planner) {
        return new SdkExporter("python-openai", "Python (openai SDK)", EnumSet.of(WireApi.OPENAI_CHAT), planner,
                plan -> new PythonSource(plan, PythonSdk.OPENAI).write());
    }

    /** Python with the official {@code anthropic} SDK, for the Messages API. */
    static SdkExporter pythonAnthropic(CallPlanner planner) {
        return new SdkExporter("python-anthropic", "Python (anthropic SDK)", EnumSet.of(WireApi.ANTHROPIC_MESSAGES),
                planner, plan -> new PythonSource(plan, PythonSdk.ANTHROPIC).write());
    }

    /** TypeScript with the official {@code openai} or {@code @anthropic-ai/sdk} package, by the provider's wire format. */
    static SdkExporter typeScript(CallPlanner planner) {
        return new SdkExporter("typescript", "TypeScript (openai / @anthropic-ai/sdk)",
                EnumSet.of(WireApi.OPENAI_CHAT, WireApi.ANTHROPIC_MESSAGES), planner,
                plan -> new ScriptSource(plan, true).write());
    }

    /** JavaScript (an ES module) with the same packages as {@link #typeScript}. */
    static SdkExporter javaScript(CallPlanner planner) {
        return new SdkExporter("javascript", "JavaScript (openai / @anthropic-ai/sdk)",
                EnumSet.of(WireApi.OPENAI_CHAT, WireApi.ANTHROPIC_MESSAGES), planner,
                plan -> new ScriptSource(plan, false).write());
    }

    /** Java with OkHttp and Jackson: the app's request posted as is, for OpenAI-compatible servers and Anthropic. */
    static SdkExporter javaOkHttp(CallPlanner planner) {
        return new SdkExporter("java-okhttp", "Java (OkHttp + Jackson)",
                EnumSet.of(WireApi.OPENAI_CHAT, WireApi.ANTHROPIC_MESSAGES), planner, plan -> new JavaSource(plan).write());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<WireApi> wireApis() {
        return wireApis;
    }

    @Override
    public CodeExportResult export(CodeExportRequest request) {
        CallPlanner.Planned planned = planner.plan(request, wireApis);
        return planned.ok() ? CodeExportResult.of(writer.apply(planned.plan())) : CodeExportResult.failed(planned.problems());
    }
}
