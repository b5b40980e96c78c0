package com.tutormax.common.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three subject families of the marketplace and the subjects in each. One catalog for the
 * generator, the ingestion API and evaluation's "satisfaction by subject".
 */
public enum SubjectFamily {
  STEM(
      List.of(
          "math", "algebra", "geometry", "calculus", "science", "physics", "chemistry", "biology")),
  LANGUAGE_WRITING(List.of("english", "writing", "reading", "spanish", "french")),
  TEST_PREP(List.of("sat", "act", "gre", "gmat", "ap-exams"));

  private final List<String> subjects;

  SubjectFamily(List<String> subjects) {
    this.subjects = subjects;
  }

  public List<String> subjects() {
    return subjects;
  }

  public static Optional<SubjectFamily> ofSubject(String subject) {
    return Arrays.stream(values()).filter(f -> f.subjects.contains(subject)).findFirst();
  }

  public static Optional<SubjectFamily> parse(String name) {
    return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
  }
}
