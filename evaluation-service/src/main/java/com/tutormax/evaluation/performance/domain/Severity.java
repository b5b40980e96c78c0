package com.tutormax.evaluation.performance.domain;

/** How far past its threshold a flagged metric is. */
public enum Severity {
  /** Past the PRD threshold: an area to improve. */
  AMBER,
  /** Far past it: needs intervention. */
  RED
}
