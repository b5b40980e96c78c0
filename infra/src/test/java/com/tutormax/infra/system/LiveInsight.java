package com.tutormax.infra.system;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * How long a session ingested live takes to show in its tutor's metrics, through the gateway: post
 * one session of a real tutor and student to the ingestion API, then read the tutor's metrics until
 * the 7-day session count has grown.
 */
public final class LiveInsight {

  private final FleetApi api;

  public LiveInsight(FleetApi api) {
    this.api = api;
  }

  /** Milliseconds from each ingestion to the metrics showing it. */
  public List<Long> measure(int samples) throws InterruptedException {
    JsonNode known = api.get("/api/sessions?size=1").path("items").get(0);
    String tutor = known.path("tutorId").asString();
    String student = known.path("studentId").asString();
    awaitStudent(student);
    String subject = known.path("subject").asString();
    String metrics = "/api/evaluation/tutors/" + tutor + "/metrics";
    BackfillRun.await(
        "a first evaluation of " + tutor, Duration.ofMinutes(3), () -> stored(metrics));
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      double before = scheduled(metrics);
      Instant start = Instant.now().minus(Duration.ofMinutes(40)).truncatedTo(ChronoUnit.SECONDS);
      long sent = System.nanoTime();
      api.post("/api/ingest/sessions", session(tutor, student, subject, start));
      while (scheduled(metrics) <= before) {
        if (System.nanoTime() - sent > Duration.ofSeconds(30).toNanos()) {
          throw new AssertionError("the session did not reach " + tutor + "'s metrics in 30 s");
        }
        Thread.sleep(20);
      }
      millis.add((System.nanoTime() - sent) / 1_000_000);
    }
    return millis;
  }

  /**
   * Milliseconds from ingesting a no-show for a tutor to their churn prediction counting it (its
   * {@code no_shows_14d} feature rises), one tutor per sample; the rule score must have changed
   * with it (tutors whose no-show rate is below the no-show component's cap, so it can move).
   */
  public List<Long> measureChurn(int samples) throws InterruptedException {
    BackfillRun.await(
        "churn predictions for " + samples + " tutors with sessions",
        Duration.ofMinutes(3),
        () -> scoredTutors(samples).size() >= samples);
    List<String> tutors = scoredTutors(samples);
    List<Long> millis = new ArrayList<>();
    for (String tutor : tutors) {
      String prediction = "/api/churn/tutors/" + tutor;
      String features = prediction + "/features";
      double before = api.get(prediction).path("ruleScore").asDouble();
      double noShows = api.get(features).path("no_shows_14d").asDouble();
      JsonNode known = api.get("/api/sessions?size=1&tutor_id=" + tutor).path("items").get(0);
      awaitStudent(known.path("studentId").asString());
      Instant start = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
      long sent = System.nanoTime();
      api.post(
          "/api/ingest/sessions",
          noShow(
              tutor, known.path("studentId").asString(), known.path("subject").asString(), start));
      while (api.get(features).path("no_shows_14d").asDouble() <= noShows) {
        if (System.nanoTime() - sent > Duration.ofSeconds(30).toNanos()) {
          throw new AssertionError("the no-show did not reach " + tutor + "'s churn score in 30 s");
        }
        Thread.sleep(20);
      }
      millis.add((System.nanoTime() - sent) / 1_000_000);
      double after = api.get(prediction).path("ruleScore").asDouble();
      if (after == before && before < 100) {
        throw new AssertionError(tutor + "'s churn score did not change: " + before);
      }
    }
    return millis;
  }

  /**
   * Milliseconds from a student's negative answer on a first-session feedback form to the tutor's
   * churn prediction carrying the poor-first-session flag (poor_first_session) (PRD: "raises the
   * flag at once"). A new tutor is ingested with three sessions today, the first one the pair's
   * first, the others rated five stars; staff issue the first session's feedback link and the
   * student answers "would not recommend" and "no" to working together again.
   */
  public long measureFirstSessionFlag() throws InterruptedException {
    JsonNode known = api.get("/api/sessions?size=1").path("items").get(0);
    JsonNode knownTutor = api.get("/api/tutors/" + known.path("tutorId").asString());
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String tutor = "FIRST-" + suffix;
    String student = "FIRST-ST-" + suffix;
    // Every event of this tutor falls on today's UTC day (an open day churn scores live).
    long sinceMidnight = Instant.now().getEpochSecond() % 86_400;
    if (sinceMidnight < 40 * 60) {
      Thread.sleep((40 * 60 - sinceMidnight + 5) * 1000);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    api.post(
        "/api/ingest/tutors",
        "{\"tutor_id\":\""
            + tutor
            + "\",\"name\":\"Fay First\",\"email\":\""
            + tutor.toLowerCase()
            + "@tutors.test\",\"subjects\":"
            + knownTutor.path("subjects")
            + ",\"subject_family\":\""
            + knownTutor.path("subjectFamily").asString()
            + "\",\"baseline_sessions_per_week\":5,\"joined_at\":\""
            + now.minus(Duration.ofDays(10))
            + "\"}");
    // A student of 16: old enough to answer without a parent's consent on record.
    api.post(
        "/api/ingest/students",
        "{\"student_id\":\""
            + student
            + "\",\"name\":\"Sam Student\",\"age\":16,\"grade_level\":\"10\","
            + "\"parental_consent\":true,\"registered_at\":\""
            + now.minus(Duration.ofDays(10))
            + "\"}");
    BackfillRun.await(
        "the new tutor and student to be stored",
        Duration.ofSeconds(30),
        () -> stored("/api/tutors/" + tutor) && stored("/api/students/" + student));
    // Today: the first session 30 minutes ago, then two more with the same student, each rated 5;
    // the first session's answer comes last and is the third rating, which evaluation needs
    // before it scores a tutor (and churn scores them).
    String subject = knownTutor.path("subjects").get(0).asString();
    String first = ingestSession(tutor, student, subject, now.minus(Duration.ofMinutes(30)), 1);
    String second = ingestSession(tutor, student, subject, now.minus(Duration.ofMinutes(20)), 2);
    String third = ingestSession(tutor, student, subject, now.minus(Duration.ofMinutes(10)), 3);
    String stored = "/api/sessions?size=10&tutor_id=" + tutor;
    BackfillRun.await(
        "the sessions of " + tutor + " to be stored",
        Duration.ofSeconds(30),
        () -> api.get(stored).path("items").size() == 3);
    ingestFiveStars(tutor, student, second, now.minus(Duration.ofMinutes(15)));
    ingestFiveStars(tutor, student, third, now.minus(Duration.ofMinutes(5)));
    String form =
        api.post("/api/feedback/tokens", "{\"session_id\":\"" + first + "\"}")
            .path("form_path")
            .asString();
    String prediction = "/api/churn/tutors/" + tutor;
    long sent = System.nanoTime();
    api.post(
        form,
        "{\"overall_rating\":2,\"subject_knowledge\":3,\"communication\":2,\"patience\":2,"
            + "\"engagement\":2,\"helpfulness\":2,\"would_recommend\":false,"
            + "\"work_again\":\"NO\",\"improvement_areas\":[\"unclear\"],"
            + "\"free_text\":\"hard to follow\"}");
    while (!flagged(prediction)) {
      if (System.nanoTime() - sent > Duration.ofSeconds(30).toNanos()) {
        throw new AssertionError(
            "the negative answer did not flag " + tutor + " in 30 s: " + current(prediction));
      }
      Thread.sleep(20);
    }
    return (System.nanoTime() - sent) / 1_000_000;
  }

  private boolean flagged(String prediction) {
    JsonNode current = current(prediction);
    if (current == null) {
      return false;
    }
    for (JsonNode flag : current.path("flags")) {
      if ("poor_first_session".equalsIgnoreCase(flag.asString())) {
        return true;
      }
    }
    return false;
  }

  /** Ingests a held session; its id. */
  private String ingestSession(
      String tutor, String student, String subject, Instant start, int number) {
    String json =
        session(tutor, student, subject, start)
            .replace("\"session_number\":5", "\"session_number\":" + number);
    int from = json.indexOf("LIVE-");
    String id = json.substring(from, json.indexOf('"', from));
    api.post("/api/ingest/sessions", json);
    return id;
  }

  /** Ingests a five-star rating of a session that is not a first session. */
  private void ingestFiveStars(String tutor, String student, String session, Instant at) {
    api.post(
        "/api/ingest/feedback",
        "{\"feedback_id\":\"FB-"
            + UUID.randomUUID()
            + "\",\"session_id\":\""
            + session
            + "\",\"tutor_id\":\""
            + tutor
            + "\",\"student_id\":\""
            + student
            + "\",\"overall_rating\":5,\"subject_knowledge\":5,\"communication\":5,"
            + "\"patience\":5,\"engagement\":5,\"helpfulness\":5,\"would_recommend\":true,"
            + "\"first_session\":false,\"improvement_areas\":[],\"submitted_at\":\""
            + at
            + "\"}");
  }

  /**
   * Waits until api-service has stored a student: live sessions and new students come on separate
   * topics, so a session can be stored a moment before its student, and ingestion refuses a session
   * of an unknown student.
   */
  private void awaitStudent(String student) throws InterruptedException {
    BackfillRun.await(
        "student " + student + " to be stored",
        Duration.ofSeconds(30),
        () -> stored("/api/students/" + student));
  }

  private boolean stored(String path) {
    try {
      api.get(path);
      return true;
    } catch (IllegalStateException notYet) {
      return false;
    }
  }

  /** The tutor's current prediction, or null before their first. */
  private JsonNode current(String prediction) {
    try {
      return api.get(prediction);
    } catch (IllegalStateException notYet) {
      return null;
    }
  }

  /** Up to {@code wanted} scored tutors with sessions whose no-show component is not at its cap. */
  private List<String> scoredTutors(int wanted) {
    List<String> tutors = new ArrayList<>();
    for (JsonNode item : api.get("/api/churn/at-risk?limit=500").path("items")) {
      String tutor = item.path("tutorId").asString();
      JsonNode features = api.get("/api/churn/tutors/" + tutor + "/features");
      if (features.path("no_show_rate_30d").asDouble(1) < 0.15
          && api.get("/api/sessions?size=1&tutor_id=" + tutor).path("items").size() > 0) {
        tutors.add(tutor);
      }
      if (tutors.size() >= wanted) {
        break;
      }
    }
    return tutors;
  }

  private static String noShow(String tutor, String student, String subject, Instant start) {
    return "{\"session_id\":\"NOSHOW-"
        + UUID.randomUUID()
        + "\",\"tutor_id\":\""
        + tutor
        + "\",\"student_id\":\""
        + student
        + "\",\"session_number\":5,\"scheduled_start\":\""
        + start
        + "\",\"actual_start\":null,\"duration_minutes\":0,\"subject\":\""
        + subject
        + "\",\"session_type\":\"ONE_ON_ONE\",\"tutor_rescheduled\":false,"
        + "\"student_rescheduled\":false,\"no_show\":true,\"late_start_minutes\":0,"
        + "\"engagement_score\":0.0,\"learning_objectives_met\":false,\"technical_issues\":false}";
  }

  private double scheduled(String metrics) {
    return api.get(metrics)
        .path("metricsByWindow")
        .path("7d")
        .path("sessions_scheduled")
        .asDouble();
  }

  private static String session(String tutor, String student, String subject, Instant start) {
    return "{\"session_id\":\"LIVE-"
        + UUID.randomUUID()
        + "\",\"tutor_id\":\""
        + tutor
        + "\",\"student_id\":\""
        + student
        + "\",\"session_number\":5,\"scheduled_start\":\""
        + start
        + "\",\"actual_start\":\""
        + start
        + "\",\"duration_minutes\":30,\"subject\":\""
        + subject
        + "\",\"session_type\":\"ONE_ON_ONE\",\"tutor_rescheduled\":false,"
        + "\"student_rescheduled\":false,\"no_show\":false,\"late_start_minutes\":0,"
        + "\"engagement_score\":0.8,\"learning_objectives_met\":true,\"technical_issues\":false}";
  }
}
