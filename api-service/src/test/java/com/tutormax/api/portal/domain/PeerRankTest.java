package com.tutormax.api.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerRankTest {

  @Test
  void thePercentileIsTheShareOfPeersScoringLower() {
    assertThat(PeerRank.of(30, 100)).isEqualTo(new PeerRank(30, 70, 100));
    assertThat(PeerRank.of(2, 3)).isEqualTo(new PeerRank(66, 34, 3));
  }

  @Test
  void theBestIsInTheTopOnePercentAndWithoutPeersThereIsNoRank() {
    assertThat(PeerRank.of(100, 100)).isEqualTo(new PeerRank(100, 1, 100));
    assertThat(PeerRank.of(0, 0)).isNull();
  }
}
