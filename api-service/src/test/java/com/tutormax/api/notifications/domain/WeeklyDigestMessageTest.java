package com.tutormax.api.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tutormax.api.notifications.templates.NotificationTemplates;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WeeklyDigestMessageTest {

  private static final NotificationTemplates TEMPLATES = new NotificationTemplates();

  private static Message render(MessageModel model) {
    return TEMPLATES.render(NotificationKind.MANAGER_WEEKLY_DIGEST, model);
  }

  private final Instant from = Instant.parse("2026-11-23T09:00:00Z");
  private final Instant to = Instant.parse("2026-11-30T09:00:00Z");

  @Test
  void theFiguresOfAHandBuiltWeek() {
    // 40 sessions scheduled, 3 no-shows, 8 tutor reschedules; 20 ratings summing 71;
    // 6 first-session ratings, 4 of them 4 or 5; 2 new tutors, 1 left, 3 went inactive.
    WeeklyFigures week = new WeeklyFigures(40, 3, 8, 20, 71, 6, 4, 2, 1, 3);

    assertThat(week.sessionsHeld()).isEqualTo(37);
    assertThat(week.noShowRate().getAsDouble()).isEqualTo(0.075);
    assertThat(week.rescheduleRate().getAsDouble()).isEqualTo(0.2);
    assertThat(week.averageRating().getAsDouble()).isEqualTo(3.55);
    assertThat(week.firstSessionSuccess().getAsDouble()).isEqualTo(4.0 / 6);

    Message m = render(WeeklyDigestMessage.of("Maria Ops", from, to, week));

    assertThat(m.subject()).isEqualTo("Your TutorMax week to Mon 30 Nov 2026");
    assertThat(m.text())
        .isEqualTo(
            """
            Hello Maria Ops,

            Your TutorMax week, Mon 23 Nov 2026 to Mon 30 Nov 2026 (UTC):

            Sessions held:           37 of 40
            No-show rate:            7.5%  <- above 5%
            Tutor reschedule rate:   20.0%  <- above 15%
            Average rating:          3.55 (20 ratings)
            First-session success:   66.7%  <- below 70% (6 first sessions rated)
            Feedback received:       20
            New tutors:              2
            Tutors who left:         1
            Tutors gone inactive:    3

            -- TutorMax""");
    assertThat(m.html())
        .contains("<td>7.5% <strong style=\"color: #b00\">above 5%</strong></td>")
        .contains("<td>3.55 (20 ratings)</td>");
  }

  @Test
  void ratesWithinThresholdsAreNotFlagged() {
    WeeklyFigures week = new WeeklyFigures(100, 5, 15, 10, 45, 10, 7, 0, 0, 0);

    String body = render(WeeklyDigestMessage.of("M", from, to, week)).text();

    assertThat(body)
        .contains("No-show rate:            5.0%\n")
        .contains("Tutor reschedule rate:   15.0%\n")
        .contains("Average rating:          4.50 (10 ratings)")
        .contains("First-session success:   70.0% (10 first sessions rated)")
        .doesNotContain("<-");
  }

  @Test
  void aWeekWithNothingToDivideBySaysNotApplicable() {
    WeeklyFigures empty = new WeeklyFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    assertThat(empty.noShowRate()).isEmpty();
    String body = render(WeeklyDigestMessage.of("M", from, to, empty)).text();
    assertThat(body)
        .contains("Sessions held:           0 of 0")
        .contains("No-show rate:            n/a")
        .contains("Average rating:          n/a (0 ratings)")
        .contains("First-session success:   n/a (0 first sessions rated)");
  }

  @Test
  void aLowAverageRatingIsFlagged() {
    WeeklyFigures week = new WeeklyFigures(10, 0, 0, 10, 32, 0, 0, 0, 0, 0);

    assertThat(render(WeeklyDigestMessage.of("M", from, to, week)).text())
        .contains("Average rating:          3.20  <- below 3.5 (10 ratings)");
  }

  @Test
  void oneDigestKeyPerManagerPerIsoWeek() {
    UUID manager = UUID.fromString("00000000-0000-0000-0000-000000000001");
    assertThat(WeeklyDigestMessage.dedupeKey(manager, to))
        .isEqualTo("manager-weekly-digest:" + manager + ":2026-W49");
    assertThat(WeeklyDigestMessage.dedupeKey(manager, Instant.parse("2026-12-06T23:59:59Z")))
        .isEqualTo(WeeklyDigestMessage.dedupeKey(manager, to));
    assertThat(WeeklyDigestMessage.dedupeKey(manager, Instant.parse("2026-12-07T00:00:00Z")))
        .endsWith(":2026-W50");
  }
}
