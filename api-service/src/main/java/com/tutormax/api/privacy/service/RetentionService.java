package com.tutormax.api.privacy.service;

import com.tutormax.api.audit.domain.AuditEntry;
import com.tutormax.api.audit.domain.AuditEntry.Outcome;
import com.tutormax.api.audit.persistence.AuditLog;
import com.tutormax.api.feedback.persistence.FeedbackTokenStore;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.privacy.persistence.EducationalRecords;
import com.tutormax.api.privacy.service.PrivacyService.Requester;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The retention sweep of educational records (7 years, FERPA) and of ended feedback links (30
 * days), in one transaction, audited. Run on request now; the scheduler runs it daily (issue 9).
 * The audit log has its own 3-year sweep (AuditService).
 */
@Service
public class RetentionService {

  private final EducationalRecords records;
  private final FeedbackTokenStore feedbackLinks;
  private final AuditLog audit;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final Duration recordsRetention;
  private final Duration linksRetention;

  public RetentionService(
      EducationalRecords records,
      FeedbackTokenStore feedbackLinks,
      AuditLog audit,
      TransactionalOperator transactions,
      Clock clock,
      @Value("${tutormax.privacy.records-retention:2557d}") Duration recordsRetention,
      @Value("${tutormax.privacy.feedback-links-retention:30d}") Duration linksRetention) {
    this.records = records;
    this.feedbackLinks = feedbackLinks;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.recordsRetention = recordsRetention;
    this.linksRetention = linksRetention;
  }

  /** What a sweep removed, and its cutoff. */
  public record Sweep(
      Instant cutoff,
      long feedback,
      long sessions,
      long activity,
      long students,
      long feedbackLinks) {}

  public Mono<Sweep> sweep(Requester requester, ClientInfo client) {
    Instant now = clock.instant();
    Instant cutoff = now.minus(recordsRetention);
    return records
        .deleteBefore(cutoff)
        .zipWith(feedbackLinks.deleteEndedBefore(now.minus(linksRetention)))
        .map(
            removed ->
                new Sweep(
                    cutoff,
                    removed.getT1().feedback(),
                    removed.getT1().sessions(),
                    removed.getT1().activity(),
                    removed.getT1().students(),
                    removed.getT2()))
        .as(transactions::transactional)
        .flatMap(
            sweep ->
                audit
                    .record(
                        new AuditEntry(
                            requester.id(),
                            requester.email(),
                            "RECORDS_RETENTION_SWEEP",
                            "records",
                            null,
                            Outcome.SUCCESS,
                            client.ip(),
                            client.userAgent(),
                            sweep.toString()))
                    .thenReturn(sweep));
  }
}
