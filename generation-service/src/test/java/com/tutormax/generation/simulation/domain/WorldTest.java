package com.tutormax.generation.simulation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tutormax.common.events.EventJson;
import com.tutormax.common.events.SessionBooked;
import com.tutormax.common.events.SessionRecorded;
import com.tutormax.common.events.StudentRegistered;
import com.tutormax.common.validation.EventValidator;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins the simulated world to the PRD's numbers (tolerances stated per assertion). */
class WorldTest {

  static final LocalDate EPOCH = LocalDate.parse("2026-01-05");
  static final int DAYS = 180;
  static WorldStatistics stats;
  static List<TutorTruth> truth;

  @BeforeAll
  static void simulateHalfAYear() {
    World world = new World(WorldSettings.prd(42, EPOCH));
    stats = WorldStatistics.of(world, DAYS);
    truth = world.truth();
    System.out.println("World statistics (seed 42, " + DAYS + " days): " + stats);
  }

  @Test
  void theSameSeedGivesByteIdenticalEventsAndAnotherSeedDoesNot() throws Exception {
    assertThat(digest(7, 21)).isEqualTo(digest(7, 21)).isNotEqualTo(digest(8, 21));
  }

  @Test
  void everyGeneratedRecordPassesTheIngestionRulesAndEveryEventIdIsUnique() {
    EventValidator validator =
        new EventValidator(
            Clock.fixed(
                EPOCH.plusDays(400).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    World world = new World(WorldSettings.prd(3, EPOCH));
    Set<UUID> ids = new HashSet<>();
    for (int d = 0; d < 30; d++) {
      for (Emission emission : world.simulateDay()) {
        assertThat(validator.validate(emission.event())).as("%s", emission.event()).isEmpty();
        assertThat(ids.add(emission.eventId())).as("unique id of %s", emission.event()).isTrue();
      }
    }
  }

  @Test
  void eventsOfADayArePublishableInOrderWithinThatDay() {
    World world = new World(WorldSettings.prd(5, EPOCH));
    for (int d = 0; d < 14; d++) {
      var start = world.startOf(world.nextDay());
      List<Emission> day = world.simulateDay();
      assertThat(day).extracting(Emission::publishAt).isSorted();
      assertThat(day)
          .allSatisfy(e -> assertThat(e.publishAt()).isBetween(start, start.plusSeconds(86_399)));
    }
  }

  @Test
  void everyFirstSessionIsBookedBeforeItStartsWithTheStudentsAgeAndNoOtherIs() {
    World world = new World(WorldSettings.prd(6, EPOCH));
    Map<String, Integer> ages = new HashMap<>();
    Map<String, SessionBooked> bookings = new HashMap<>();
    int firstSessions = 0;
    int agesChecked = 0;
    for (int d = 0; d < 21; d++) {
      for (Emission e : world.simulateDay()) {
        if (e.event() instanceof StudentRegistered s) {
          ages.put(s.studentId(), s.age());
        } else if (e.event() instanceof SessionBooked b) {
          assertThat(e.publishAt()).isEqualTo(b.bookedAt()).isBefore(b.scheduledStart());
          bookings.put(b.sessionId(), b);
        } else if (e.event() instanceof SessionRecorded r && r.sessionNumber() == 1) {
          firstSessions++;
          SessionBooked b = bookings.get(r.sessionId());
          assertThat(b).as("booking of %s", r.sessionId()).isNotNull();
          assertThat(b.scheduledStart()).isEqualTo(r.scheduledStart());
          assertThat(b.subject()).isEqualTo(r.subject());
          assertThat(b.studentAge()).isNotNull();
          if (ages.containsKey(r.studentId())) {
            assertThat(b.studentAge()).isEqualTo(ages.get(r.studentId()));
            agesChecked++;
          }
        }
      }
    }
    assertThat(bookings).hasSize(firstSessions);
    assertThat(firstSessions).isGreaterThan(100);
    assertThat(agesChecked).isGreaterThan(firstSessions / 2);
  }

  @Test
  void archetypeSharesOfTheRosterMatchThePrd() {
    // A large roster, so sampling noise stays well inside the tolerance.
    World big = new World(new WorldSettings(1, EPOCH, 5000, 5000, 50_000));
    Map<Archetype, Integer> counts = new EnumMap<>(Archetype.class);
    big.truth().forEach(t -> counts.merge(t.archetype(), 1, Integer::sum));
    for (Archetype archetype : Archetype.values()) {
      assertThat(counts.get(archetype) / 5000.0)
          .as(archetype.name())
          .isCloseTo(archetype.share(), within(0.02));
    }
  }

  @Test
  void volumeIsThreeThousandSessionsADayWithQuieterWeekends() {
    assertThat(stats.sessionsPerDay()).isCloseTo(3000, within(150.0));
    assertThat(stats.weekendToWeekday()).isBetween(0.6, 0.9);
  }

  @Test
  void rescheduleAreOverwhelminglyTutorInitiated() {
    assertThat(stats.tutorShareOfReschedules()).isCloseTo(0.982, within(0.01));
    assertThat(stats.rescheduleRate()).isBetween(0.015, 0.06);
  }

  @Test
  void noShowsClusterOnMondayMornings() {
    assertThat(stats.noShowRate()).isBetween(0.015, 0.04);
    assertThat(stats.mondayMorningNoShowRate()).isGreaterThan(2.5 * stats.otherNoShowRate());
  }

  @Test
  void firstSessionsFailAboutAQuarterOfTheTimeAndGetBetterWithTenure() {
    assertThat(stats.firstSessionFailureRate()).isCloseTo(0.24, within(0.05));
    assertThat(stats.firstRating(0)).isLessThan(stats.firstRating(1));
    assertThat(stats.firstRating(1)).isLessThan(stats.firstRating(2));
  }

  @Test
  void mostSessionsGetFeedbackAndSomeStudentsAreUnderThirteen() {
    assertThat(stats.feedbackRate()).isBetween(0.75, 0.9);
    assertThat(stats.under13Share()).isBetween(0.1, 0.4);
  }

  @Test
  void churnRatesBySubjectFamilyMatchThePrdAndTheRosterStaysInRange() {
    assertThat(stats.monthlyChurn("STEM")).isCloseTo(0.08, within(0.025));
    assertThat(stats.monthlyChurn("LANGUAGE_WRITING")).isCloseTo(0.12, within(0.025));
    assertThat(stats.monthlyChurn("TEST_PREP")).isCloseTo(0.15, within(0.03));
    assertThat(stats.monthlyChurn("STEM")).isLessThan(stats.monthlyChurn("TEST_PREP"));
    assertThat(stats.minActive).isGreaterThanOrEqualTo(200);
    assertThat(stats.maxActive).isLessThanOrEqualTo(300);
  }

  @Test
  void churnIsPrecededByDecliningEngagementThenReducedActivity() {
    List<TutorTruth> leavers = new ArrayList<>();
    for (TutorTruth t : truth) {
      if (t.leftOn() != null && t.joinedOn().isBefore(EPOCH)) {
        int leave = (int) ChronoUnit.DAYS.between(EPOCH, t.leftOn());
        if (leave >= 60) {
          leavers.add(t);
        }
      }
    }
    assertThat(leavers).hasSizeGreaterThan(30);
    double earlyEngagement = 0, lateEngagement = 0, earlySessions = 0, lateSessions = 0;
    int measured = 0;
    for (TutorTruth t : leavers) {
      int leave = (int) ChronoUnit.DAYS.between(EPOCH, t.leftOn());
      double early = stats.engagement(t.tutorId(), leave - 60, leave - 45);
      double late = stats.engagement(t.tutorId(), leave - 28, leave - 14);
      if (Double.isNaN(early) || Double.isNaN(late)) {
        continue;
      }
      measured++;
      earlyEngagement += early;
      lateEngagement += late;
      earlySessions += stats.sessions(t.tutorId(), leave - 60, leave - 46);
      lateSessions += stats.sessions(t.tutorId(), leave - 14, leave);
    }
    assertThat(lateEngagement / measured).isLessThan(0.85 * earlyEngagement / measured);
    assertThat(lateSessions).isLessThan(0.6 * earlySessions);
  }

  @Test
  void moreThanThreeReschedulesAWeekPredictsChurnWithinThirtyDays() {
    int flaggedWeeks = 0, flaggedChurned = 0, otherWeeks = 0, otherChurned = 0;
    for (TutorTruth t : truth) {
      for (int week = 0; week + 7 <= DAYS - 30; week += 7) {
        if (stats.sessions(t.tutorId(), week, week + 7) == 0) {
          continue;
        }
        boolean churnsSoon =
            t.leftOn() != null
                && !t.leftOn().isBefore(EPOCH.plusDays(week + 7))
                && t.leftOn().isBefore(EPOCH.plusDays(week + 37));
        if (stats.tutorReschedules(t.tutorId(), week, week + 7) > 3) {
          flaggedWeeks++;
          flaggedChurned += churnsSoon ? 1 : 0;
        } else {
          otherWeeks++;
          otherChurned += churnsSoon ? 1 : 0;
        }
      }
    }
    double flaggedRate = flaggedChurned / (double) flaggedWeeks;
    double otherRate = otherChurned / (double) otherWeeks;
    System.out.printf(
        "churn within 30 days after a week with >3 reschedules: %.3f (%d weeks), otherwise %.3f%n",
        flaggedRate, flaggedWeeks, otherRate);
    assertThat(flaggedRate).isGreaterThan(2 * otherRate);
  }

  private static String digest(long seed, int days) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    World world = new World(WorldSettings.prd(seed, EPOCH));
    for (int d = 0; d < days; d++) {
      for (Emission emission : world.simulateDay()) {
        sha.update(emission.eventId().toString().getBytes());
        sha.update(EventJson.write(emission.event()));
        sha.update(emission.publishAt().toString().getBytes());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
