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
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.domain.PerformanceTier;
import com.tutormax.common.domain.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The intervention table, rule by rule: trigger, risk levels, cooldown, priority and due date. */
class InterventionRulesTest {

  static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

  /** A settled, low-risk Strong tutor of a year: nothing fires. */
  static Situation calm() {
    return new Situation();
  }

  /** A mutable builder of situations (defaults: calm). */
  static final class Situation {
    RiskLevel level = RiskLevel.LOW;
    double score = 10;
    int above50;
    int above75;
    boolean reduced;
    Set<String> flags = Set.of();
    PerformanceTier tier = PerformanceTier.STRONG;
    int daysInTier = 30;
    int tenure = 365;
    int pattern;
    int firstSessions;
    Instant at = NOW;

    Situation level(RiskLevel l, double s) {
      level = l;
      score = s;
      return this;
    }

    TutorSituation build() {
      return new TutorSituation(
          "T-1",
          at,
          level,
          score,
          above50,
          above75,
          reduced,
          flags,
          tier,
          daysInTier,
          tenure,
          pattern,
          firstSessions);
    }
  }

  static List<InterventionType> types(TutorSituation s, InterventionLog log) {
    return InterventionRules.recommend(s, log).stream().map(Recommendation::type).toList();
  }

  static List<InterventionType> types(TutorSituation s) {
    return types(s, InterventionLog.empty());
  }

  @Test
  void aCalmTutorGetsNothing() {
    assertThat(types(calm().build())).isEmpty();
  }

  @Nested
  class A1CoachingTips {

