package com.tutormax.churn.interventions.service;

import com.tutormax.churn.interventions.domain.InterventionRules;
import com.tutormax.churn.interventions.domain.InterventionType;
import com.tutormax.churn.interventions.domain.Recommendation;
import com.tutormax.churn.interventions.persistence.InterventionStore;
import com.tutormax.churn.scoring.service.Scorer;
import com.tutormax.churn.scoring.service.Scorer.Rescored;
import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.common.rules.PatternFlag;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's daily {@code reschedule-pattern-alerts} (01:00 UTC): the A4 alert and its 14-day
 * escalation run when a tutor is re-scored, and a tutor whose pattern goes on may send nothing new
 * to be re-scored for. This re-scores exactly the tutors whose pattern may be running (flagged now,
 * or alerted within the escalation span) through the usual scorer and intervention engine, so the
 * pattern's days are counted and the alert or escalation given on time. Counts: tutors checked, A4
 * alerts, escalations to a manager review, other recommendations made on the way.
 */
@Component
class ReschedulePatternJob implements ScheduledJob {

  /** An A4 given this long ago may belong to an episode that reaches the escalation today. */
  static final Duration ALERTED_WITHIN =
      Duration.ofDays(InterventionRules.RESCHEDULE_ESCALATION_DAYS + 1L);

  private final InterventionStore store;
  private final Scorer scorer;
  private final Clock clock;

  ReschedulePatternJob(InterventionStore store, Scorer scorer, Clock clock) {
    this.store = store;
    this.scorer = scorer;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "reschedule-pattern-alerts";
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    return store
        .reschedulePatternTutors(
            PatternFlag.HIGH_RESCHEDULE.key(), clock.instant().minus(ALERTED_WITHIN))
        .collectList()
        .flatMap(scorer::rescoreNow)
        .map(ReschedulePatternJob::counts);
  }

  static Map<String, Long> counts(Rescored rescored) {
    long alerts = 0;
    long escalations = 0;
    long other = 0;
    for (Recommendation r : rescored.recommendations()) {
      if (r.type() == InterventionType.A4_RESCHEDULE_ALERT) {
        alerts++;
      } else if (InterventionRules.isRescheduleEscalation(r)) {
        escalations++;
      } else {
        other++;
      }
    }
    return Map.of(
        "tutorsChecked", (long) rescored.tutors(),
        "alerts", alerts,
        "escalations", escalations,
        "otherRecommendations", other);
  }
}
