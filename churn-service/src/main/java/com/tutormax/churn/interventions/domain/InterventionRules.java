package com.tutormax.churn.interventions.domain;

import static com.tutormax.churn.interventions.domain.InterventionType.A1_COACHING_TIPS;
import static com.tutormax.churn.interventions.domain.InterventionType.A2_TRAINING_MODULE;
import static com.tutormax.churn.interventions.domain.InterventionType.A3_FIRST_SESSION_CHECK_IN;
import static com.tutormax.churn.interventions.domain.InterventionType.A4_RESCHEDULE_ALERT;
import static com.tutormax.churn.interventions.domain.InterventionType.H1_MANAGER_COACHING;
import static com.tutormax.churn.interventions.domain.InterventionType.H2_PEER_MENTORING;
import static com.tutormax.churn.interventions.domain.InterventionType.H3_PERFORMANCE_PLAN;
import static com.tutormax.churn.interventions.domain.InterventionType.H4_RETENTION_INTERVIEW;
import static com.tutormax.churn.interventions.domain.InterventionType.H5_RECOGNITION;
import static com.tutormax.common.domain.RiskLevel.CRITICAL;
import static com.tutormax.common.domain.RiskLevel.HIGH;
import static com.tutormax.common.domain.RiskLevel.LOW;
import static com.tutormax.common.domain.RiskLevel.MEDIUM;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The intervention rules: one table, read top to bottom. A row fires when the tutor's risk level is
 * among its levels, its trigger holds and its type is out of cooldown; each type fires at most once
 * per run (its first firing row). Reference: docs/interventions.md.
 *
 * <p>Levels follow the PRD's risk mapping (low → A3, H5 if earned; medium → A1, A2, A3, H2 for new
 * tutors; high → A1–A4, H1, H4; critical → all automated, H1, H3, H4). A3 and A4 answer an event (a
 * first session held, a reschedule pattern), so they fire at every level, as does the A4 escalation
 * to a manager review after 14 days of the pattern.
 */
public final class InterventionRules {

  /** Performance flags that point at a skill gap a training module addresses (A2). */
  public static final Set<String> SKILL_GAP_FLAGS =
      Set.of("LOW_RATING", "LOW_OBJECTIVES_MET", "LOW_FIRST_SESSION_SUCCESS");

  /** Days of the reschedule pattern after which a manager reviews it (A4 escalation). */
  public static final int RESCHEDULE_ESCALATION_DAYS = 14;

  /**
   * How the A4 escalation's manager review (an H1) starts its reason; tells it from H1's other row.
   */
  static final String RESCHEDULE_REVIEW = "Reschedule pattern for ";

  /** One row of the table. */
  public record Rule(
      InterventionType type,
      Set<RiskLevel> levels,
      Predicate<TutorSituation> trigger,
      Function<TutorSituation, String> reason) {}

  private static final Set<RiskLevel> ANY = EnumSet.allOf(RiskLevel.class);

