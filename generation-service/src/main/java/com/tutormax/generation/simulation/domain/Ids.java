package com.tutormax.generation.simulation.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Business ids of simulated records and the deterministic event ids derived from them. */
final class Ids {

  private Ids() {}

  static String tutor(int serial) {
    return "T" + pad(serial, 5);
  }

  static String student(int serial) {
    return "ST" + pad(serial, 6);
  }

  /** e.g. S0042-00017-03: the 4th record of tutor 17 on day 42, prefixed by its kind. */
  static String dayRecord(char kind, int day, int tutorSerial, int index) {
    return kind + pad(day, 4) + "-" + pad(tutorSerial, 5) + "-" + pad(index, 2);
  }

  /** The event id: the same seed and record always give the same UUID. */
  static UUID event(long seed, String kind, String recordId) {
    return UUID.nameUUIDFromBytes(
        (seed + "|" + kind + "|" + recordId).getBytes(StandardCharsets.UTF_8));
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
