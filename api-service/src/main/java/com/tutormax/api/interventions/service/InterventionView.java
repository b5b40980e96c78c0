package com.tutormax.api.interventions.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tutormax.api.interventions.domain.HistoryEntry;
import com.tutormax.api.interventions.domain.Intervention;
import com.tutormax.api.interventions.domain.SlaState;
import java.time.Instant;
import java.util.List;

/**
 * A task as the API shows it: the task, its SLA state at the time of the read (null for an
 * automated action) and, in the detail only, its history (oldest first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InterventionView(Intervention task, SlaState sla, List<HistoryEntry> history) {

  static InterventionView of(Intervention task, Instant now) {
    return new InterventionView(task, task.sla(now), null);
  }
}
