package com.tutormax.api.live.domain;

import com.tutormax.common.domain.RiskLevel;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.InterventionRecommended;
import com.tutormax.common.events.InterventionUpdated;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pushes an event becomes. */
public final class LiveMessages {

  private LiveMessages() {}

  /** A score change, and an alert when the tutor has just become critical. */
  public static List<LiveMessage> of(ChurnPredicted p, Optional<RiskLevel> previousLevel) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("score", p.headlineScore());
    data.put("ruleScore", p.ruleScore());
    data.put("riskLevel", p.riskLevel() == null ? null : p.riskLevel().name());
    data.put("previousRiskLevel", previousLevel.map(Enum::name).orElse(null));
    data.put("windowProbabilities", p.windowProbabilities());
    if (p.topFactors() != null && !p.topFactors().isEmpty()) {
      data.put("topFactor", p.topFactors().get(0).description());
    }
    LiveMessage change = new LiveMessage(LiveTopic.PREDICTIONS, p.tutorId(), p.asOf(), data);
    if (becameCritical(p.riskLevel(), previousLevel)) {
      return List.of(change, new LiveMessage(LiveTopic.ALERTS, p.tutorId(), p.asOf(), data));
    }
    return List.of(change);
  }

  /** Critical now and not before (a tutor staying critical is not a new alert). */
  static boolean becameCritical(RiskLevel now, Optional<RiskLevel> before) {
    return now == RiskLevel.CRITICAL && before.filter(l -> l == RiskLevel.CRITICAL).isEmpty();
  }

  public static LiveMessage of(InterventionRecommended r) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("change", "RECOMMENDED");
    data.put("interventionId", r.recommendationId());
    data.put("interventionType", r.interventionType());
    data.put("automated", r.automated());
    data.put("riskLevel", r.riskLevel() == null ? null : r.riskLevel().name());
    data.put("priority", r.priority());
    data.put("reason", r.reason());
    data.put("dueAt", r.dueAt() == null ? null : r.dueAt().toString());
    return new LiveMessage(LiveTopic.INTERVENTIONS, r.tutorId(), r.recommendedAt(), data);
  }

  public static LiveMessage of(InterventionUpdated u) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("change", "UPDATED");
    data.put("interventionId", u.interventionId());
    data.put("interventionType", u.interventionType());
    data.put("status", u.status());
    data.put("outcome", u.outcome());
    data.put("assigneeId", u.assigneeId());
    data.put("updatedBy", u.updatedBy());
    return new LiveMessage(LiveTopic.INTERVENTIONS, u.tutorId(), u.updatedAt(), data);
  }

  /** The hint that KPIs may have moved, derived by each instance from what it relays. */
  public static LiveMessage kpisChanged(Instant now) {
    return new LiveMessage(LiveTopic.KPIS, null, now, Map.of());
  }
}
