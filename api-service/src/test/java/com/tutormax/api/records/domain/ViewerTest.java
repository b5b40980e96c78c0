package com.tutormax.api.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewerTest {

  @Test
  void staffSeeEveryTutorAndKeepTheirFilter() {
    Viewer staff = Viewer.staffMember();
    assertThat(staff.maySee("T-1")).isTrue();
    assertThat(staff.mayList(null)).isTrue();
    assertThat(staff.listFilter(null)).isNull();
    assertThat(staff.listFilter("T-2")).isEqualTo("T-2");
  }

  @Test
  void aTutorSeesOnlyTheirOwnRowsAndTheirListsAreAlwaysTheirs() {
    Viewer tutor = Viewer.tutor("T-1");
    assertThat(tutor.maySee("T-1")).isTrue();
    assertThat(tutor.maySee("T-2")).isFalse();
    assertThat(tutor.mayList(null)).isTrue();
    assertThat(tutor.mayList("T-1")).isTrue();
    assertThat(tutor.mayList("T-2")).isFalse();
    assertThat(tutor.listFilter(null)).isEqualTo("T-1");
  }

  @Test
  void aTutorAccountWithoutATutorRecordSeesNothing() {
    Viewer unlinked = Viewer.tutor(null);
    assertThat(unlinked.maySee(null)).isFalse();
    assertThat(unlinked.maySee("T-1")).isFalse();
    assertThat(unlinked.mayList(null)).isFalse();
  }
}
