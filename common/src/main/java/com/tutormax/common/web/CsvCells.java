package com.tutormax.common.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV lines for exports (RFC 4180 quoting). A cell a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) is defused with a leading apostrophe.
 */
public final class CsvCells {

  private CsvCells() {}

  /** One line of cells (null is an empty cell; numbers and other values by toString). */
  public static String line(Object... cells) {
    return Arrays.stream(cells).map(CsvCells::cell).collect(Collectors.joining(","));
  }

  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    String safe = value.toString();
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      safe = "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
