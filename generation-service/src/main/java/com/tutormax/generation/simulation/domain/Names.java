package com.tutormax.generation.simulation.domain;

import java.util.List;
import java.util.SplittableRandom;

/** Made-up names for simulated people. */
final class Names {

  private Names() {}

  private static final List<String> FIRST =
      List.of(
          "Ada", "Ben", "Chloe", "Dev", "Elena", "Felix", "Grace", "Hiro", "Ines", "Jamal", "Kira",
          "Liam", "Maya", "Noah", "Olivia", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma",
          "Victor", "Wen", "Xavier", "Yara", "Zane", "Amir", "Bea", "Carlos", "Dana", "Emil",
          "Fatima", "Gus", "Hana", "Ivan", "Jade");
  private static final List<String> LAST =
      List.of(
          "Adams", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jones",
          "Khan", "Lopez", "Martin", "Nguyen", "Okafor", "Patel", "Quinto", "Rossi", "Singh",
          "Tanaka", "Usman", "Varga", "Weber", "Xu", "Young", "Zhang");

  static String person(SplittableRandom random) {
    return Randoms.pick(random, FIRST) + " " + Randoms.pick(random, LAST);
  }
}
