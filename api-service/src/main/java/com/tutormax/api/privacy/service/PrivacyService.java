package com.tutormax.api.privacy.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.domain.AuditQuery;
import com.tutormax.api.audit.domain.AuditRecord;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.domain.Role;
import com.tutormax.api.identity.domain.User;
import com.tutormax.api.identity.persistence.RefreshTokenRepository;
import com.tutormax.api.identity.persistence.UserRepository;
import com.tutormax.api.identity.service.ClientInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * GDPR-style requests about a person: export everything held about them, or erase it. Erasure
 * anonymises the account in place (references stay valid) and signs it out everywhere; audit
 * entries about the person are kept, as the legal record of who did what, until their retention
 * period ends. Both are admin-only and audited.
 */
@Service
public class PrivacyService {

  private static final int AUDIT_LIMIT = AuditQuery.MAX_LIMIT;

  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final AuditLog audit;
  private final TransactionalOperator transactions;

  public PrivacyService(
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      AuditLog audit,
      TransactionalOperator transactions) {
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** The admin making the request. */
  public record Requester(UUID id, String email) {}

  /** Everything held about a person (the account, and the audit entries by or about them). */
  public record PersonExport(
      UUID id,
      String email,
      String name,
      String status,
      Set<Role> roles,
      String tutorId,
      String studentId,
      List<AuditRecord> activity,
      List<AuditRecord> actionsAboutThem) {}

  public Mono<PersonExport> export(Requester requester, UUID userId, ClientInfo client) {
    return user(userId)
        .flatMap(
            user ->
                Mono.zip(
                        audit.search(byActor(user.email())).collectList(),
                        audit.search(aboutTarget(userId)).collectList())
                    .map(
                        lists ->
                            new PersonExport(
                                user.id(),
                                user.email(),
                                user.displayName(),
                                user.status().name(),
                                user.roles(),
                                user.tutorId(),
                                user.studentId(),
                                lists.getT1(),
                                lists.getT2())))
        .flatMap(
            export ->
                record(requester, "PRIVACY_EXPORT", userId, client, "account and audit entries")
                    .thenReturn(export));
  }

  public Mono<Void> erase(Requester requester, UUID userId, ClientInfo client) {
    if (requester.id().equals(userId)) {
      return Mono.error(
          new ResponseStatusException(HttpStatus.FORBIDDEN, "Admins cannot erase themselves"));
    }
    return user(userId)
        .flatMap(
            user ->
                transactions.transactional(
                    users
                        .anonymise(userId)
                        .then(users.replaceRoles(userId, Set.of()))
                        .then(refreshTokens.revokeAllOf(userId))
                        .then(
                            record(
                                requester,
                                "PRIVACY_ERASE",
                                userId,
                                client,
                                "account anonymised, roles removed, sessions revoked"))));
  }

  private Mono<User> user(UUID id) {
    return users
        .findById(id)
        .switchIfEmpty(
            Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such user")));
  }

  private static AuditQuery byActor(String email) {
    return new AuditQuery(email, null, null, null, null, null, null, null, AUDIT_LIMIT);
  }

  private static AuditQuery aboutTarget(UUID id) {
    return new AuditQuery(null, null, null, "user", id.toString(), null, null, null, AUDIT_LIMIT);
  }

  private Mono<Void> record(
      Requester requester, String action, UUID target, ClientInfo client, String details) {
    return audit.record(
        new AuditEntry(
            requester.id(),
            requester.email(),
            action,
            "user",
            target.toString(),
            Outcome.SUCCESS,
            client.ip(),
            client.userAgent(),
            details));
  }
}
