package com.tutormax.api.interventions.domain;

import java.util.Set;
import java.util.UUID;

/** The signed-in staff member acting on a task, from the verified token (never the body). */
public record Actor(UUID id, String email, Set<String> roles) {

  /** Admins and operations managers act on every task (the PRD's managers assign them). */
  public boolean manager() {
    return roles.contains("ADMIN") || roles.contains("OPS_MANAGER");
  }

  /**
   * Whether the actor may act on the task. People ops work their own queue: they may take an
   * unassigned task (assign it to themselves) and move or close only tasks assigned to them.
   */
  public boolean mayChange(Intervention task) {
    return manager() || id.equals(task.assigneeId());
  }

  /** Whether the actor may give the task to {@code assignee}. */
  public boolean mayAssign(Intervention task, UUID assignee) {
    if (manager()) {
      return true;
    }
    return id.equals(assignee) && (task.assigneeId() == null || id.equals(task.assigneeId()));
  }
}
