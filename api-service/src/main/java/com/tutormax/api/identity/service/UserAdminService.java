package com.tutormax.api.identity.service;

import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.domain.PasswordPolicy;
import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.RefreshTokenRepository;
import com.tutormax.api.identity.persistence.UserRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What only an admin does with accounts: create them, assign roles, deactivate. Audited. */
@Service
public class UserAdminService {

  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final AuthService auth;
  private final AuditLog audit;
  private final TransactionalOperator transactions;

  public UserAdminService(
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      AuthService auth,
      AuditLog audit,
      TransactionalOperator transactions) {
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.auth = auth;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** The acting user, from the verified token. */
  public record Actor(UUID id, String email) {}

  public Flux<User> list() {
    return users.findAll();
  }

  public Mono<User> create(
      Actor actor,
      String email,
      String name,
      String password,
      Set<Role> roles,
      String tutorId,
      String studentId,
      ClientInfo client) {
    List<String> problems = PasswordPolicy.violations(password, email);
    if (!problems.isEmpty()) {
      return Mono.error(
          new ResponseStatusException(
              HttpStatus.BAD_REQUEST, "Password " + String.join("; ", problems)));
    }
    return auth.hash(password)
        .flatMap(
            hash ->
                transactions.transactional(
                    users
                        .insert(
                            new User(
                                UUID.randomUUID(),
                                email.trim(),
                                name.trim(),
                                hash,
                                User.Status.ACTIVE,
                                tutorId,
                                studentId,
                                0,
                                null,
                                roles.isEmpty()
                                    ? EnumSet.noneOf(Role.class)
                                    : EnumSet.copyOf(roles)))
                        .flatMap(
                            created ->
                                audit
                                    .record(
                                        AuthService.entry(
                                            actor.id(),
                                            actor.email(),
                                            "USER_CREATE",
                                            created.id(),
                                            Outcome.SUCCESS,
                                            client,
                                            "roles " + created.roles()))
                                    .thenReturn(created))))
        .onErrorMap(
            DuplicateKeyException.class,
            e ->
                new ResponseStatusException(HttpStatus.CONFLICT, "A user with this e-mail exists"));
  }

  /** Replaces a user's roles. An admin cannot change their own roles (no self-assignment). */
  public Mono<User> assignRoles(Actor actor, UUID userId, Set<Role> roles, ClientInfo client) {
    if (actor.id().equals(userId)) {
      return audit
          .record(
              AuthService.entry(
                  actor.id(),
                  actor.email(),
                  "ROLE_CHANGE",
                  userId,
                  Outcome.DENIED,
                  client,
                  "own roles"))
          .then(
              Mono.error(
                  new ResponseStatusException(
                      HttpStatus.FORBIDDEN, "Nobody can change their own roles")));
    }
    return users
        .findById(userId)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such user")))
        .flatMap(
            before ->
                transactions.transactional(
                    users
                        .replaceRoles(userId, roles)
                        .then(
                            audit.record(
                                AuthService.entry(
                                    actor.id(),
                                    actor.email(),
                                    "ROLE_CHANGE",
                                    userId,
                                    Outcome.SUCCESS,
                                    client,
                                    before.roles() + " -> " + roles)))
                        .then(users.findById(userId))));
  }

  /** Disables an account and revokes its refresh tokens. */
  public Mono<User> deactivate(Actor actor, UUID userId, ClientInfo client) {
    if (actor.id().equals(userId)) {
      return Mono.error(
          new ResponseStatusException(HttpStatus.FORBIDDEN, "Admins cannot deactivate themselves"));
    }
    return users
        .findById(userId)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such user")))
        .flatMap(
            user ->
                transactions.transactional(
                    users
                        .updateStatus(userId, User.Status.DISABLED)
                        .then(refreshTokens.revokeAllOf(userId))
                        .then(
                            audit.record(
                                AuthService.entry(
                                    actor.id(),
                                    actor.email(),
                                    "USER_DEACTIVATE",
                                    userId,
                                    Outcome.SUCCESS,
                                    client,
                                    "refresh tokens revoked")))
                        .then(users.findById(userId))));
  }
}
