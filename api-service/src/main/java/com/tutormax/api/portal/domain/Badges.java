package com.tutormax.api.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The tutor portal's badges: ladders of milestones (sessions held, time with us, five-star ratings)
 * and "first impressions" for first sessions that land. A tutor sees the badges earned and, for
 * each ladder, the next one with how far along they are, so there is always a next step.
 */
public final class Badges {

  /** A badge earned. */
  public record Badge(String code, String title, String description) {}

  /** The next badge of a ladder: {@code current} of {@code target}. */
  public record NextBadge(String code, String title, long current, long target) {}

  /** Earned badges, in ladder order, and the next badge of each ladder not yet complete. */
  public record Board(List<Badge> earned, List<NextBadge> next) {}

  /** First sessions rated before "first impressions" can be earned. */
  public static final int FIRST_IMPRESSIONS_MIN_RATED = 10;

  /** Share of rated first sessions rated 4 or more that earns "first impressions", in percent. */
  public static final int FIRST_IMPRESSIONS_SUCCESS_PERCENT = 80;

  private record Ladder(
      String code, ToLongFunction<Milestones> count, long[] steps, String title, String text) {}

  private static final List<Ladder> LADDERS =
      List.of(
          new Ladder(
              "SESSIONS",
              Milestones::sessionsHeld,
              new long[] {10, 50, 100, 250, 500, 1000},
              "%d sessions",
              "You have held %d sessions with students."),
          new Ladder(
              "TENURE",
              Milestones::tenureDays,
              new long[] {30, 90, 180, 365},
              "%d days with us",
              "You have been tutoring with us for %d days."),
          new Ladder(
              "FIVE_STARS",
              Milestones::fiveStarRatings,
              new long[] {10, 50, 100, 250},
              "%d five-star ratings",
              "Students rated %d of your sessions five stars."));

  private Badges() {}

  public static Board of(Milestones milestones) {
    List<Badge> earned = new ArrayList<>();
    List<NextBadge> next = new ArrayList<>();
    for (Ladder ladder : LADDERS) {
      long count = ladder.count().applyAsLong(milestones);
      for (long step : ladder.steps()) {
        String code = ladder.code() + "_" + step;
        String title = String.format(ladder.title(), step);
        if (count >= step) {
          earned.add(new Badge(code, title, String.format(ladder.text(), step)));
        } else {
          next.add(new NextBadge(code, title, count, step));
          break;
        }
      }
    }
    if (firstImpressions(milestones)) {
      earned.add(
          new Badge(
              "FIRST_IMPRESSIONS",
              "First impressions",
              "At least "
                  + FIRST_IMPRESSIONS_SUCCESS_PERCENT
                  + "% of your first sessions were rated 4 or 5."));
    }
    return new Board(List.copyOf(earned), List.copyOf(next));
  }

  private static boolean firstImpressions(Milestones m) {
    return m.firstSessionsRated() >= FIRST_IMPRESSIONS_MIN_RATED
        && 100 * m.firstSessionsSuccessful()
            >= FIRST_IMPRESSIONS_SUCCESS_PERCENT * m.firstSessionsRated();
  }
}
