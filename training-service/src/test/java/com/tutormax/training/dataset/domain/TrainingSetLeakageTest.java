package com.tutormax.training.dataset.domain;

import static com.tutormax.training.dataset.domain.TrainingSetBuilderTest.rowOn;
import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.TutorDayClosed;
import com.tutormax.common.features.TutorProfile;
import com.tutormax.training.evaluation.domain.Labels.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row sees only its past: its features never change with days on or after its as-of day. */
class TrainingSetLeakageTest {

  private static final String TUTOR = "T-1";
  private static final LocalDate JOINED = LocalDate.of(2026, 1, 1);
  private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 1);
  private static final LocalDate CUT = LocalDate.of(2026, 2, 10);
  private static final TutorProfile PROFILE = new TutorProfile(TUTOR, JOINED, 7);

  @Test
  void changingOrAddingDaysOnOrAfterTheAsOfDayLeavesItsRowUnchanged() {
    List<TutorDayClosed> base = Days.every(TUTOR, JOINED, OBSERVED, 1);
    // From CUT on: busier days, and days past the last observed one.
    List<TutorDayClosed> changed = new ArrayList<>(Days.every(TUTOR, JOINED, CUT.minusDays(1), 1));
    changed.addAll(Days.every(TUTOR, CUT, OBSERVED.plusDays(20), 4));

    List<TrainingRow> before = rows(new TutorHistory(PROFILE, base, null));
    List<TrainingRow> after = rows(new TutorHistory(PROFILE, changed, null));

    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      TrainingRow was = before.get(i);
      TrainingRow is = after.get(i);
      assertThat(is.asOfDay()).isEqualTo(was.asOfDay());
      assertThat(is.labels()).isEqualTo(was.labels());
      if (was.asOfDay().isAfter(CUT)) {
        // The change is visible once it is in the past, so the check above can fail.
        assertThat(is.features()).as("as of " + was.asOfDay()).isNotEqualTo(was.features());
      } else {
        assertThat(is.features()).as("as of " + was.asOfDay()).isEqualTo(was.features());
      }
    }
  }

  @Test
  void theDepartureChangesLabelsButNeverFeatures() {
    List<TutorDayClosed> days = Days.every(TUTOR, JOINED, OBSERVED, 1);

    List<TrainingRow> staying = rows(new TutorHistory(PROFILE, days, null));
    List<TrainingRow> leaving =
        rows(new TutorHistory(PROFILE, days, Days.resigned(LocalDate.of(2026, 2, 5))));

    assertThat(leaving).hasSizeLessThan(staying.size());
    for (TrainingRow row : leaving) {
      assertThat(row.features()).isEqualTo(rowOn(staying, row.asOfDay()).features());
    }
    // The 30-day window of 10 January (through 8 February) is observed and holds the churn.
    LocalDate asOf = LocalDate.of(2026, 1, 10);
    assertThat(rowOn(staying, asOf).label(30)).isEqualTo(Label.NEGATIVE);
    assertThat(rowOn(leaving, asOf).label(30)).isEqualTo(Label.POSITIVE);
  }

  private static List<TrainingRow> rows(TutorHistory tutor) {
    return TrainingSetBuilder.rows(List.of(tutor), OBSERVED, 0, 1);
  }
}
