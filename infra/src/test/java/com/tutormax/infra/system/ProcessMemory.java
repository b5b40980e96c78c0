package com.tutormax.infra.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Peak resident memory (VmHWM, Linux) of the fleet's processes. */
final class ProcessMemory {

  private ProcessMemory() {}

  /** Name → peak RSS in MB; processes whose /proc entry is unreadable are left out. */
  static Map<String, Long> peakMegabytes(Map<String, Long> pids) {
    Map<String, Long> peaks = new LinkedHashMap<>();
    pids.forEach(
        (name, pid) -> {
          long kb = peakKilobytes(pid);
          if (kb > 0) {
            peaks.put(name, kb / 1024);
          }
        });
    return peaks;
  }

  static long peakKilobytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
