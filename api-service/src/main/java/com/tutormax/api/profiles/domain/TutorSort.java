package com.tutormax.api.profiles.domain;

/**
 * What the staff list sorts by. Tier sorts best first when ascending (Exemplary … At Risk), risk
 * lowest first (Low … Critical, then by score); tutors without the value come last either way.
 */
public enum TutorSort {
  SCORE,
  NAME,
  TENURE,
  TIER,
  RISK
}
