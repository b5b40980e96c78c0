package com.tutormax.api.privacy.service;

import com.tutormax.api.identity.service.ClientInfo;
import com.tutormax.api.privacy.service.PrivacyService.Requester;
import com.tutormax.common.jobs.ScheduledJob;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's daily {@code data-retention-sweep}: the same sweep as {@code POST
 * /api/admin/privacy/retention}, audited with the scheduler as the requester.
 */
@Component
class RetentionSweepJob implements ScheduledJob {

  static final String NAME = "data-retention-sweep";

  private final RetentionService retention;

  RetentionSweepJob(RetentionService retention) {
    this.retention = retention;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    return retention
        .sweep(new Requester(null, "scheduler:" + NAME), ClientInfo.SCHEDULER)
        .map(
            sweep -> {
              Map<String, Long> counts = new LinkedHashMap<>();
              counts.put("feedbackDeleted", sweep.feedback());
              counts.put("sessionsDeleted", sweep.sessions());
              counts.put("activityDeleted", sweep.activity());
              counts.put("studentsDeleted", sweep.students());
              counts.put("feedbackLinksDeleted", sweep.feedbackLinks());
              return counts;
            });
  }
}
