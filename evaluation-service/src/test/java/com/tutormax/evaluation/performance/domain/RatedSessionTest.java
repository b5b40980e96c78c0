package com.tutormax.evaluation.performance.domain;

import static com.tutormax.evaluation.performance.domain.Events.DAY;
import static com.tutormax.evaluation.performance.domain.Events.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tutormax.common.domain.SubjectFamily;
import com.tutormax.common.events.SessionRecorded.SessionType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatedSessionTest {

  @Test
  void feedbackJoinedToItsSessionTakesTheSubjectFamilyAndSessionType() {
    var session = Events.session("S1").subject("sat", SessionType.GROUP).build();
    var feedback = Events.feedback("F1", 4, true, at(DAY, 12, 0));

    RatedSession rated = RatedSession.of(feedback, session);

    assertThat(rated)
        .isEqualTo(
            new RatedSession(
                "T-0001",
                "F1",
                at(DAY, 12, 0),
                4,
                true,
                SubjectFamily.TEST_PREP,
                SessionType.GROUP));
    assertThat(rated.day()).isEqualTo(DAY);
  }

  @Test
  void anUnknownSessionOrSubjectLeavesFamilyAndTypeEmpty() {
    var feedback = Events.feedback("F1", 4, false, at(DAY, 12, 0));

    assertThat(RatedSession.of(feedback, null).subjectFamily()).isNull();
    assertThat(RatedSession.of(feedback, null).sessionType()).isNull();
    assertThat(RatedSession.of(feedback, "astrology", SessionType.ONE_ON_ONE).subjectFamily())
        .isNull();
  }

  @Test
  void chronologicalOrderIsBySubmissionThenFeedbackId() {
    Instant noon = at(DAY, 12, 0);
    var b = new RatedSession("T", "F-b", noon, 3, false, null, null);
    var a = new RatedSession("T", "F-a", noon, 5, false, null, null);
    var earlier = new RatedSession("T", "F-z", noon.minusSeconds(1), 1, false, null, null);
    List<RatedSession> list = new ArrayList<>(List.of(b, a, earlier));

    list.sort(RatedSession.CHRONOLOGICAL);

    assertThat(list).containsExactly(earlier, a, b);
  }

  @Test
  void aRatingIsOneToFive() {
    assertThatThrownBy(() -> new RatedSession("T", "F", Instant.EPOCH, 6, false, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