  /** The table. */
  public static final List<Rule> RULES =
      List.of(
          rule(
              A1_COACHING_TIPS,
              EnumSet.of(MEDIUM, HIGH, CRITICAL),
              s -> !s.performanceFlags().isEmpty(),
              s ->
                  "Metrics below threshold: "
                      + String.join(", ", new TreeSet<>(s.performanceFlags()))),
          rule(
              A2_TRAINING_MODULE,
              EnumSet.of(MEDIUM, HIGH, CRITICAL),
              s -> !skillGaps(s).isEmpty(),
              s -> "Skill gap: " + String.join(", ", skillGaps(s))),
          rule(
              A3_FIRST_SESSION_CHECK_IN,
              ANY,
              s -> s.firstSessionsToday() > 0,
              s -> s.firstSessionsToday() + " first session(s) today: check in 2 hours after"),
          rule(
              A4_RESCHEDULE_ALERT,
              ANY,
              s -> s.reschedulePatternDays() > 0,
              s -> "More than 3 tutor-initiated reschedules in 7 days, over 1 in 10 of sessions"),
          rule(
              H1_MANAGER_COACHING,
              ANY,
              s -> s.reschedulePatternDays() >= RESCHEDULE_ESCALATION_DAYS,
              s -> RESCHEDULE_REVIEW + s.reschedulePatternDays() + " days: manager review"),
          rule(
              H1_MANAGER_COACHING,
              EnumSet.of(HIGH, CRITICAL),
              s -> s.daysAbove50() >= 7,
              s -> "Churn score above 50 for " + s.daysAbove50() + " days"),
          rule(
              H2_PEER_MENTORING,
              EnumSet.of(MEDIUM),
              s -> s.tier() == PerformanceTier.DEVELOPING && s.tenureDays() < 60,
              s -> "Developing tier, " + s.tenureDays() + " days in: pair with an Exemplary tutor"),
          rule(
              H3_PERFORMANCE_PLAN,
              EnumSet.of(CRITICAL),
              s -> s.daysAbove75() >= 7,
              s -> "Churn score above 75 for " + s.daysAbove75() + " days"),
          rule(
              H4_RETENTION_INTERVIEW,
              EnumSet.of(HIGH, CRITICAL),
              s -> s.score() > 60 && s.reducedActivity(),
              s -> "Churn score " + Math.round(s.score()) + " with reduced activity"),
          rule(
              H5_RECOGNITION,
              EnumSet.of(LOW),
              s -> s.tier() == PerformanceTier.EXEMPLARY && s.daysInTier() >= 60,
              s -> "Exemplary for " + s.daysInTier() + " days"));

  private InterventionRules() {}

  private static Rule rule(
      InterventionType type,
      Set<RiskLevel> levels,
      Predicate<TutorSituation> trigger,
      Function<TutorSituation, String> reason) {
    return new Rule(type, Set.copyOf(levels), trigger, reason);
  }

  /** What the rules recommend for {@code situation}, given what was recommended before. */
  public static List<Recommendation> recommend(TutorSituation situation, InterventionLog log) {
    List<Recommendation> chosen = new ArrayList<>();
    Set<InterventionType> fired = EnumSet.noneOf(InterventionType.class);
    for (Rule rule : RULES) {
      InterventionType type = rule.type();
      if (fired.contains(type)
          || !rule.levels().contains(situation.level())
          || !rule.trigger().test(situation)
          || coolingDown(type, situation, log)) {
        continue;
      }
      fired.add(type);
      chosen.add(
          new Recommendation(
              type,
              situation.level(),
              Priority.of(situation.level()),
              rule.reason().apply(situation),
              dueAt(type, situation)));
    }
    return List.copyOf(chosen);
  }

  /** Whether {@code r} is the A4 escalation: a manager review of a 14-day reschedule pattern. */
  public static boolean isRescheduleEscalation(Recommendation r) {
    return r.type() == H1_MANAGER_COACHING && r.reason().startsWith(RESCHEDULE_REVIEW);
  }

  /** A human task's due time: its SLA, at most 24 h for a critical tutor; none if automated. */
  static Instant dueAt(InterventionType type, TutorSituation situation) {
    if (type.automated()) {
      return null;
    }
    Duration sla = type.sla();
    if (situation.level() == CRITICAL && sla.compareTo(InterventionType.CRITICAL_SLA) > 0) {
      sla = InterventionType.CRITICAL_SLA;
    }
    return situation.at().plus(sla);
  }

  /**
   * Whether {@code type} may not be recommended now: a human task of the type is still open, or its
   * cooldown has not passed; an A4 alert is given once per reschedule-pattern episode.
   */
  static boolean coolingDown(InterventionType type, TutorSituation s, InterventionLog log) {
    if (!type.automated() && log.isOpen(type)) {
      return true;
    }
    Instant last = log.last(type);
    if (last == null) {
      return false;
    }
    if (type == A4_RESCHEDULE_ALERT) {
      Instant episodeStart =
          s.at()
              .atZone(ZoneOffset.UTC)
              .toLocalDate()
              .minusDays(s.reschedulePatternDays() - 1L)
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant();
      return !last.isBefore(episodeStart);
    }
    return s.at().isBefore(last.plus(type.cooldown()));
  }

  private static List<String> skillGaps(TutorSituation s) {
    return s.performanceFlags().stream().filter(SKILL_GAP_FLAGS::contains).sorted().toList();
  }
}
