package com.tutormax.api.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.common.events.TutorLifecycleChanged.Change;
import org.junit.jupiter.api.Test;

class TutorStatusTest {

  @Test
  void eachLifecycleChangeLeavesItsStatus() {
    assertThat(TutorStatus.after(Change.JOINED)).isEqualTo(TutorStatus.ACTIVE);
    assertThat(TutorStatus.after(Change.REACTIVATED)).isEqualTo(TutorStatus.ACTIVE);
    assertThat(TutorStatus.after(Change.INACTIVE)).isEqualTo(TutorStatus.INACTIVE);
    assertThat(TutorStatus.after(Change.RESIGNED)).isEqualTo(TutorStatus.RESIGNED);
  }
}
