package dev.promptsmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.template.PromptRenderer;
import org.junit.jupiter.api.Test;

/**
 * An Azure deployment needs the SDKs' Azure client: the plain one would send the key as a Bearer
 * token and leave out {@code ?api-version=}, and Azure answers 401 or 404.
 */
class AzureSdkExportTest {

    private static final String DEPLOYMENT = "https://contoso.openai.azure.com/openai/deployments/prod";

    private final CodeExporters exporters = CodeExporters.standard(new PromptRenderer());

    private String export(String exporter, String provider) {
        CodeExportRequest sample = ExportFixtures.sample("triage-zero-shot", "gpt-4o-mini", "openai", "t-001");
        CodeExportRequest request = new CodeExportRequest(sample.project(), sample.prompt(), sample.model(),
                ExportFixtures.entry(provider), sample.vars()).withBaseUrl(DEPLOYMENT);
        CodeExportResult result = exporters.find(exporter).orElseThrow().export(request);
        assertThat(result.problems()).isEmpty();
        return result.code().text();
    }

    @Test
    void pythonUsesTheAzureClientWithTheDeploymentsApiVersion() {
        String code = export("python-openai", "azure");

        assertThat(code).contains("from openai import AzureOpenAI\n", "client = AzureOpenAI(\n",
                "    api_key=os.environ[\"AZURE_OPENAI_API_KEY\"],\n", "    api_version=\"", DEPLOYMENT)
                .doesNotContain("from openai import OpenAI");
    }

    @Test
    void javaScriptAndTypeScriptUseTheAzureClientWithTheApiVersion() {
        for (String exporter : new String[] {"javascript", "typescript"}) {
            String code = export(exporter, "azure");

            assertThat(code).as(exporter).contains("import { AzureOpenAI } from \"openai\";\n",
                    "const client = new AzureOpenAI({\n", "  apiVersion: \"", DEPLOYMENT);
        }
    }

    @Test
    void otherOpenAiCompatibleServersKeepThePlainClient() {
        assertThat(export("python-openai", "openai")).contains("from openai import OpenAI\n", "client = OpenAI(\n")
                .doesNotContain("api_version");
        assertThat(export("javascript", "openai")).contains("import OpenAI from \"openai\";\n").doesNotContain("apiVersion");
    }
}
