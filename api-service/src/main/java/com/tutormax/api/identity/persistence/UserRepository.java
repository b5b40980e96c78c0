package com.tutormax.api.identity.persistence;

import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Users and their roles in schema core. */
@Repository
public class UserRepository {

  private static final String SELECT =
      "SELECT u.id, u.email, u.display_name, u.password_hash, u.status, u.tutor_id, u.student_id,"
          + " u.failed_logins, u.locked_until, array_remove(array_agg(r.role), NULL) AS roles"
          + " FROM users u LEFT JOIN user_roles r ON r.user_id = u.id ";
  private static final String GROUP = " GROUP BY u.id";

  private final DatabaseClient db;

  public UserRepository(DatabaseClient db) {
    this.db = db;
  }

  public Mono<User> findByEmail(String email) {
    return db.sql(SELECT + "WHERE lower(u.email) = lower(:email)" + GROUP)
        .bind("email", email)
        .map(UserRepository::user)
        .one();
  }

  public Mono<User> findById(UUID id) {
    return db.sql(SELECT + "WHERE u.id = :id" + GROUP)
        .bind("id", id)
        .map(UserRepository::user)
        .one();
  }

  /** The active users who hold the role, by email. */
  public Flux<User> activeWithRole(Role role) {
    return db.sql(
            SELECT
                + "WHERE u.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM user_roles h"
                + " WHERE h.user_id = u.id AND h.role = :role)"
                + GROUP
                + " ORDER BY u.email")
        .bind("role", role.name())
        .map(UserRepository::user)
        .all();
  }

  /** The user an OIDC identity is linked to. */
  public Mono<User> findByOAuth(String provider, String subject) {
    return db.sql(
            SELECT
                + "JOIN oauth_links l ON l.user_id = u.id"
                + " WHERE l.provider = :provider AND l.subject = :subject"
                + GROUP)
        .bind("provider", provider)
        .bind("subject", subject)
        .map(UserRepository::user)
        .one();
  }

  public Mono<Void> linkOAuth(String provider, String subject, UUID userId) {
    return db.sql(
            "INSERT INTO oauth_links (provider, subject, user_id) VALUES (:provider, :subject,"
                + " :user) ON CONFLICT DO NOTHING")
        .bind("provider", provider)
        .bind("subject", subject)
        .bind("user", userId)
        .then();
  }

  public Flux<User> findAll() {
    return db.sql(SELECT + "WHERE true" + GROUP + " ORDER BY u.email")
        .map(UserRepository::user)
        .all();
  }

  public Mono<Long> countWithRole(Role role) {
    return db.sql("SELECT count(*) AS n FROM user_roles WHERE role = :role")
        .bind("role", role.name())
        .map(row -> row.get("n", Long.class))
        .one();
  }

  public Mono<User> insert(User user) {
    DatabaseClient.GenericExecuteSpec insert =
        db.sql(
                "INSERT INTO users (id, email, display_name, password_hash, status, tutor_id,"
                    + " student_id) VALUES (:id, :email, :name, :hash, :status, :tutor, :student)")
            .bind("id", user.id())
            .bind("email", user.email())
            .bind("name", user.displayName())
            .bind("status", user.status().name());
    insert = nullable(insert, "hash", user.passwordHash());
    insert = nullable(insert, "tutor", user.tutorId());
    insert = nullable(insert, "student", user.studentId());
    return insert.then().then(replaceRoles(user.id(), user.roles())).then(findById(user.id()));
  }

  public Mono<Void> replaceRoles(UUID userId, Set<Role> roles) {
    Mono<Void> delete =
        db.sql("DELETE FROM user_roles WHERE user_id = :id").bind("id", userId).then();
    return delete
        .thenMany(
            Flux.fromIterable(roles)
                .concatMap(
                    role ->
                        db.sql("INSERT INTO user_roles (user_id, role) VALUES (:id, :role)")
                            .bind("id", userId)
                            .bind("role", role.name())
                            .then()))
        .then();
  }

  public Mono<Void> recordFailedLogin(UUID id, int failures, Instant lockedUntil) {
    DatabaseClient.GenericExecuteSpec update =
        db.sql(
                "UPDATE users SET failed_logins = :failures, locked_until = :locked,"
                    + " updated_at = now() WHERE id = :id")
            .bind("id", id)
            .bind("failures", failures);
    update =
        lockedUntil == null
            ? update.bindNull("locked", OffsetDateTime.class)
            : update.bind("locked", lockedUntil);
    return update.then();
  }

  public Mono<Void> recordSuccessfulLogin(UUID id) {
    return db.sql(
            "UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = now()"
                + " WHERE id = :id")
        .bind("id", id)
        .then();
  }

  public Mono<Void> updatePassword(UUID id, String hash) {
    return db.sql("UPDATE users SET password_hash = :hash, updated_at = now() WHERE id = :id")
        .bind("id", id)
        .bind("hash", hash)
        .then();
  }

  public Mono<Void> updateStatus(UUID id, User.Status status) {
    return db.sql("UPDATE users SET status = :status, updated_at = now() WHERE id = :id")
        .bind("id", id)
        .bind("status", status.name())
        .then();
  }

  /** Replaces the person's identifying fields; the row stays so references keep pointing at it. */
  public Mono<Void> anonymise(UUID id) {
    return db.sql(
            "UPDATE users SET email = :email, display_name = 'Erased user', password_hash = NULL,"
                + " status = 'DISABLED', failed_logins = 0, locked_until = NULL,"
                + " updated_at = now() WHERE id = :id")
        .bind("id", id)
        .bind("email", "erased-" + id + "@erased.invalid")
        .then();
  }

  private static DatabaseClient.GenericExecuteSpec nullable(
      DatabaseClient.GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  static User user(Readable row) {
    String[] roleNames = row.get("roles", String[].class);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (roleNames != null) {
      Arrays.stream(roleNames).map(Role::valueOf).forEach(roles::add);
    }
    OffsetDateTime locked = row.get("locked_until", OffsetDateTime.class);
    Integer failed = row.get("failed_logins", Integer.class);
    return new User(
        row.get("id", UUID.class),
        row.get("email", String.class),
        row.get("display_name", String.class),
        row.get("password_hash", String.class),
        User.Status.valueOf(row.get("status", String.class)),
        row.get("tutor_id", String.class),
        row.get("student_id", String.class),
        failed == null ? 0 : failed,
        locked == null ? null : locked.toInstant(),
        roles);
  }
}
