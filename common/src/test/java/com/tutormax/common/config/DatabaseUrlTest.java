package com.tutormax.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void parsesRenderConnectionString() {
    DatabaseUrl url =
        DatabaseUrl.parse(
            "postgresql://tm_user:p%40ss:w0rd@dpg-abc.oregon-postgres.render.com/tutormax?sslmode=require");
    assertThat(url)
        .isEqualTo(
            new DatabaseUrl(
                "dpg-abc.oregon-postgres.render.com",
                5432,
                "tutormax",
                "tm_user",
                "p@ss:w0rd",
                "require"));
  }

  @Test
  void acceptsPostgresSchemePortAndJdbcPrefix() {
    assertThat(DatabaseUrl.parse("postgres://u:p@db:6543/x"))
        .isEqualTo(new DatabaseUrl("db", 6543, "x", "u", "p", null));
    assertThat(DatabaseUrl.parse("jdbc:postgresql://db/x").host()).isEqualTo("db");
  }

  @Test
  void rejectsOtherSchemesAndMissingParts() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@db/x"))
        .hasMessageContaining("postgres");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:p@db:5432/"))
        .hasMessageContaining("database");
  }
}
