package com.tutormax.api.records.domain;

import com.tutormax.common.events.TutorLifecycleChanged.Change;

/** Where a tutor stands, as the latest lifecycle change (by event time) left them. */
public enum TutorStatus {
  ACTIVE,
  INACTIVE,
  RESIGNED;

  public static TutorStatus after(Change change) {
    return switch (change) {
      case JOINED, REACTIVATED -> ACTIVE;
      case INACTIVE -> INACTIVE;
      case RESIGNED -> RESIGNED;
    };
  }
}
