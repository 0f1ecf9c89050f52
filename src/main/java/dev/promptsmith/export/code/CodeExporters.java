package dev.promptsmith.export.code;

import dev.promptsmith.provider.config.WireFormats;
import dev.promptsmith.template.PromptRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The code export targets by id; a new language is one more entry in {@link #standard}. */
public final class CodeExporters {

    private final Map<String, CodeExporter> byId = new LinkedHashMap<>();

    public CodeExporters(List<CodeExporter> exporters) {
        for (CodeExporter exporter : exporters) {
            if (byId.putIfAbsent(exporter.id(), exporter) != null) {
                throw new IllegalArgumentException("Two code exporters share the id " + exporter.id());
            }
        }
    }

    /** Every target the app ships, building requests with {@code renderer} and the app's wire formats. */
    public static CodeExporters standard(PromptRenderer renderer) {
        AppRequestBuilder requests = new AppRequestBuilder(renderer, WireFormats.all());
        CallPlanner planner = new CallPlanner(renderer, requests);
        return new CodeExporters(List.of(
                new CurlExporter(requests),
                SdkExporter.pythonOpenAi(planner),
                SdkExporter.pythonAnthropic(planner),
                SdkExporter.typeScript(planner),
                SdkExporter.javaScript(planner),
                SdkExporter.javaOkHttp(planner)));
    }

    public Optional<CodeExporter> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All targets in menu order. */
    public List<CodeExporter> all() {
        return List.copyOf(byId.values());
    }

    /** The targets that can speak {@code wire}, in menu order. */
    public List<CodeExporter> supporting(WireApi wire) {
        return byId.values().stream().filter(e -> e.wireApis().contains(wire)).toList();
    }
}
