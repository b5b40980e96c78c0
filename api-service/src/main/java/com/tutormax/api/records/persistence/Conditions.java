package com.tutormax.api.records.persistence;

import com.tutormax.api.records.domain.TimeRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** The WHERE clause of a list: each given filter adds a condition and its bound value. */
final class Conditions {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** Adds {@code clause} (which uses {@code :param}) when {@code value} is given. */
  Conditions when(Object value, String clause, String param) {
    if (value != null) {
      clauses.add(clause);
      values.put(param, value);
    }
    return this;
  }

  Conditions equal(String column, Object value) {
    return when(value, column + " = :" + column, column);
  }

  /** {@code column} within the half-open range [from, to). */
  Conditions within(String column, TimeRange range) {
    if (range != null) {
      when(range.from(), column + " >= :" + column + "_from", column + "_from");
      when(range.to(), column + " < :" + column + "_to", column + "_to");
    }
    return this;
  }

  String where() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  GenericExecuteSpec bind(GenericExecuteSpec spec) {
    GenericExecuteSpec bound = spec;
    for (Map.Entry<String, Object> value : values.entrySet()) {
      bound = bound.bind(value.getKey(), value.getValue());
    }
    return bound;
  }
}
