package com.tutormax.api.audit.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.domain.AuditQuery;
import com.tutormax.api.audit.domain.AuditRecord;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.identity.service.ClientInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Searching, exporting and expiring the audit log; each of these is audited in turn. */
@Service
public class AuditService {

  private final AuditLog log;
  private final Clock clock;
  private final Duration retention;

  public AuditService(
      AuditLog log, Clock clock, @Value("${tutormax.audit.retention:1095d}") Duration retention) {
    this.log = log;
    this.clock = clock;
    this.retention = retention;
  }

  /** Who is asking, from the verified token. */
  public record Reader(UUID id, String email) {}

  /** A page of results and the cursor of the next, older page (null at the end). */
  public record Page(List<AuditRecord> entries, Long nextBeforeId) {}

  /** The outcome of a retention sweep. */
  public record Sweep(Instant cutoff, long deleted) {}

  public Mono<Page> search(Reader reader, AuditQuery query, ClientInfo client) {
    return record(reader, "AUDIT_SEARCH", describe(query), client)
        .then(log.search(query).collectList())
        .map(
            entries ->
                new Page(
                    entries,
                    entries.size() == query.limit() ? entries.get(entries.size() - 1).id() : null));
  }

  /** Every matching entry, newest first, read page by page so memory stays flat. */
  public Flux<AuditRecord> export(Reader reader, AuditQuery query, ClientInfo client) {
    return record(reader, "AUDIT_EXPORT", describe(query), client).thenMany(pages(query));
  }

  private Flux<AuditRecord> pages(AuditQuery query) {
    return log.search(query)
        .collectList()
        .flatMapMany(
            page -> {
              if (page.size() < query.limit()) {
                return Flux.fromIterable(page);
              }
              AuditQuery next =
                  new AuditQuery(
                      query.actor(),
                      query.action(),
                      query.outcome(),
                      query.targetType(),
                      query.targetId(),
                      query.from(),
                      query.to(),
                      page.get(page.size() - 1).id(),
                      query.limit());
              return Flux.fromIterable(page).concatWith(Flux.defer(() -> pages(next)));
            });
  }

  /** Removes entries older than the retention period (3 years by default). */
  public Mono<Sweep> applyRetention(Reader reader, ClientInfo client) {
    Instant cutoff = clock.instant().minus(retention);
    return log.deleteOlderThan(cutoff)
        .flatMap(
            deleted ->
                record(
                        reader,
                        "AUDIT_RETENTION",
                        "deleted " + deleted + " before " + cutoff,
                        client)
                    .thenReturn(new Sweep(cutoff, deleted)));
  }

  private Mono<Void> record(Reader reader, String action, String details, ClientInfo client) {
    return log.record(
        new AuditEntry(
            reader.id(),
            reader.email(),
            action,
            "audit_log",
            null,
            Outcome.SUCCESS,
            client.ip(),
            client.userAgent(),
            details));
  }

  private static String describe(AuditQuery q) {
    return "actor=%s action=%s outcome=%s target=%s/%s from=%s to=%s"
        .formatted(
            q.actor(), q.action(), q.outcome(), q.targetType(), q.targetId(), q.from(), q.to());
  }
}
