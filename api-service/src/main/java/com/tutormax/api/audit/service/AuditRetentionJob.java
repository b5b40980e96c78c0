package com.tutormax.api.audit.service;

import com.tutormax.api.audit.service.AuditService.Reader;
import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.common.jobs.ScheduledJob;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's daily {@code audit-log-retention}: the same sweep as {@code POST
 * /api/admin/audit/retention}, audited with the scheduler as the actor.
 */
@Component
class AuditRetentionJob implements ScheduledJob {

  static final String NAME = "audit-log-retention";

  private final AuditService audit;

  AuditRetentionJob(AuditService audit) {
    this.audit = audit;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    return audit
        .applyRetention(new Reader(null, "scheduler:" + NAME), ClientInfo.SCHEDULER)
        .map(sweep -> Map.of("entriesDeleted", sweep.deleted()));
  }
}
