package com.tutormax.generation.simulation.domain;

import com.tutormax.common.domain.SubjectFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a tutor's traits and churn plan from the tutor's own random stream, so a tutor is the same
 * whatever else the world holds.
 */
final class TutorFactory {

  /** Subject family shares of the roster. */
  private static final double[] FAMILY_SHARES = {0.45, 0.30, 0.25};

  /** Behaviours a new tutor settles into, in the PRD's proportions without NEW. */
  private static final Archetype[] SETTLED = {
    Archetype.HIGH_PERFORMER, Archetype.AT_RISK, Archetype.STEADY, Archetype.CHURNER
  };

  private static final double[] REASON_SHARES = {0.15, 0.50, 0.35};

  private final WorldSettings settings;

  TutorFactory(WorldSettings settings) {
    this.settings = settings;
  }

  /**
   * Monthly churn hazard of a subject family before the archetype factor, calibrated so that the
   * observed monthly churn lands on the PRD's STEM 8%, language 12%, test prep 15% (churners add
   * the same absolute amount to every family, so the spread here is wider).
   */
  static double monthlyChurn(SubjectFamily family) {
    return switch (family) {
      case STEM -> 0.065;
      case LANGUAGE_WRITING -> 0.115;
      case TEST_PREP -> 0.16;
    };
  }

  /** A tutor of the day-0 roster: archetype by the PRD's shares, tenure to match. */
  SimTutor initial(int serial) {
    SplittableRandom random = Randoms.stream(settings.seed(), serial, -1);
    Archetype archetype = Archetype.values()[Randoms.weighted(random, shares(Archetype.values()))];
    int tenure =
        archetype == Archetype.NEW
            ? Randoms.between(random, 0, 29)
            : 30 + (int) Math.min(3000, Randoms.logNormal(random, 300, 0.8));
    return create(serial, archetype, -tenure, 0, random);
  }

  /** A tutor who joins on {@code day}. */
  SimTutor joiner(int serial, int day) {
    SplittableRandom random = Randoms.stream(settings.seed(), serial, -1);
    return create(serial, Archetype.NEW, day, day, random);
  }

  private SimTutor create(
      int serial, Archetype archetype, int joinDay, int today, SplittableRandom random) {
    Archetype behaviour =
        archetype == Archetype.NEW ? SETTLED[Randoms.weighted(random, shares(SETTLED))] : archetype;
    SubjectFamily family = SubjectFamily.values()[Randoms.weighted(random, FAMILY_SHARES)];
    List<String> subjects = new ArrayList<>(family.subjects());
    List<String> taught = new ArrayList<>();
    int count = Randoms.between(random, 1, 3);
    for (int i = 0; i < count; i++) {
      taught.add(subjects.remove(random.nextInt(subjects.size())));
    }
    int weight = (int) Math.round(Randoms.clamp(Randoms.logNormal(random, 14, 0.38), 5, 30));
    int baselineWeekly = (int) Math.round(weight * settings.loadScale());
    double quality =
        behaviour.ratingMean()
            + Randoms.gaussian(random, 0, archetype == Archetype.NEW ? 0.35 : 0.2);
    double engagement =
        Randoms.clamp(behaviour.engagementBase() + Randoms.gaussian(random, 0, 0.05), 0.3, 0.97);
    ChurnPlan plan = plan(archetype, family, today, random);
    return new SimTutor(
        serial,
        Names.person(random),
        archetype,
        behaviour,
        family,
        List.copyOf(taught),
        baselineWeekly,
        joinDay,
        quality,
        engagement,
        plan);
  }

  /**
   * When the tutor leaves: churners within 90 days; everyone else after an exponential time drawn
   * from the family's monthly hazard scaled by the archetype. Null when that is beyond two years.
   */
  private static ChurnPlan plan(
      Archetype archetype, SubjectFamily family, int today, SplittableRandom random) {
    int leaveDay;
    if (archetype == Archetype.CHURNER) {
      leaveDay = today + Randoms.between(random, 20, 90);
    } else {
      double monthlyHazard = monthlyChurn(family) * archetype.churnHazardFactor();
      double months = -Math.log(1.0 - random.nextDouble()) / monthlyHazard;
      if (months > 24) {
        return null;
      }
      leaveDay = today + Math.max(1, (int) Math.round(months * 30));
    }
    ChurnReason reason = ChurnReason.values()[Randoms.weighted(random, REASON_SHARES)];
    int declineDays = Randoms.between(random, 28, 49);
    return new ChurnPlan(leaveDay - declineDays, leaveDay, reason);
  }

  private static double[] shares(Archetype[] archetypes) {
    double[] shares = new double[archetypes.length];
    for (int i = 0; i < archetypes.length; i++) {
      shares[i] = archetypes[i].share();
    }
    return shares;
  }
}
