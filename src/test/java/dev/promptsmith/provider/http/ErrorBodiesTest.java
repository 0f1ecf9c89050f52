package dev.promptsmith.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared description of error bodies that are not JSON; each provider's error tests cover its own use. */
class ErrorBodiesTest {

    @Test
    void anExcerptIsOneLineCutToTheLimitWithAnEllipsis() {
        assertThat(ErrorBodies.excerpt("  two\n\tlines  ")).isEqualTo("two lines");
        assertThat(ErrorBodies.excerpt("x".repeat(500))).hasSize(ErrorBodies.EXCERPT_LIMIT).endsWith("…");
        assertThat(ErrorBodies.excerpt(" ")).isEqualTo("(empty)");
        assertThat(ErrorBodies.excerpt(null)).isEqualTo("(empty)");
    }

    @Test
    void anHtmlPageIsShownByItsTitleWithEntitiesDecoded() {
        assertThat(ErrorBodies.describeNonJson(502, "<html><head><title>Bad &amp; Gateway</title></head></html>"))
                .isEqualTo("HTTP 502 from the server, body is HTML, not JSON: Bad & Gateway");
    }

    @Test
    void anHtmlPageWithoutATitleIsShownByItsText() {
        assertThat(ErrorBodies.describeNonJson(503, "<body><h1>Service</h1> <p>Unavailable</p></body>"))
                .isEqualTo("HTTP 503 from the server, body is HTML, not JSON: Service Unavailable");
        assertThat(ErrorBodies.describeNonJson(503, "<title> </title><h1>Down</h1>"))
                .isEqualTo("HTTP 503 from the server, body is HTML, not JSON: Down");
    }

    @Test
    void emptyAndPlainTextBodiesAreSaidSo() {
        assertThat(ErrorBodies.describeNonJson(500, null)).isEqualTo("HTTP 500 from the server with an empty body");
        assertThat(ErrorBodies.describeNonJson(500, "\n")).isEqualTo("HTTP 500 from the server with an empty body");
        assertThat(ErrorBodies.describeNonJson(504, "upstream request timeout\n"))
                .isEqualTo("HTTP 504 from the server, body is not JSON: upstream request timeout");
    }
}
