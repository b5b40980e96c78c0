package com.tutormax.gateway.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.netty.resources.LoopResources;

/** One stub per downstream service, started once per test JVM (like the shared servers). */
public final class Downstreams {

  public static final List<String> SERVICES =
      List.of("api", "generation", "evaluation", "churn", "training", "scheduler");

  private static final Map<String, StubService> STUBS = start();

  private Downstreams() {}

  public static StubService stub(String service) {
    StubService stub = STUBS.get(service);
    if (stub == null) {
      throw new IllegalArgumentException("No stub for " + service);
    }
    return stub;
  }

  public static Map<String, StubService> all() {
    return STUBS;
  }

  private static Map<String, StubService> start() {
    // Their own event loop: a stub must not share threads with the gateway under test.
    LoopResources loops = LoopResources.create("stub-services", 1, true);
    Map<String, StubService> stubs = new LinkedHashMap<>();
    SERVICES.forEach(name -> stubs.put(name, new StubService(name, loops)));
    return Map.copyOf(stubs);
  }
}
