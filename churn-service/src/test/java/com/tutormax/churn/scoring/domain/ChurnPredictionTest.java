package com.tutormax.churn.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.churn.scoring.ClosedDays;
import com.tutormax.common.events.ChurnPredicted;
import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.ChurnFeatures;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.common.rules.PatternFlag;
import com.tutormax.common.rules.RuleScore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnPredictionTest {

  private static final String TUTOR = "T-1";
  private static final LocalDate JOINED = LocalDate.of(2026, 1, 5);
  private static final TutorProfile PROFILE = new TutorProfile(TUTOR, JOINED, 5);
  private static final List<TutorDayClosed> DAYS = ClosedDays.steady(TUTOR, JOINED, 40);
  private static final LocalDate LAST = JOINED.plusDays(39);

  @Test
  void nothingKnownIsNothingToScore() {
    assertThat(ChurnPrediction.of(PROFILE, List.of(), null)).isEmpty();
  }

  @Test
  void theDailyPredictionIsAsOfTheDayAfterTheLastClosedDay() {
    ChurnPrediction p = ChurnPrediction.of(PROFILE, DAYS, null).orElseThrow();

    assertThat(p.provisional()).isFalse();
    assertThat(p.asOfDay()).isEqualTo(LAST.plusDays(1));
    assertThat(p.asOf()).isEqualTo(Instant.parse("2026-02-14T00:00:00Z"));
    assertThat(p.features()).isEqualTo(ChurnFeatures.of(PROFILE, DAYS, LAST.plusDays(1)));
    assertThat(p.rule()).isEqualTo(RuleScore.of(p.features()));
  }

  @Test
  void anOpenDayAfterTheLastClosedOneMakesAProvisionalPredictionThatCountsIt() {
    Instant seen = Instant.parse("2026-02-14T15:30:00Z");
    TutorDayClosed today = ClosedDays.of(TUTOR, LAST.plusDays(1)).noShow().seenAt(seen).build();

    ChurnPrediction daily = ChurnPrediction.of(PROFILE, DAYS, null).orElseThrow();
    ChurnPrediction live = ChurnPrediction.of(PROFILE, DAYS, today).orElseThrow();

    assertThat(live.provisional()).isTrue();
    assertThat(live.asOf()).isEqualTo(seen);
    assertThat(live.asOfDay()).isEqualTo(LAST.plusDays(2));
    assertThat(daily.rule().flags()).doesNotContain(PatternFlag.NO_SHOW_RISK);
    assertThat(live.rule().flags()).contains(PatternFlag.NO_SHOW_RISK);
    assertThat(live.headlineScore()).isGreaterThanOrEqualTo(daily.headlineScore() + 25);
  }

  @Test
  void anOpenDayThatIsAlreadyClosedIsIgnored() {
    TutorDayClosed stale = ClosedDays.of(TUTOR, LAST).noShow().build();

    assertThat(ChurnPrediction.of(PROFILE, DAYS, stale))
        .contains(ChurnPrediction.of(PROFILE, DAYS, null).orElseThrow());
  }

  @Test
  void theEventCarriesTheRuleScoreItsPartsAndAtMostThreeReasons() {
    TutorDayClosed today =
        ClosedDays.of(TUTOR, LAST.plusDays(1))
            .noShow()
            .shortNoticeReschedules(3)
            .seenAt(Instant.parse("2026-02-14T15:30:00Z"))
            .build();
    ChurnPrediction p = ChurnPrediction.of(PROFILE, DAYS, today).orElseThrow();

    ChurnPredicted event = p.toEvent();

    assertThat(event.tutorId()).isEqualTo(TUTOR);
    assertThat(event.asOf()).isEqualTo(p.asOf());
    assertThat(event.headlineScore()).isEqualTo(p.rule().score());
    assertThat(event.ruleScore()).isEqualTo(p.rule().score());
    assertThat(event.riskLevel()).isEqualTo(p.rule().riskLevel());
    assertThat(event.components()).isEqualTo(p.rule().components());
    assertThat(event.flags()).containsExactly("high_reschedule", "no_show_risk");
    assertThat(event.topFactors()).hasSize(3);
    assertThat(event.topFactors().get(0).feature()).isEqualTo("flag:no_show_risk");
    assertThat(event.windowProbabilities()).isEmpty();
    assertThat(event.modelVersions()).isEmpty();
  }
}
