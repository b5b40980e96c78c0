package com.tutormax.gateway.requestid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "A-b_c.9",
        "0123456789012345678901234567890123456789012345678901234567890123"
      })
  void saneIdsAreKept(String id) {
    assertThat(RequestIds.saneOrNew(id)).isEqualTo(id);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "has space",
        "new\nline",
        "semi;colon",
        "ünïcode",
        "01234567890123456789012345678901234567890123456789012345678901234"
      })
  void anythingElseIsReplacedWithAUuid(String id) {
    String replaced = RequestIds.saneOrNew(id);
    assertThat(replaced).isNotEqualTo(id);
    assertThat(UUID.fromString(replaced)).isNotNull();
  }
}
