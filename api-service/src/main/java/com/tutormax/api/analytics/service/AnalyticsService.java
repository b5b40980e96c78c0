package com.tutormax.api.analytics.service;

import com.tutormax.api.analytics.domain.DayRange;
import com.tutormax.api.analytics.domain.Effectiveness;
import com.tutormax.api.analytics.persistence.AnalyticsStore;
import com.tutormax.api.analytics.persistence.AnalyticsStore.InterventionExport;
import com.tutormax.api.analytics.persistence.AnalyticsStore.TutorExport;
import com.tutormax.common.web.CsvCells;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Intervention effectiveness and the CSV exports of interventions and tutor performance. */
@Service
public class AnalyticsService {

  static final String INTERVENTIONS_HEADER =
      "intervention_id,tutor_id,type,automated,risk_level,priority,status,recommended_at,due_at,"
          + "assigned_at,started_at,completed_at,executed_at,outcome,hours_to_action";

  private final AnalyticsStore store;

  public AnalyticsService(AnalyticsStore store) {
    this.store = store;
  }

  public Mono<Effectiveness.Report> effectiveness(DayRange range) {
    return store
        .interventions(range)
        .map(InterventionExport::facts)
        .collectList()
        .map(Effectiveness::of);
  }

  /** The header, then one line per intervention recommended in the range, oldest first. */
  public Flux<String> interventionsCsv(DayRange range) {
    return Flux.just(INTERVENTIONS_HEADER + "\n")
        .concatWith(
            store
                .interventions(range)
                .map(
                    i ->
                        CsvCells.line(
                                i.interventionId(),
                                i.tutorId(),
                                i.type(),
                                i.automated(),
                                i.riskLevel(),
                                i.priority(),
                                i.status(),
                                i.recommendedAt(),
                                i.dueAt(),
                                i.assignedAt(),
                                i.startedAt(),
                                i.completedAt(),
                                i.executedAt(),
                                i.outcome(),
                                i.facts().hoursToAction())
                            + "\n"));
  }

  /**
   * The header, then one line per tutor: identity, status, latest tier and score, each 30-day
   * metric (a column per metric any tutor has, by name) and the metric flags.
   */
  public Flux<String> tutorsCsv() {
    return store
        .tutors()
        .flatMapMany(
            tutors -> {
              TreeSet<String> metrics = new TreeSet<>();
              tutors.forEach(t -> metrics.addAll(t.metrics30d().keySet()));
              List<String> lines = new ArrayList<>(tutors.size() + 1);
              List<Object> header =
                  new ArrayList<>(
                      List.of(
                          "tutor_id",
                          "name",
                          "status",
                          "joined_at",
                          "tier",
                          "previous_tier",
                          "performance_score",
                          "evaluated_at"));
              metrics.forEach(m -> header.add("30d_" + m));
              header.add("flags");
              lines.add(CsvCells.line(header.toArray()) + "\n");
              for (TutorExport t : tutors) {
                List<Object> cells =
                    new ArrayList<>(
                        java.util.Arrays.asList(
                            t.tutorId(),
                            t.name(),
                            t.status(),
                            t.joinedAt(),
                            t.tier(),
                            t.previousTier(),
                            t.score(),
                            t.evaluatedAt()));
                metrics.forEach(m -> cells.add(t.metrics30d().get(m)));
                cells.add(String.join(" ", t.flags()));
                lines.add(CsvCells.line(cells.toArray()) + "\n");
              }
              return Flux.fromIterable(lines);
            });
  }
}
