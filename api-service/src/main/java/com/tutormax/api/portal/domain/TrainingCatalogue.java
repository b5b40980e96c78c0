package com.tutormax.api.portal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training modules recommended to a tutor from their skill gaps: the performance flags their latest
 * evaluation raised, and the improvement areas students ticked at least {@value #MIN_MENTIONS}
 * times in the last 30 days. Each says why in words; never a score or a risk.
 */
public final class TrainingCatalogue {

  /** A module and why it is recommended. */
  public record Recommendation(String module, String title, String why) {}

  /** Mentions of an improvement area in 30 days before it points at a gap. */
  public static final int MIN_MENTIONS = 2;

  private record Module(String module, String title) {}

  private static final Map<String, Module> BY_FLAG = new LinkedHashMap<>();
  private static final Map<String, String> FLAG_WHY = new LinkedHashMap<>();
  private static final Map<String, Module> BY_AREA = new LinkedHashMap<>();
  private static final Map<String, String> AREA_WORDS = new LinkedHashMap<>();

  static {
    flag(
        "LOW_FIRST_SESSION_SUCCESS",
        "first-session-excellence",
        "Making first sessions count",
        "Some of your first sessions did not land as hoped.");
    flag(
        "LOW_RATING",
        "session-structure",
        "Structuring a great session",
        "Your recent ratings are below your best.");
    flag(
        "LOW_OBJECTIVES_MET",
        "goal-setting",
        "Setting and reaching session goals",
        "Fewer sessions reached their learning objectives lately.");
    flag(
        "DISENGAGED",
        "active-engagement",
        "Keeping students engaged",
        "Students have been less engaged in recent sessions.");
    flag(
        "HIGH_RESCHEDULE_RATE",
        "reliable-scheduling",
        "Planning your availability",
        "A number of your sessions were moved recently.");
    flag(
        "HIGH_NO_SHOW_RATE",
        "attendance",
        "Reducing missed sessions",
        "Some sessions were missed recently.");
    area("late", "punctuality", "Starting on time", "starting late");
    area("unprepared", "session-preparation", "Preparing for each session", "preparation");
    area("unclear", "clear-explanations", "Explaining clearly", "clearer explanations");
    area("not_patient", "patience", "Patience and encouragement", "more patience");
    area("technical_issues", "tech-setup", "A reliable tech setup", "technical issues");
  }

  private TrainingCatalogue() {}

  private static void flag(String code, String module, String title, String why) {
    BY_FLAG.put(code, new Module(module, title));
    FLAG_WHY.put(code, why);
  }

  private static void area(String area, String module, String title, String words) {
    BY_AREA.put(area, new Module(module, title));
    AREA_WORDS.put(area, words);
  }

  /**
   * The recommendations: flags first (in the catalogue's order), then improvement areas by mentions
   * (most first); a module recommended once.
   *
   * @param flags the performance flag codes of the tutor's latest evaluation
   * @param areaMentions mentions of each improvement area in the last 30 days
   */
  public static List<Recommendation> recommend(Set<String> flags, Map<String, Long> areaMentions) {
    List<Recommendation> out = new ArrayList<>();
    Set<String> modules = new LinkedHashSet<>();
    BY_FLAG.forEach(
        (code, module) -> {
          if (flags.contains(code) && modules.add(module.module())) {
            out.add(new Recommendation(module.module(), module.title(), FLAG_WHY.get(code)));
          }
        });
    areaMentions.entrySet().stream()
        .filter(e -> BY_AREA.containsKey(e.getKey()) && e.getValue() >= MIN_MENTIONS)
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(
            e -> {
              Module module = BY_AREA.get(e.getKey());
              if (modules.add(module.module())) {
                out.add(
                    new Recommendation(
                        module.module(),
                        module.title(),
                        "Students mentioned "
                            + AREA_WORDS.get(e.getKey())
                            + " "
                            + e.getValue()
                            + " times in the last 30 days."));
              }
            });
    return List.copyOf(out);
  }
}
