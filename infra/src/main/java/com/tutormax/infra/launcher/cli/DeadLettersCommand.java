package com.tutormax.infra.launcher.cli;

import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.quality.GatewayClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code dead-letters}: the running fleet's dead-letter topics ({@code dead-letters}), a topic's
 * records not yet replayed ({@code dead-letters <topic>}), or their replay ({@code dead-letters
 * replay <topic>}), through the admin API (docs/recovery.md). Exit 0 when done, 2 for bad
 * arguments, 3 when the fleet cannot be asked.
 */
public final class DeadLettersCommand {

  private static final int REASON_WIDTH = 90;

  private final PrintStream out;
  private final PrintStream err;

  public DeadLettersCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int run(FleetOptions options, List<String> args) {
    try {
      GatewayClient gateway = GatewayClient.forFleet(options);
      if (args.isEmpty()) {
        topics(gateway.get("/api/admin/dead-letters"));
      } else if (args.size() == 1 && !args.get(0).equals("replay")) {
        records(gateway.get("/api/admin/dead-letters/" + encode(args.get(0))));
      } else if (args.size() == 2 && args.get(0).equals("replay")) {
        JsonNode done = gateway.post("/api/admin/dead-letters/" + encode(args.get(1)) + "/replay");
        out.println("replayed " + done.path("replayed").asInt() + ": " + done.path("to"));
      } else {
        err.println("usage: dead-letters [<topic> | replay <topic>]");
        return 2;
      }
      return 0;
    } catch (IOException | IllegalStateException e) {
      err.println("Cannot read the dead letters: " + e.getMessage());
      err.println("Is the fleet running (./tutormax status)?");
      return 3;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 3;
    }
  }

  private void topics(JsonNode topics) {
    if (topics.isEmpty()) {
      out.println("no dead-letter topics");
      return;
    }
    out.printf("%-48s %8s %8s%n", "topic", "total", "pending");
    for (JsonNode t : topics) {
      out.printf(
          "%-48s %8d %8d%n",
          t.path("topic").asString(), t.path("total").asLong(), t.path("pending").asLong());
    }
  }

  private void records(JsonNode records) {
    if (records.isEmpty()) {
      out.println("nothing pending");
      return;
    }
    for (JsonNode r : records) {
      String reason = r.path("reason").asString("");
      out.printf(
          "%d@%d  %s  %s  %s%n",
          r.path("partition").asInt(),
          r.path("offset").asLong(),
          r.path("consumerGroup").asString("-"),
          r.path("eventType").asString("-"),
          reason.length() <= REASON_WIDTH ? reason : reason.substring(0, REASON_WIDTH) + "…");
    }
  }

  private static String encode(String topic) {
    return URLEncoder.encode(topic, StandardCharsets.UTF_8);
  }
}
