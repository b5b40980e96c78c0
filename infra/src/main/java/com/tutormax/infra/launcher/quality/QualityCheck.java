package com.tutormax.infra.launcher.quality;

import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.secret.AdminLogin;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Gathers the quality report from a running fleet: the champions' metrics and targets from
 * training-service, the 30-day champion's test-split predictions, and the generator's ground truth
 * (admin-only; used here to measure, never by any model).
 */
public final class QualityCheck {

  static final int LEAD_DAYS = 30;

  private final GatewayClient client;

  public QualityCheck(URI gateway, AdminLogin login) {
    this(new GatewayClient(gateway, login));
  }

  private QualityCheck(GatewayClient client) {
    this.client = client;
  }

  /** The check of the local fleet, signed in with the admin login its launcher generated. */
  public static QualityCheck forFleet(FleetOptions options) throws IOException {
    return new QualityCheck(GatewayClient.forFleet(options));
  }

  /** The report, rendered. */
  public String report() throws IOException, InterruptedException {
    JsonNode quality = client.get("/api/training/quality");
    return QualityReport.render(quality, earlyWarning(quality));
  }

  /** The top-decile share of the 30-day champion, or null without one. */
  public TopDecile.Result earlyWarning(JsonNode quality) throws IOException, InterruptedException {
    String modelId = null;
    for (JsonNode window : quality.path("windows")) {
      if (window.path("windowDays").asInt() == LEAD_DAYS) {
        modelId = window.path("modelId").asString();
      }
    }
    if (modelId == null) {
      return null;
    }
    List<TopDecile.Prediction> predictions = new ArrayList<>();
    for (JsonNode p : client.get("/api/training/models/" + modelId + "/test-predictions")) {
      predictions.add(
          new TopDecile.Prediction(
              p.path("tutorId").asString(),
              LocalDate.parse(p.path("asOfDay").asString()),
              p.path("probability").asDouble()));
    }
    Map<String, LocalDate> leftOn = new HashMap<>();
    for (JsonNode truth : client.get("/api/generation/truth")) {
      String left = truth.path("leftOn").asString(null);
      if (left != null) {
        leftOn.put(truth.path("tutorId").asString(), LocalDate.parse(left));
      }
    }
    return TopDecile.of(predictions, leftOn, LEAD_DAYS);
  }
}
