package com.tutormax.churn.models.domain;

import com.tutormax.common.events.ChurnPredicted.Factor;
import com.tutormax.common.features.FeatureVector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the promoted models say of one feature vector: the calibrated probability of churn within
 * each window they cover ({@code "1d"}, {@code "7d"}, {@code "30d"}, {@code "90d"}), the version of
 * each model used, and the top reasons from the SHAP values of the headline window's model.
 */
public record ModelScores(
    Map<String, Double> windowProbabilities,
    Map<String, String> modelVersions,
    List<Factor> factors) {

  /** The window whose probability is the headline score (PRD: the 30-day targets). */
  public static final int HEADLINE_WINDOW = 30;

  public static final ModelScores NONE = new ModelScores(Map.of(), Map.of(), List.of());

  public ModelScores {
    windowProbabilities = Map.copyOf(windowProbabilities);
    modelVersions = Map.copyOf(modelVersions);
    factors = List.copyOf(factors);
  }

  public static String key(int windowDays) {
    return windowDays + "d";
  }

  /** The scores of {@code models} (any order) for {@code features}; NONE without models. */
  public static ModelScores of(Collection<ServedModel> models, FeatureVector features, int topN) {
    if (models.isEmpty()) {
      return NONE;
    }
    List<ServedModel> sorted =
        models.stream().sorted(Comparator.comparingInt(ServedModel::windowDays)).toList();
    Map<String, Double> probabilities = new LinkedHashMap<>();
    Map<String, String> versions = new LinkedHashMap<>();
    ServedModel.Scored explained = null;
    for (ServedModel model : sorted) {
      ServedModel.Scored scored = model.score(features);
      probabilities.put(key(model.windowDays()), scored.probability());
      versions.put(key(model.windowDays()), model.version());
      if (explained == null || model.windowDays() == HEADLINE_WINDOW) {
        explained = scored;
      }
    }
    return new ModelScores(probabilities, versions, factors(features, explained, topN));
  }

  /**
   * Only the headline window's probability (no other windows, no reasons): what a streak of past
   * days needs; NONE without a headline model.
   */
  public static ModelScores headlineOnly(Collection<ServedModel> models, FeatureVector features) {
    for (ServedModel model : models) {
      if (model.windowDays() == HEADLINE_WINDOW) {
        return new ModelScores(
            Map.of(key(HEADLINE_WINDOW), model.probability(features)),
            Map.of(key(HEADLINE_WINDOW), model.version()),
            List.of());
      }
    }
    return NONE;
  }

  /** The headline window's probability (null unless that model is promoted). */
  public Double headlineProbability() {
    return windowProbabilities.get(key(HEADLINE_WINDOW));
  }

  /** The features pushing risk up most (SHAP value above 0), largest first. */
  static List<Factor> factors(FeatureVector features, ServedModel.Scored scored, int topN) {
    List<Factor> all = new ArrayList<>();
    List<String> names = features.names();
    for (int i = 0; i < names.size(); i++) {
      double c = scored.contributions()[i];
      if (c > 0) {
        String name = names.get(i);
        all.add(
            new Factor(
                name,
                FeatureWords.describe(name, features.get(name), c),
                Math.round(c * 10_000) / 10_000.0));
      }
    }
    all.sort(Comparator.comparingDouble(Factor::contribution).reversed());
    return List.copyOf(all.subList(0, Math.min(topN, all.size())));
  }
}
