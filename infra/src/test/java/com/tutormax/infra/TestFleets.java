package com.tutormax.infra;

import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.FleetPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fleets for system tests: a temporary data folder, free ports, embedded servers. */
public final class TestFleets {

  private TestFleets() {}

  /**
   * Options for a fleet in a new temporary folder, with the machine's environment minus anything
   * that would point it at external servers, plus {@code overrides}.
   */
  public static FleetOptions options(String name, Map<String, String> overrides) {
    try {
      Path dataDir = Files.createTempDirectory("tutormax-" + name);
      Path root = Path.of(System.getProperty("tutormax.root", "..")).toAbsolutePath().normalize();
      Map<String, String> environment = new HashMap<>(System.getenv());
      List.of("DATABASE_URL", "REDIS_URL", "KAFKA_BOOTSTRAP_SERVERS", "SECRET_KEY")
          .forEach(environment::remove);
      environment.putAll(overrides);
      return FleetOptions.forRepository(root)
          .withDataDir(dataDir)
          .withPorts(FleetPorts.freeBlock())
          .withEnvironment(environment);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes a fleet's data folder once it is stopped; {@code -Dtutormax.keepData=true} keeps it
   * (logs included) for a look after a failure.
   */
  public static void deleteData(FleetOptions options) throws IOException {
    Path dataDir = options.layout().root();
    if (Boolean.getBoolean("tutormax.keepData")) {
      System.out.println("Kept the fleet's data and logs in " + dataDir);
      return;
    }
    if (Files.exists(dataDir)) {
      try (var paths = Files.walk(dataDir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
