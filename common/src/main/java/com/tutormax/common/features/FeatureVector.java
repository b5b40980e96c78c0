package com.tutormax.common.features;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, ordered vector of named features (name → double). {@link Double#NaN} means missing:
 * the feature has nothing to measure (a rate without a denominator, an average without a sample, a
 * tutor who never held a session); XGBoost treats NaN as missing. Two vectors are equal when their
 * names and values are (NaN equals NaN).
 */
public final class FeatureVector {

  private final List<String> names;
  private final double[] values;
  private final Map<String, Integer> index;

  private FeatureVector(List<String> names, double[] values) {
    this.names = List.copyOf(names);
    this.values = values.clone();
    if (this.names.size() != this.values.length) {
      throw new IllegalArgumentException(
          this.names.size() + " names for " + this.values.length + " values");
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < this.names.size(); i++) {
      if (byName.put(this.names.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate feature " + this.names.get(i));
      }
    }
    this.index = Map.copyOf(byName);
  }

  /** A vector of {@code values} named, in order, by {@code names}. */
  public static FeatureVector of(List<String> names, double[] values) {
    return new FeatureVector(names, values);
  }

  /** The feature names, in vector order. */
  public List<String> names() {
    return names;
  }

  public int size() {
    return values.length;
  }

  /** The value of a named feature (NaN: missing). */
  public double get(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no feature " + name);
    }
    return values[i];
  }

  public double get(ChurnFeature feature) {
    return get(feature.featureName());
  }

  /** A copy of the values, in {@link #names()} order. */
  public double[] toArray() {
    return values.clone();
  }

  /** The values as floats (what xgboost4j's DMatrix takes), NaN kept as missing. */
  public float[] toFloatArray() {
    float[] f = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      f[i] = (float) values[i];
    }
    return f;
  }

  /** Name → value, in vector order, unmodifiable. */
  public Map<String, Double> asMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(names.get(i), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureVector other
        && names.equals(other.names)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(names, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
