package com.tutormax.common.models;

import java.util.List;

/**
 * How a model's raw probability becomes a calibrated one, fitted by training on its validation
 * split and applied by churn when it serves the model: none, Platt scaling ({@code 1 / (1 +
 * exp(a·logit(p) + b))}), or isotonic regression (a non-decreasing step function: the value of the
 * last threshold at or below p, linear between thresholds).
 */
public record Calibration(
    Kind kind, double a, double b, List<Double> thresholds, List<Double> values) {

  public enum Kind {
    NONE,
    PLATT,
    ISOTONIC
  }

  public Calibration {
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    values = values == null ? List.of() : List.copyOf(values);
    if (kind == Kind.ISOTONIC && (thresholds.isEmpty() || thresholds.size() != values.size())) {
      throw new IllegalArgumentException("isotonic calibration needs as many values as thresholds");
    }
  }

  public static Calibration none() {
    return new Calibration(Kind.NONE, 0, 0, List.of(), List.of());
  }

  public static Calibration platt(double a, double b) {
    return new Calibration(Kind.PLATT, a, b, List.of(), List.of());
  }

  public static Calibration isotonic(List<Double> thresholds, List<Double> values) {
    return new Calibration(Kind.ISOTONIC, 0, 0, thresholds, values);
  }

  /** The calibrated probability of a raw one (both 0–1). */
  public double apply(double raw) {
    return switch (kind) {
      case NONE -> raw;
      case PLATT -> {
        double p = Math.min(1 - 1e-7, Math.max(1e-7, raw));
        yield 1.0 / (1.0 + Math.exp(a * Math.log(p / (1 - p)) + b));
      }
      case ISOTONIC -> isotonic(raw);
    };
  }

  private double isotonic(double raw) {
    if (raw <= thresholds.get(0)) {
      return values.get(0);
    }
    int last = thresholds.size() - 1;
    if (raw >= thresholds.get(last)) {
      return values.get(last);
    }
    int i = 0;
    while (thresholds.get(i + 1) < raw) {
      i++;
    }
    double x0 = thresholds.get(i);
    double x1 = thresholds.get(i + 1);
    double y0 = values.get(i);
    double y1 = values.get(i + 1);
    return x1 == x0 ? y1 : y0 + (y1 - y0) * (raw - x0) / (x1 - x0);
  }
}
