package com.tutormax.api.identity.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.config.AuthProperties;
import com.tutormax.api.identity.domain.Lockout;
import com.tutormax.api.identity.domain.PasswordPolicy;
import com.tutormax.api.identity.domain.Tokens;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.RefreshTokenRepository;
import com.tutormax.api.identity.persistence.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Password sign-in, refresh-token rotation, sign-out and password change, all audited. */
@Service
public class AuthService {

  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final AuditLog audit;
  private final PasswordEncoder passwords;
  private final AccessTokens accessTokens;
  private final AuthProperties properties;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final Lockout lockout;
  // Compared against when the account does not exist, so both paths cost one hash check.
  private final String dummyHash;

  public AuthService(
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      AuditLog audit,
      PasswordEncoder passwords,
      AccessTokens accessTokens,
      AuthProperties properties,
      TransactionalOperator transactions,
      Clock clock) {
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.audit = audit;
    this.passwords = passwords;
    this.accessTokens = accessTokens;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
    this.lockout = new Lockout(properties.maxFailedLogins(), properties.lockoutCoolDown());
    this.dummyHash = passwords.encode(Tokens.newOpaqueToken());
  }

  public Mono<TokenPair> login(String email, String password, ClientInfo client) {
    return users
        .findByEmail(email)
        .map(java.util.Optional::of)
        .defaultIfEmpty(java.util.Optional.empty())
        .flatMap(
            found ->
                matches(password, found.map(User::passwordHash).orElse(dummyHash))
                    .flatMap(ok -> decide(email, found.orElse(null), ok, client)));
  }

  private Mono<Boolean> matches(String raw, String hash) {
    String candidate = hash == null ? dummyHash : hash;
    // BCrypt is deliberately slow: keep it off the event loop.
    return Mono.fromCallable(() -> raw != null && passwords.matches(raw, candidate))
        .subscribeOn(Schedulers.boundedElastic());
  }

  private Mono<TokenPair> decide(String email, User user, boolean passwordOk, ClientInfo client) {
    Instant now = clock.instant();
    if (user == null) {
      return fail(null, email, "LOGIN_FAILURE", "unknown account", client);
    }
    if (!user.active()) {
      return fail(user.id(), email, "LOGIN_FAILURE", "account disabled", client);
    }
    if (lockout.isLocked(user.lockedUntil(), now)) {
      return fail(user.id(), email, "LOGIN_FAILURE", "account locked", client);
    }
    if (!passwordOk || user.passwordHash() == null) {
      int failures = user.failedLogins() + 1;
      Instant lockUntil = lockout.lockAfterFailure(failures, now);
      Mono<Void> record = users.recordFailedLogin(user.id(), failures, lockUntil);
      if (lockUntil != null) {
        record =
            record.then(
                audit.record(
                    entry(
                        user.id(),
                        email,
                        "LOCKOUT",
                        user.id(),
                        Outcome.SUCCESS,
                        client,
                        "locked until " + lockUntil)));
      }
      return record.then(fail(user.id(), email, "LOGIN_FAILURE", "wrong password", client));
    }
    return users.recordSuccessfulLogin(user.id()).then(signIn(user, client, "password"));
  }

  /** Issues a session for an authenticated user and audits the sign-in. */
  public Mono<TokenPair> signIn(User user, ClientInfo client, String method) {
    Mono<TokenPair> success =
        issue(user, UUID.randomUUID())
            .flatMap(
                pair ->
                    audit
                        .record(
                            entry(
                                user.id(),
                                user.email(),
                                "LOGIN_SUCCESS",
                                user.id(),
                                Outcome.SUCCESS,
                                client,
                                method))
                        .thenReturn(pair));
    return transactions.transactional(success);
  }

  private <T> Mono<T> fail(
      UUID userId, String email, String action, String why, ClientInfo client) {
    return audit
        .record(entry(userId, email, action, userId, Outcome.FAILURE, client, why))
        .then(Mono.error(new AuthFailedException()));
  }

  private Mono<TokenPair> issue(User user, UUID familyId) {
    String refresh = Tokens.newOpaqueToken();
    return refreshTokens
        .insert(
            user.id(),
            familyId,
            Tokens.sha256(refresh),
            clock.instant().plus(properties.refreshTokenTtl()))
        .thenReturn(
            new TokenPair(accessTokens.issue(user), "Bearer", accessTokens.ttlSeconds(), refresh));
  }

