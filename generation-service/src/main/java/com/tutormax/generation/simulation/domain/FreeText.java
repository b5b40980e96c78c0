package com.tutormax.generation.simulation.domain;

import java.util.List;
import java.util.SplittableRandom;

/** Short comments students leave, matched to their rating. */
final class FreeText {

  private FreeText() {}

  private static final List<String> GOOD =
      List.of(
          "Really clear explanations, thank you!",
          "Helped me understand the homework.",
          "Great session, very patient.",
          "I finally get it now.");
  private static final List<String> MIXED =
      List.of("It was okay.", "A bit fast for me.", "Good but we ran out of time.");
  private static final List<String> BAD =
      List.of(
          "The tutor seemed unprepared.",
          "Hard to follow.",
          "Started late and felt rushed.",
          "Connection kept dropping.");

  static String forRating(int rating, SplittableRandom random) {
    List<String> pool = rating >= 4 ? GOOD : rating == 3 ? MIXED : BAD;
    return Randoms.pick(random, pool);
  }
}