    @Test
    void aMetricBelowThresholdAtMediumRiskSendsTipsWithTheMetricsAsReason() {
      Situation s = calm().level(RiskLevel.MEDIUM, 40);
      s.flags = Set.of("DISENGAGED", "HIGH_NO_SHOW_RATE");
      List<Recommendation> r = InterventionRules.recommend(s.build(), InterventionLog.empty());
      assertThat(r).extracting(Recommendation::type).containsExactly(A1_COACHING_TIPS);
      assertThat(r.get(0).reason())
          .isEqualTo("Metrics below threshold: DISENGAGED, HIGH_NO_SHOW_RATE");
      assertThat(r.get(0).automated()).isTrue();
      assertThat(r.get(0).dueAt()).isNull();
      assertThat(r.get(0).priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void notAtLowRisk() {
      Situation s = calm();
      s.flags = Set.of("DISENGAGED");
      assertThat(types(s.build())).isEmpty();
    }

    @Test
    void atMostOneEmailAWeek() {
      Situation s = calm().level(RiskLevel.HIGH, 60);
      s.flags = Set.of("DISENGAGED");
      InterventionLog sentSixDaysAgo =
          new InterventionLog(Map.of(A1_COACHING_TIPS, NOW.minus(Duration.ofDays(6))), Set.of());
      InterventionLog sentSevenDaysAgo =
          new InterventionLog(Map.of(A1_COACHING_TIPS, NOW.minus(Duration.ofDays(7))), Set.of());
      assertThat(types(s.build(), sentSixDaysAgo)).doesNotContain(A1_COACHING_TIPS);
      assertThat(types(s.build(), sentSevenDaysAgo)).contains(A1_COACHING_TIPS);
    }
  }

  @Nested
  class A2TrainingModule {

    @Test
    void aSkillGapAssignsAModuleNamingTheGap() {
      Situation s = calm().level(RiskLevel.MEDIUM, 30);
      s.flags = Set.of("LOW_OBJECTIVES_MET", "LOW_RATING", "DISENGAGED");
      List<Recommendation> r = InterventionRules.recommend(s.build(), InterventionLog.empty());
      assertThat(r)
          .extracting(Recommendation::type)
          .containsExactly(A1_COACHING_TIPS, A2_TRAINING_MODULE);
      assertThat(r.get(1).reason()).isEqualTo("Skill gap: LOW_OBJECTIVES_MET, LOW_RATING");
    }

    @Test
    void engagementAloneIsNoSkillGap() {
      Situation s = calm().level(RiskLevel.MEDIUM, 30);
      s.flags = Set.of("DISENGAGED");
      assertThat(types(s.build())).doesNotContain(A2_TRAINING_MODULE);
    }
  }

  @Nested
  class A3FirstSessionCheckIn {

    @Test
    void aFirstSessionTodayAsksForACheckInAtEveryLevel() {
      for (RiskLevel level : RiskLevel.values()) {
        Situation s = calm().level(level, 10);
        s.firstSessions = 2;
        assertThat(types(s.build())).as(level.name()).contains(A3_FIRST_SESSION_CHECK_IN);
      }
    }

    @Test
    void onceADay() {
      Situation s = calm();
      s.firstSessions = 1;
      InterventionLog earlierToday =
          new InterventionLog(
              Map.of(A3_FIRST_SESSION_CHECK_IN, NOW.minus(Duration.ofHours(3))), Set.of());
      assertThat(types(s.build(), earlierToday)).isEmpty();
    }
  }

  @Nested
  class A4RescheduleAlert {

    @Test
    void thePatternRaisesOneAlertAtAnyLevelAndOnlyOne() {
      Situation s = calm().level(RiskLevel.MEDIUM, 35);
      s.pattern = 1;
      List<Recommendation> first = InterventionRules.recommend(s.build(), InterventionLog.empty());
      assertThat(first).extracting(Recommendation::type).containsExactly(A4_RESCHEDULE_ALERT);

      // Later the same day, and days later while the pattern goes on: no second alert.
      InterventionLog log = InterventionLog.empty().with(first.get(0), NOW);
      s.at = NOW.plus(Duration.ofHours(5));
      assertThat(types(s.build(), log)).isEmpty();
      s.at = NOW.plus(Duration.ofDays(5));
      s.pattern = 6;
      assertThat(types(s.build(), log)).isEmpty();
    }

    @Test
    void aNewEpisodeAfterThePatternClearedAlertsAgain() {
      Situation s = calm();
      s.pattern = 1;
      InterventionLog alertedTenDaysAgo =
          new InterventionLog(
              Map.of(A4_RESCHEDULE_ALERT, NOW.minus(Duration.ofDays(10))), Set.of());
      assertThat(types(s.build(), alertedTenDaysAgo)).containsExactly(A4_RESCHEDULE_ALERT);
    }

    @Test
    void fourteenDaysOfThePatternEscalateToAManagerReview() {
      Situation s = calm().level(RiskLevel.MEDIUM, 45);
      s.pattern = 14;
      InterventionLog alerted =
          new InterventionLog(
              Map.of(A4_RESCHEDULE_ALERT, NOW.minus(Duration.ofDays(13))), Set.of());
      List<Recommendation> r = InterventionRules.recommend(s.build(), alerted);
      assertThat(r).extracting(Recommendation::type).containsExactly(H1_MANAGER_COACHING);
      assertThat(r.get(0).reason()).isEqualTo("Reschedule pattern for 14 days: manager review");
      assertThat(r.get(0).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
    }
  }

  @Nested
  class HumanTasks {

    @Test
    void h1AfterSevenDaysAbove50AtHighRiskDueIn48Hours() {
      Situation s = calm().level(RiskLevel.HIGH, 58);
      s.above50 = 7;
      List<Recommendation> r = InterventionRules.recommend(s.build(), InterventionLog.empty());
      assertThat(r).extracting(Recommendation::type).containsExactly(H1_MANAGER_COACHING);
      assertThat(r.get(0).dueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
      assertThat(r.get(0).priority()).isEqualTo(Priority.HIGH);
      s.above50 = 6;
      assertThat(types(s.build())).isEmpty();
    }

    @Test
    void aCriticalTutorGetsH1H3AndH4AllDueWithin24Hours() {
      Situation s = calm().level(RiskLevel.CRITICAL, 82);
      s.above50 = 9;
      s.above75 = 7;
      s.reduced = true;
      List<Recommendation> r = InterventionRules.recommend(s.build(), InterventionLog.empty());
      assertThat(r)
          .extracting(Recommendation::type)
          .containsExactly(H1_MANAGER_COACHING, H3_PERFORMANCE_PLAN, H4_RETENTION_INTERVIEW);
      assertThat(r)
          .allSatisfy(
              rec -> {
                assertThat(rec.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
                assertThat(rec.priority()).isEqualTo(Priority.URGENT);
                assertThat(rec.automated()).isFalse();
              });
      assertThat(r.get(1).reason()).isEqualTo("Churn score above 75 for 7 days");
      assertThat(r.get(2).reason()).isEqualTo("Churn score 82 with reduced activity");
    }

    @Test
    void anOpenTaskOfTheSameTypeIsNeverDuplicated() {
      Situation s = calm().level(RiskLevel.CRITICAL, 82);
      s.above50 = 30;
      s.above75 = 30;
      s.reduced = true;
      InterventionLog open =
          new InterventionLog(
              Map.of(
                  H1_MANAGER_COACHING, NOW.minus(Duration.ofDays(20)),
                  H3_PERFORMANCE_PLAN, NOW.minus(Duration.ofDays(40))),
              Set.of(H1_MANAGER_COACHING, H3_PERFORMANCE_PLAN));
      assertThat(types(s.build(), open)).containsExactly(H4_RETENTION_INTERVIEW);
      // Closed, and out of cooldown: recommended again.
      InterventionLog closed = new InterventionLog(open.lastRecommended(), Set.of());
      assertThat(types(s.build(), closed))
          .containsExactly(H1_MANAGER_COACHING, H3_PERFORMANCE_PLAN, H4_RETENTION_INTERVIEW);
    }

    @Test
    void h4NeedsAScoreAbove60AndReducedActivity() {
      Situation s = calm().level(RiskLevel.HIGH, 60);
      s.reduced = true;
      assertThat(types(s.build())).isEmpty();
      s.score = 61;
      assertThat(types(s.build())).containsExactly(H4_RETENTION_INTERVIEW);
      s.reduced = false;
      assertThat(types(s.build())).isEmpty();
    }

    @Test
    void h2PairsANewDevelopingTutorAtMediumRisk() {
      Situation s = calm().level(RiskLevel.MEDIUM, 35);
      s.tier = PerformanceTier.DEVELOPING;
      s.tenure = 59;
      List<Recommendation> r = InterventionRules.recommend(s.build(), InterventionLog.empty());
      assertThat(r).extracting(Recommendation::type).containsExactly(H2_PEER_MENTORING);
      assertThat(r.get(0).dueAt()).isEqualTo(NOW.plus(Duration.ofDays(5)));
      s.tenure = 60;
      assertThat(types(s.build())).isEmpty();
    }

    @Test
    void h5RecognisesSixtyDaysOfExemplaryAtLowRisk() {
      Situation s = calm();
      s.tier = PerformanceTier.EXEMPLARY;
      s.daysInTier = 60;
      assertThat(types(s.build())).containsExactly(H5_RECOGNITION);
      s.daysInTier = 59;
      assertThat(types(s.build())).isEmpty();
      s.daysInTier = 90;
      s.level = RiskLevel.MEDIUM;
      assertThat(types(s.build())).isEmpty();
    }
  }

  @Test
  void everyTypeHasARowAndEveryHumanTypeAnSla() {
    // A5 answers a booking, not a scoring: FirstSessionAssessment decides it.
    assertThat(InterventionRules.RULES.stream().map(InterventionRules.Rule::type).distinct())
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.complementOf(EnumSet.of(InterventionType.A5_FIRST_SESSION_PREP)));
    for (InterventionType type : InterventionType.values()) {
      assertThat(type.sla() == null).as(type.name()).isEqualTo(type.automated());
    }
  }
}
