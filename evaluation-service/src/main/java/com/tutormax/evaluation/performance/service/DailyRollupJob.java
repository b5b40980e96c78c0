package com.tutormax.evaluation.performance.service;

import com.tutormax.common.jobs.ScheduledJob;
import com.tutormax.evaluation.performance.service.DayCloser.ClosedDay;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The scheduler's {@code evaluation-daily-rollup} (00:00 UTC): closes the UTC days that ended and
 * rolls up the tier thresholds, as {@code POST /api/evaluation/days/close} does. Event time usually
 * closed them already; this closes the ones quiet inputs left open. Counts: days closed by this
 * run, tutor-days they closed, days another instance had closed meanwhile.
 */
@Component
class DailyRollupJob implements ScheduledJob {

  private final DayCloser closer;

  DailyRollupJob(DayCloser closer) {
    this.closer = closer;
  }

  @Override
  public String name() {
    return "evaluation-daily-rollup";
  }

  @Override
  public Mono<Map<String, Long>> run(Map<String, String> parameters) {
    return closer.closeEndedDays().collectList().map(DailyRollupJob::counts);
  }

  private static Map<String, Long> counts(List<ClosedDay> days) {
    return Map.of(
        "daysClosed", days.stream().filter(ClosedDay::byThisCall).count(),
        "tutorDaysClosed", days.stream().mapToLong(ClosedDay::tutors).sum(),
        "daysAlreadyClosed", days.stream().filter(d -> !d.byThisCall()).count());
  }
}
