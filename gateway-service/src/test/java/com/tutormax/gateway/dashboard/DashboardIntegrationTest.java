package com.tutormax.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.gateway.testing.GatewayIntegrationTest;
import com.tutormax.gateway.testing.GatewayTestBase;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;

@GatewayIntegrationTest
class DashboardIntegrationTest extends GatewayTestBase {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/tutors/123", "/interventions/open"})
  void pagesServeTheDashboard(String path) {
    web.get()
        .uri(path)
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("<div id=\"root\">"));
  }

  @Test
  void builtAssetsAreServedAsTheyAre() throws IOException {
    Resource[] scripts =
        new PathMatchingResourcePatternResolver().getResources("classpath:static/assets/*.js");
    assertThat(scripts).isNotEmpty();

    web.get()
        .uri("/assets/" + scripts[0].getFilename())
        .accept(MediaType.TEXT_HTML, MediaType.ALL)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/javascript")
        .expectBody(String.class)
        .value(js -> assertThat(js).doesNotContain("<div id=\"root\">"));
  }

  @Test
  void aMissingAssetIsNotFound() {
    web.get()
        .uri("/assets/missing-0000.js")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void anUnknownApiPathIsNeverTheDashboard() {
    web.get()
        .uri("/api/unknown")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectBody(String.class)
        .value(body -> assertThat(body).doesNotContain("<div id=\"root\">").contains("\"api\""));
    assertThat(stub("api").last().uri()).isEqualTo("/api/unknown");
  }

  @Test
  void nonBrowserRequestsForPagesAreNotAnsweredWithTheDashboard() {
    web.get()
        .uri("/tutors/123")
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isNotFound();
  }
}
