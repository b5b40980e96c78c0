package com.tutormax.gateway.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRoutesTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/tutors", "/tutors/123", "/apiary", "/healthy/teams"})
  void pagesOfTheDashboard(String path) {
    assertThat(ClientRoutes.isClientRoute(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api",
        "/api/unknown",
        "/ws/updates",
        "/actuator/health",
        "/v3/api-docs",
        "/swagger-ui/index.html",
        "/webjars/swagger-ui/x",
        "/fallback/api",
        "/health",
        "/assets/index-abc.js",
        "/favicon.svg",
        "/tutors/report.csv"
      })
  void notPages(String path) {
    assertThat(ClientRoutes.isClientRoute(path)).isFalse();
  }
}