  /**
   * Rotates a refresh token. A token used twice means it leaked: the whole family is revoked, so
   * both the thief and the owner must sign in again. The revocation commits even though the caller
   * gets a 401.
   */
  public Mono<TokenPair> refresh(String token, ClientInfo client) {
    Instant now = clock.instant();
    Mono<java.util.Optional<TokenPair>> work =
        refreshTokens
            .findForUpdate(Tokens.sha256(token == null ? "" : token))
            .flatMap(
                stored -> {
                  if (stored.revokedAt() != null || stored.expiresAt().isBefore(now)) {
                    return Mono.just(java.util.Optional.<TokenPair>empty());
                  }
                  if (stored.usedAt() != null) {
                    return refreshTokens
                        .revokeFamily(stored.familyId())
                        .then(
                            audit.record(
                                entry(
                                    stored.userId(),
                                    null,
                                    "REFRESH_REUSE",
                                    stored.userId(),
                                    Outcome.DENIED,
                                    client,
                                    "token family revoked")))
                        .thenReturn(java.util.Optional.<TokenPair>empty());
                  }
                  return rotate(stored, client).map(java.util.Optional::of);
                })
            .defaultIfEmpty(java.util.Optional.empty());
    return transactions
        .transactional(work)
        .flatMap(
            result ->
                result.map(Mono::just).orElseGet(() -> Mono.error(new AuthFailedException())));
  }

  private Mono<TokenPair> rotate(RefreshTokenRepository.StoredToken stored, ClientInfo client) {
    return users
        .findById(stored.userId())
        .filter(User::active)
        .flatMap(
            user ->
                refreshTokens
                    .markUsed(stored.id())
                    .then(issue(user, stored.familyId()))
                    .flatMap(
                        pair ->
                            audit
                                .record(
                                    entry(
                                        user.id(),
                                        user.email(),
                                        "TOKEN_REFRESH",
                                        user.id(),
                                        Outcome.SUCCESS,
                                        client,
                                        null))
                                .thenReturn(pair)));
  }

  /** Signs out: the token's family can no longer be refreshed. Unknown tokens are ignored. */
  public Mono<Void> logout(String token, ClientInfo client) {
    return transactions.transactional(
        refreshTokens
            .findForUpdate(Tokens.sha256(token == null ? "" : token))
            .flatMap(
                stored ->
                    refreshTokens
                        .revokeFamily(stored.familyId())
                        .then(
                            audit.record(
                                entry(
                                    stored.userId(),
                                    null,
                                    "LOGOUT",
                                    stored.userId(),
                                    Outcome.SUCCESS,
                                    client,
                                    null)))));
  }

  /** Changes a password after checking the current one; every refresh token is revoked. */
  public Mono<Void> changePassword(UUID userId, String current, String next, ClientInfo client) {
    return users
        .findById(userId)
        .switchIfEmpty(Mono.error(new AuthFailedException()))
        .flatMap(
            user ->
                matches(current, user.passwordHash())
                    .flatMap(
                        ok -> {
                          if (!ok) {
                            return audit
                                .record(
                                    entry(
                                        userId,
                                        user.email(),
                                        "PASSWORD_CHANGE",
                                        userId,
                                        Outcome.FAILURE,
                                        client,
                                        "wrong current password"))
                                .then(Mono.error(new AuthFailedException()));
                          }
                          List<String> problems = PasswordPolicy.violations(next, user.email());
                          if (!problems.isEmpty()) {
                            return Mono.error(
                                new ResponseStatusException(
                                    HttpStatus.BAD_REQUEST,
                                    "New password " + String.join("; ", problems)));
                          }
                          return hash(next)
                              .flatMap(
                                  hash ->
                                      transactions.transactional(
                                          users
                                              .updatePassword(userId, hash)
                                              .then(refreshTokens.revokeAllOf(userId))
                                              .then(
                                                  audit.record(
                                                      entry(
                                                          userId,
                                                          user.email(),
                                                          "PASSWORD_CHANGE",
                                                          userId,
                                                          Outcome.SUCCESS,
                                                          client,
                                                          "refresh tokens revoked")))));
                        }));
  }

  public Mono<String> hash(String password) {
    return Mono.fromCallable(() -> passwords.encode(password))
        .subscribeOn(Schedulers.boundedElastic());
  }

  static AuditEntry entry(
      UUID actorId,
      String actor,
      String action,
      UUID target,
      Outcome outcome,
      ClientInfo client,
      String details) {
    return new AuditEntry(
        actorId,
        actor,
        action,
        "user",
        target == null ? null : target.toString(),
        outcome,
        client == null ? null : client.ip(),
        client == null ? null : client.userAgent(),
        details);
  }
}
