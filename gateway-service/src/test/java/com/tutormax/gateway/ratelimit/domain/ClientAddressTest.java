package com.tutormax.gateway.ratelimit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final InetSocketAddress SOCKET = new InetSocketAddress("192.0.2.7", 51000);

  @Test
  void theFirstForwardedHopIsTheClient() {
    assertThat(ClientAddress.of(" 203.0.113.5 , 10.0.0.1, 10.0.0.2", SOCKET))
        .isEqualTo("203.0.113.5");
  }

  @Test
  void withoutForwardedForTheSocketAddressIsTheClient() {
    assertThat(ClientAddress.of(null, SOCKET)).isEqualTo("192.0.2.7");
    assertThat(ClientAddress.of("  ", SOCKET)).isEqualTo("192.0.2.7");
  }

  @Test
  void anOverlongForwardedForIsIgnored() {
    assertThat(ClientAddress.of("a".repeat(65), SOCKET)).isEqualTo("192.0.2.7");
  }

  @Test
  void noAddressAtAllIsStillAKey() {
    assertThat(ClientAddress.of(null, null)).isEqualTo(ClientAddress.UNKNOWN);
  }
}
