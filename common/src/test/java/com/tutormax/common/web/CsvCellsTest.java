package com.tutormax.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void cellsAreQuotedWhenTheyMustBeAndFormulasAreDefused() {
    assertThat(CsvCells.line("plain", null, 4.5, -2, true, Instant.parse("2026-01-01T00:00:00Z")))
        .isEqualTo("plain,,4.5,-2,true,2026-01-01T00:00:00Z");
    assertThat(CsvCells.line("a,b", "say \"hi\"", "two\nlines"))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"");
    assertThat(CsvCells.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(CsvCells.cell("-cmd")).isEqualTo("'-cmd");
    assertThat(CsvCells.cell("@x,y")).isEqualTo("\"'@x,y\"");
  }
}
