package com.tutormax.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.testsupport.AccessMatrix.Access;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessMatrixTest {

  private static AccessMatrix parse(String... lines) {
    return AccessMatrix.parse("test", List.of(lines));
  }

  @Test
  void readsRulesInOrderSkippingCommentsAndBlankLines() {
    AccessMatrix matrix =
        parse(
            "# a comment",
            "",
            "GET    /health                everyone",
            "GET    /api/auth/me           signed-in   # trailing comment",
            "POST   /api/ingest/tutors     ADMIN INTEGRATION",
            "GET    /api/health/{dependency:database|redis}  everyone");

    assertThat(matrix.rules())
        .containsExactly(
            java.util.Map.entry("GET /health", Access.everyone()),
            java.util.Map.entry("GET /api/auth/me", Access.signedIn()),
            java.util.Map.entry("POST /api/ingest/tutors", Access.roles("ADMIN", "INTEGRATION")),
            java.util.Map.entry("GET /api/health/{dependency:database|redis}", Access.everyone()));
  }

  @Test
  void everyoneLetsEveryCallerInSignedInOnlyPeopleAndRolesOnlyThemselves() {
    Access everyone = Access.everyone();
    Access signedIn = parse("GET /me signed-in").rules().get("GET /me");
    Access some = parse("GET /x TUTOR signed-in INTEGRATION").rules().get("GET /x");

    assertThat(everyone.anonymous()).isTrue();
    assertThat(everyone.allows("INTEGRATION")).isTrue();
    assertThat(signedIn.anonymous()).isFalse();
    assertThat(signedIn.roles()).containsExactlyInAnyOrderElementsOf(AccessMatrix.ROLES);
    assertThat(signedIn.allows("INTEGRATION")).isFalse();
    assertThat(some.roles())
        .isEqualTo(Set.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS", "TUTOR", "STUDENT", "INTEGRATION"));
  }

  @Test
  void aMalformedLineFailsWithItsLineNumber() {
    assertThatThrownBy(() -> parse("# header", "GET /health"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test:2: ");
    assertThatThrownBy(() -> parse("FETCH /health everyone")).hasMessageContaining("method");
    assertThatThrownBy(() -> parse("GET health everyone")).hasMessageContaining("starts with /");
    assertThatThrownBy(() -> parse("GET /health ADMN")).hasMessageContaining("unknown caller ADMN");
    assertThatThrownBy(() -> parse("GET /health everyone ADMIN"))
        .hasMessageContaining("stands alone");
    assertThatThrownBy(() -> parse("GET /health everyone", "GET /health ADMIN"))
        .hasMessageStartingWith("test:2: ")
        .hasMessageContaining("declared twice");
  }

  @Test
  void concretePathsFillVariablesWithTheFirstAlternativeOrAnUnknownId() {
    assertThat(AccessMatrix.concretePath("/api/health/{dependency:database|redis|kafka}"))
        .isEqualTo("/api/health/database");
    assertThat(AccessMatrix.concretePath("/api/tutors/{id}/activity"))
        .matches("/api/tutors/[0-9a-f-]{36}/activity");
    assertThat(AccessMatrix.concretePath("/files/**")).isEqualTo("/files/x");
  }
}
