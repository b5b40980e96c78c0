package com.tutormax.common.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.config.TutorMaxProperties;
import com.tutormax.common.db.Migrations;
import com.tutormax.testsupport.Infrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** update → roll back everything → update again, on a schema of its own. */
class MigrationsIntegrationTest {

  private final Infrastructure.Postgres pg = Infrastructure.get().postgres();
  private final Migrations migrations =
      new Migrations(
          new TutorMaxProperties.Db(
              pg.host(),
              pg.port(),
              pg.database(),
              pg.username(),
              pg.password(),
              "disable",
              "migration_check",
              "classpath:db/changelog/db.changelog-master.yaml"));

  @Test
  void updateRollbackAllAndUpdateAgain() throws Exception {
    assertThat(migrations.update()).isEqualTo(3);
    assertThat(tables()).contains("outbox", "processed_events", "lifecycle_log");
    assertThat(migrations.status()).allMatch(Migrations.Change::applied);
    assertThat(migrations.history())
        .extracting(Migrations.Applied::id)
        .containsExactly(
            "backbone-1-outbox", "backbone-2-processed-events", "backbone-test-1-lifecycle-log");

    assertThat(migrations.rollback(1)).isEqualTo(1);
    assertThat(tables()).doesNotContain("lifecycle_log").contains("outbox");
    assertThat(migrations.status()).filteredOn(c -> !c.applied()).hasSize(1);

    assertThat(migrations.rollbackAll()).isEqualTo(2);
    assertThat(tables()).doesNotContain("outbox", "processed_events", "lifecycle_log");

    assertThat(migrations.update()).isEqualTo(3);
    assertThat(tables()).contains("outbox", "processed_events", "lifecycle_log");
    assertThat(migrations.update()).isZero();
  }

  private List<String> tables() throws Exception {
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
        ResultSet rs =
            c.getMetaData().getTables(null, "migration_check", "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
      return names;
    }
  }
}
