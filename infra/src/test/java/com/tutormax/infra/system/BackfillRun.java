package com.tutormax.infra.system;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/** Watches a backfill through the gateway: the generator's status and api-service's store. */
public final class BackfillRun {

  /** Contract event type → the api-service record count that must equal it. */
  static final Map<String, String> STORED_AS =
      Map.of(
          "TutorRegistered", "tutors",
          "StudentRegistered", "students",
          "SessionRecorded", "sessions",
          "FeedbackSubmitted", "feedback",
          "TutorActivityRecorded", "activity",
          "TutorLifecycleChanged", "lifecycle");

  private final FleetApi api;

  public BackfillRun(FleetApi api) {
    this.api = api;
  }

  JsonNode status() {
    return api.get("/api/generation/status");
  }

  /** True once simulated time has been published up to today (UTC). */
  public boolean historyComplete() {
    JsonNode until = status().path("simulatedUntil");
    Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    return !until.isNull() && !Instant.parse(until.asString()).isBefore(today);
  }

  /** The generator's published counts per event type. */
  Map<String, Long> published() {
    Map<String, Long> counts = new TreeMap<>();
    status()
        .path("published")
        .properties()
        .forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
    return counts;
  }

  /**
   * The published counts of the types api-service keeps as records (bookings are not: churn
   * assesses them; the system of record keeps the sessions they become).
   */
  Map<String, Long> publishedRecords() {
    Map<String, Long> counts = published();
    counts.keySet().retainAll(STORED_AS.keySet());
    return counts;
  }

  /** api-service's stored counts under the generator's event type names. */
  public Map<String, Long> stored() {
    JsonNode counts = api.get("/api/records/counts");
    Map<String, Long> stored = new TreeMap<>();
    STORED_AS.forEach((type, table) -> stored.put(type, counts.path(table).path("total").asLong()));
    return stored;
  }

  public static void await(String what, Duration timeout, BooleanSupplier done)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    RuntimeException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        if (done.getAsBoolean()) {
          return;
        }
        last = null;
      } catch (RuntimeException e) {
        last = e; // a service may be restarting
      }
      Thread.sleep(250);
    }
    throw new AssertionError(what + " did not happen within " + timeout, last);
  }
}
