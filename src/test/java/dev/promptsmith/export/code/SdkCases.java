package dev.promptsmith.export.code;

import java.util.List;
import java.util.stream.Stream;

/** The prompts every SDK target is exported from in the golden and run tests, by the wire format each needs. */
final class SdkCases {

    record Case(String exporter, String name, CodeExportRequest request) {
    }

    private SdkCases() {
    }

    static Stream<Case> all() {
        return Stream.of("python-openai", "python-anthropic", "typescript", "javascript", "java-okhttp")
                .filter(id -> CodeExporters.standard(new dev.promptsmith.template.PromptRenderer()).find(id).isPresent())
                .flatMap(SdkCases::forExporter);
    }

    static Stream<Case> forExporter(String exporter) {
        boolean openai = !exporter.equals("python-anthropic");
        boolean anthropic = !exporter.equals("python-openai");
        List<Case> cases = new java.util.ArrayList<>();
        if (openai) {
            cases.add(new Case(exporter, "triage-few-shot-openai", ExportFixtures.sample("triage-few-shot", "gpt-4o-mini", "openai", "t-001")));
            cases.add(new Case(exporter, "hostile-openai", ExportFixtures.hostile("openai", "gpt-4o-mini")));
            cases.add(new Case(exporter, "jinja-openai", ExportFixtures.jinja("openai", "gpt-4o-mini")));
            cases.add(new Case(exporter, "keywords-openai", ExportFixtures.keywords("openai", "gpt-4o-mini")));
        }
        if (anthropic) {
            cases.add(new Case(exporter, "triage-cot-anthropic", ExportFixtures.sample("triage-cot", "claude-haiku", "anthropic", "t-002")));
            cases.add(new Case(exporter, "hostile-anthropic", ExportFixtures.hostile("anthropic", "claude-sonnet-4-5")));
            cases.add(new Case(exporter, "jinja-anthropic", ExportFixtures.jinja("anthropic", "claude-sonnet-4-5")));
            cases.add(new Case(exporter, "keywords-anthropic", ExportFixtures.keywords("anthropic", "claude-sonnet-4-5")));
        }
        return cases.stream();
    }
}
