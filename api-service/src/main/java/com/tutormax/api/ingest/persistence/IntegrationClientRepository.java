package com.tutormax.api.ingest.persistence;

import com.tutormax.api.ingest.domain.IntegrationClient;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Integration clients in schema core; their secrets only as hashes. */
@Repository
public class IntegrationClientRepository {

  private static final String COLUMNS =
      "id, name, created_at, created_by, revoked_at, last_token_at, secret_hash";

  private final DatabaseClient db;

  public IntegrationClientRepository(DatabaseClient db) {
    this.db = db;
  }

  /** A client with the hash its secret must match. */
  public record StoredClient(IntegrationClient client, String secretHash) {}

  public Mono<IntegrationClient> insert(UUID id, String name, String secretHash, String createdBy) {
    DatabaseClient.GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO integration_clients (id, name, secret_hash, created_by) VALUES (:id,"
                    + " :name, :hash, :createdBy) RETURNING "
                    + COLUMNS)
            .bind("id", id)
            .bind("name", name)
            .bind("hash", secretHash);
    spec =
        createdBy == null
            ? spec.bindNull("createdBy", String.class)
            : spec.bind("createdBy", createdBy);
    return spec.map(IntegrationClientRepository::client).one();
  }

  /** Every client, the newest first, revoked ones included. */
  public Flux<IntegrationClient> findAll() {
    return db.sql("SELECT " + COLUMNS + " FROM integration_clients ORDER BY created_at DESC, id")
        .map(IntegrationClientRepository::client)
        .all();
  }

  public Mono<StoredClient> findWithSecret(UUID id) {
    return db.sql("SELECT " + COLUMNS + " FROM integration_clients WHERE id = :id")
        .bind("id", id)
        .map(row -> new StoredClient(client(row), row.get("secret_hash", String.class)))
        .one();
  }

  public Mono<Boolean> isActive(UUID id) {
    return db.sql(
            "SELECT count(*) AS n FROM integration_clients WHERE id = :id AND revoked_at IS NULL")
        .bind("id", id)
        .map(row -> row.get("n", Long.class) > 0)
        .one();
  }

  /** Revokes an active client; false when it does not exist or was already revoked. */
  public Mono<Boolean> revoke(UUID id) {
    return db.sql(
            "UPDATE integration_clients SET revoked_at = now() WHERE id = :id AND revoked_at IS"
                + " NULL")
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  public Mono<Void> recordTokenIssued(UUID id) {
    return db.sql("UPDATE integration_clients SET last_token_at = now() WHERE id = :id")
        .bind("id", id)
        .then();
  }

  private static IntegrationClient client(Readable row) {
    return new IntegrationClient(
        row.get("id", UUID.class),
        row.get("name", String.class),
        instant(row.get("created_at", OffsetDateTime.class)),
        row.get("created_by", String.class),
        instant(row.get("revoked_at", OffsetDateTime.class)),
        instant(row.get("last_token_at", OffsetDateTime.class)));
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
