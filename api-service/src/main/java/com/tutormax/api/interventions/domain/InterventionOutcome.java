package com.tutormax.api.interventions.domain;

/**
 * What came of a completed task (PRD): the tutor improved, nothing changed, the tutor declined the
 * intervention, or the tutor churned anyway. Recording one completes the task.
 */
public enum InterventionOutcome {
  IMPROVED,
  NO_CHANGE,
  DECLINED,
  CHURNED
}
