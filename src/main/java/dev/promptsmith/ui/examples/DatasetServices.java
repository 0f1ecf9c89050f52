package dev.promptsmith.ui.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptsmith.dataset.CsvExporter;
import dev.promptsmith.dataset.DatasetImporter;
import dev.promptsmith.dataset.ExpectedSyntax;
import dev.promptsmith.dataset.JsonlExporter;
import dev.promptsmith.eval.assertion.AssertionRegistry;
import dev.promptsmith.project.RecordJson;
import dev.promptsmith.ui.common.BackgroundTasks;
import java.util.function.Consumer;

/**
 * The dataset engine the example manager uses: the importer, the CSV and JSONL exporters and the JSON
 * mapper of project records. Built on first use (Jackson and the assertion registry load then), so
 * the composition root can create it before the first frame at no cost. Thread-safe.
 */
public final class DatasetServices {

    private final AssertionRegistry registry;
    private volatile Parts parts;
    private boolean preloading;

    private record Parts(RecordJson json, DatasetImporter importer, CsvExporter csv, JsonlExporter jsonl) {
    }

    /** @param registry the assertion types CSV {@code __expected} cells may name */
    public DatasetServices(AssertionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Builds everything in the background, once, so that the first import or JSON value in a form does
     * not build it on the FX thread. Call on the FX thread.
     */
    void preload(BackgroundTasks tasks, Consumer<Throwable> onFailure) {
        if (!preloading) {
            preloading = true;
            tasks.run(this::parts, built -> { }, onFailure);
        }
    }

    public DatasetImporter importer() {
        return parts().importer();
    }

    public CsvExporter csv() {
        return parts().csv();
    }

    public JsonlExporter jsonl() {
        return parts().jsonl();
    }

    /** The strict mapper of project records (duplicate keys are errors), for JSON typed into forms. */
    public ObjectMapper json() {
        return parts().json().mapper();
    }

    private Parts parts() {
        Parts built = parts;
        if (built == null) {
            synchronized (this) {
                built = parts;
                if (built == null) {
                    RecordJson json = new RecordJson();
                    built = new Parts(json, new DatasetImporter(registry, json),
                            new CsvExporter(new ExpectedSyntax(registry, json.mapper()), json.mapper()), new JsonlExporter(json));
                    parts = built;
                }
            }
        }
        return built;
    }
}
