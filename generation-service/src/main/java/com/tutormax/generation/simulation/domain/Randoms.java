package com.tutormax.generation.simulation.domain;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded random streams and the few distributions the simulation needs. */
final class Randoms {

  private Randoms() {}

  /**
   * An independent stream for (seed, a, b), e.g. (seed, tutor serial, day): the same inputs always
   * give the same stream, and adding a tutor never reshuffles another tutor's draws.
   */
  static SplittableRandom stream(long seed, long a, long b) {
    return new SplittableRandom(mix(mix(mix(seed) ^ a) ^ (b * 0x9E3779B97F4A7C15L)));
  }

  /** The SplitMix64 finaliser: spreads nearby inputs over the whole 64-bit range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static boolean chance(SplittableRandom random, double probability) {
    return random.nextDouble() < probability;
  }

  static double gaussian(SplittableRandom random, double mean, double sd) {
    // Box-Muller from two uniforms: SplittableRandom has no nextGaussian on Java 17.
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return mean + sd * Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  static double logNormal(SplittableRandom random, double median, double sigma) {
    return median * Math.exp(gaussian(random, 0, sigma));
  }

  static int poisson(SplittableRandom random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return Math.max(0, (int) Math.round(gaussian(random, mean, Math.sqrt(mean))));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  static int between(SplittableRandom random, int fromInclusive, int toInclusive) {
    return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
  }

  static <T> T pick(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Index drawn with the given (not necessarily normalised) weights. */
  static int weighted(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
