package com.tutormax.infra.launcher;

/** The fleet did not start; the message says why (with the tail of the failing log). */
public class FleetStartException extends RuntimeException {

  public FleetStartException(String message) {
    super(message);
  }

  public FleetStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
