package com.tutormax.api.ingest.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.ingest.domain.ClientSecrets;
import com.tutormax.api.ingest.domain.IntegrationClient;
import com.tutormax.api.ingest.persistence.IntegrationClientRepository;
import com.tutormax.api.ingest.persistence.IntegrationClientRepository.StoredClient;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Integration clients: admins create and revoke them, clients exchange their secret for a
 * short-lived token, and every ingestion call checks the client is still active. All audited.
 */
@Service
public class IntegrationClientService {

  // Compared against when the client does not exist, so every failure costs the same work.
  private static final String DUMMY_HASH = ClientSecrets.hash(ClientSecrets.newSecret());

  private final IntegrationClientRepository clients;
  private final ClientTokens tokens;
  private final AuditLog audit;
  private final TransactionalOperator transactions;

  public IntegrationClientService(
      IntegrationClientRepository clients,
      ClientTokens tokens,
      AuditLog audit,
      TransactionalOperator transactions) {
    this.clients = clients;
    this.tokens = tokens;
    this.audit = audit;
    this.transactions = transactions;
  }

  /** The admin acting, from the verified token. */
  public record Actor(UUID id, String email) {}

  /** A new client with its secret, which is shown this once and never stored. */
  public record NewClient(IntegrationClient client, String secret) {}

  /** An access token and its lifetime in seconds. */
  public record IssuedToken(String accessToken, long expiresIn) {}

  public Mono<NewClient> create(Actor actor, String name, ClientInfo from) {
    String secret = ClientSecrets.newSecret();
    return transactions.transactional(
        clients
            .insert(UUID.randomUUID(), name.trim(), ClientSecrets.hash(secret), actor.email())
            .flatMap(
                created ->
                    audit
                        .record(
                            entry(
                                actor.id(),
                                actor.email(),
                                "INTEGRATION_CLIENT_CREATE",
                                created.id().toString(),
                                Outcome.SUCCESS,
                                from,
                                "name " + created.name()))
                        .thenReturn(new NewClient(created, secret))));
  }

  public Flux<IntegrationClient> list() {
    return clients.findAll();
  }

  /** Revokes a client: its tokens stop working at once. Revoking twice changes nothing. */
  public Mono<Void> revoke(Actor actor, UUID id, ClientInfo from) {
    return clients
        .findWithSecret(id)
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No such integration client")))
        .flatMap(
            found ->
                transactions.transactional(
                    clients
                        .revoke(id)
                        .filter(revoked -> revoked)
                        .flatMap(
                            revoked ->
                                audit.record(
                                    entry(
                                        actor.id(),
                                        actor.email(),
                                        "INTEGRATION_CLIENT_REVOKE",
                                        id.toString(),
                                        Outcome.SUCCESS,
                                        from,
                                        "name " + found.client().name())))));
  }

  /** The OAuth2 client-credentials grant. Every failure is the same 401. */
  public Mono<IssuedToken> issueToken(String clientId, String secret, ClientInfo from) {
    UUID id = parseId(clientId);
    // An id that is not even a UUID is still looked up (as a random one), to cost the same.
    return clients
        .findWithSecret(id == null ? UUID.randomUUID() : id)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(found -> decide(clientId, secret, found, from));
  }

  private Mono<IssuedToken> decide(
      String clientId, String secret, Optional<StoredClient> found, ClientInfo from) {
    boolean secretMatches =
        ClientSecrets.matches(secret, found.map(StoredClient::secretHash).orElse(DUMMY_HASH));
    if (found.isEmpty()) {
      return refuse(null, clientId, "unknown client", from);
    }
    IntegrationClient client = found.get().client();
    if (!client.active()) {
      return refuse(client, clientId, "client revoked", from);
    }
    if (!secretMatches) {
      return refuse(client, clientId, "wrong secret", from);
    }
    IssuedToken token = new IssuedToken(tokens.issue(client), tokens.ttlSeconds());
    return clients
        .recordTokenIssued(client.id())
        .then(
            audit.record(
                entry(
                    client.id(),
                    client.name(),
                    "INTEGRATION_TOKEN",
                    client.id().toString(),
                    Outcome.SUCCESS,
                    from,
                    null)))
        .thenReturn(token);
  }

  private Mono<IssuedToken> refuse(
      IntegrationClient client, String clientId, String why, ClientInfo from) {
    return audit
        .record(
            entry(
                client == null ? null : client.id(),
                client == null ? null : client.name(),
                "INTEGRATION_TOKEN",
                shorten(clientId),
                Outcome.FAILURE,
                from,
                why))
        .then(Mono.error(new ClientCredentialsFailedException()));
  }

  /** Fails with 401 unless the client exists and is not revoked. */
  public Mono<Void> requireActive(UUID clientId) {
    Mono<Boolean> isActive = clientId == null ? Mono.just(false) : clients.isActive(clientId);
    return isActive
        .filter(active -> active)
        .switchIfEmpty(
            Mono.error(
                new ResponseStatusException(
                    HttpStatus.UNAUTHORIZED,
                    "This integration client has been revoked; its tokens no longer work")))
        .then();
  }

  private static UUID parseId(String clientId) {
    try {
      return clientId == null ? null : UUID.fromString(clientId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String shorten(String value) {
    return value == null || value.length() <= 64 ? value : value.substring(0, 64);
  }

  private static AuditEntry entry(
      UUID actorId,
      String actor,
      String action,
      String target,
      Outcome outcome,
      ClientInfo from,
      String details) {
    return new AuditEntry(
        actorId,
        actor,
        action,
        "integration_client",
        target,
        outcome,
        from.ip(),
        from.userAgent(),
        details);
  }
}
