package com.tutormax.api.live.domain;

import java.util.Set;

/**
 * What a dashboard socket can subscribe to, and who may see it. Everything on /ws/dashboard is
 * churn or intervention data, for staff only: a tutor never sees a churn score (PRD).
 */
public enum LiveTopic {
  /** A tutor's churn score changed. */
  PREDICTIONS,
  /** A tutor became critical (was not before): the ops home's alerts queue. */
  ALERTS,
  /** An intervention was recommended or its task changed. */
  INTERVENTIONS,
  /** The home's KPIs may have moved: refetch them (at most one hint per kpi-hint-every). */
  KPIS;

  private static final Set<String> STAFF = Set.of("ADMIN", "OPS_MANAGER", "PEOPLE_OPS");

  /** Whether a caller with these roles may receive this topic. */
  public boolean visibleTo(Set<String> roles) {
    return roles.stream().anyMatch(STAFF::contains);
  }

  /** Whether a socket may be opened at all with these roles. */
  public static boolean anyVisibleTo(Set<String> roles) {
    for (LiveTopic topic : values()) {
      if (topic.visibleTo(roles)) {
        return true;
      }
    }
    return false;
  }
}
