package com.tutormax.churn.models.service;

import com.tutormax.churn.models.domain.ModelScores;
import com.tutormax.churn.models.domain.ServedModel;
import com.tutormax.churn.scoring.domain.ChurnPrediction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The models this instance serves, one per window; swapped whole when a new one is loaded. */
@Component
public class ModelRegistry {

  private final Map<Integer, ServedModel> served = new ConcurrentHashMap<>();

  public void serve(ServedModel model) {
    served.put(model.windowDays(), model);
  }

  /** Stops serving every window but {@code windows} (their models were withdrawn). */
  public void retainOnly(java.util.Set<Integer> windows) {
    served.keySet().retainAll(windows);
  }

  /** The version served for a window (null: none). */
  public String version(int windowDays) {
    ServedModel model = served.get(windowDays);
    return model == null ? null : model.version();
  }

  public List<ServedModel> models() {
    return List.copyOf(served.values());
  }

  /** {@code prediction} with only the headline model's probability (for past days' streaks). */
  public ChurnPrediction applyHeadline(ChurnPrediction prediction) {
    List<ServedModel> models = models();
    return models.isEmpty()
        ? prediction
        : prediction.withModels(ModelScores.headlineOnly(models, prediction.features()));
  }

  /** {@code prediction} with what the served models say of its features. */
  public ChurnPrediction apply(ChurnPrediction prediction) {
    List<ServedModel> models = models();
    if (models.isEmpty()) {
      return prediction;
    }
    return prediction.withModels(
        ModelScores.of(models, prediction.features(), ChurnPrediction.TOP_FACTORS));
  }
}
