package com.tutormax.api.records.persistence;

import java.lang.reflect.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Writes a whole batch in one statement: every column travels as one array parameter and {@code
 * INSERT … SELECT FROM unnest(…) ON CONFLICT (key) DO NOTHING} turns them back into rows. The SQL
 * text is the same for every batch size (one prepared statement per table), a batch costs one round
 * trip, and rows whose natural key is already stored are skipped, not counted.
 */
public final class UnnestInsert<E> {

  /** Joins list items inside one array element; catalog values never contain it. */
  static final String LIST_SEPARATOR = "\u001f";

  private record Column<E>(
      String name, String sqlType, String select, Class<?> javaType, Function<E, ?> value) {}

  private final String table;
  private final String conflictKey;
  private final List<Column<E>> columns = new ArrayList<>();
  private String sql;

  private UnnestInsert(String table, String conflictKey) {
    this.table = table;
    this.conflictKey = conflictKey;
  }

  public static <E> UnnestInsert<E> into(String table, String conflictKey) {
    return new UnnestInsert<>(table, conflictKey);
  }

  private UnnestInsert<E> column(
      String name, String sqlType, String select, Class<?> javaType, Function<E, ?> value) {
    columns.add(new Column<>(name, sqlType, select.formatted("r." + name), javaType, value));
    return this;
  }

  public UnnestInsert<E> text(String name, Function<E, String> value) {
    return column(name, "text", "%s", String.class, value);
  }

  public UnnestInsert<E> integer(String name, Function<E, Integer> value) {
    return column(name, "int", "%s", Integer.class, value);
  }

  public UnnestInsert<E> bool(String name, Function<E, Boolean> value) {
    return column(name, "boolean", "%s", Boolean.class, value);
  }

  public UnnestInsert<E> float8(String name, Function<E, Double> value) {
    return column(name, "float8", "%s", Double.class, value);
  }

  public UnnestInsert<E> timestamp(String name, Function<E, Instant> value) {
    return column(name, "timestamptz", "%s", Instant.class, value);
  }

  /** A text[] column; its items must not contain {@link #LIST_SEPARATOR}. */
  public UnnestInsert<E> textList(String name, Function<E, List<String>> value) {
    Function<E, String> joined =
        row -> {
          List<String> items = value.apply(row);
          if (items == null) {
            return "";
          }
          if (items.stream().anyMatch(item -> item.contains(LIST_SEPARATOR))) {
            throw new IllegalArgumentException(name + " has an item with a control character");
          }
          return String.join(LIST_SEPARATOR, items);
        };
    return column(
        name, "text", "coalesce(string_to_array(%s, E'\\x1f'), '{}')", String.class, joined);
  }

  /** A bytea column, sent as base64 text. */
  public UnnestInsert<E> bytes(String name, Function<E, byte[]> value) {
    Function<E, String> base64 = row -> Base64.getEncoder().encodeToString(value.apply(row));
    return column(name, "text", "decode(%s, 'base64')", String.class, base64);
  }

  String sql() {
    if (sql == null) {
      String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
      sql =
          "INSERT INTO "
              + table
              + " ("
              + names
              + ") SELECT "
              + columns.stream().map(Column::select).collect(Collectors.joining(", "))
              + " FROM unnest("
              + columns.stream()
                  .map(c -> "CAST(:" + c.name() + " AS " + c.sqlType() + "[])")
                  .collect(Collectors.joining(", "))
              + ") AS r("
              + names
              + ") ON CONFLICT ("
              + conflictKey
              + ") DO NOTHING";
    }
    return sql;
  }

  /** Inserts {@code rows}; emits how many were new. */
  public Mono<Long> execute(DatabaseClient db, List<E> rows) {
    if (rows.isEmpty()) {
      return Mono.just(0L);
    }
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql());
    for (Column<E> column : columns) {
      spec = spec.bind(column.name(), array(column, rows));
    }
    return spec.fetch().rowsUpdated();
  }

  private static <E> Object array(Column<E> column, List<E> rows) {
    Object array = Array.newInstance(column.javaType(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Array.set(array, i, column.value().apply(rows.get(i)));
    }
    return array;
  }
}
