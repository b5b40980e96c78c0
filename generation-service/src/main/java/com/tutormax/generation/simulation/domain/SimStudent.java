package com.tutormax.generation.simulation.domain;

/** A simulated student. Under-13s always have parental consent: the platform requires it. */
record SimStudent(String id, String name, int age, String gradeLevel) {

  boolean parentalConsent() {
    return age < 13;
  }

  static String gradeFor(int age) {
    if (age <= 5) {
      return "K";
    }
    if (age <= 17) {
      return Integer.toString(Math.min(12, age - 5));
    }
    return age <= 22 ? "college" : "adult";
  }
}
