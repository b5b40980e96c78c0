package com.tutormax.api.interventions.domain;

/** A move the workflow does not allow from the task's current status (a 409 to the caller). */
public class TransitionNotAllowed extends RuntimeException {

  public TransitionNotAllowed(InterventionStatus from, InterventionStatus to) {
    super("A task " + from + " cannot become " + to);
  }
}
