package com.tutormax.infra.launcher;

import com.tutormax.infra.launcher.service.FleetService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ports a fleet listens on: seven consecutive service ports from {@code firstService} (gateway
 * first), PostgreSQL, Redis, and Kafka's client and controller listeners.
 */
public record FleetPorts(
    int firstService, int postgres, int redis, int kafka, int kafkaController) {

  /** How many ports {@link #fromBase} takes. */
  public static final int BLOCK_SIZE = FleetService.values().length + 4;

  /** What {@code ./tutormax up} uses: 8080–8086, 54329, 63799, 19092/19093. */
  public static FleetPorts defaults() {
    return new FleetPorts(8080, 54329, 63799, 19092, 19093);
  }

  /** {@value #BLOCK_SIZE} consecutive ports: services, then PostgreSQL, Redis, Kafka. */
  public static FleetPorts fromBase(int base) {
    int services = FleetService.values().length;
    return new FleetPorts(
        base, base + services, base + services + 1, base + services + 2, base + services + 3);
  }

  /** A block of ports nothing listens on right now (for tests next to a running fleet). */
  public static FleetPorts freeBlock() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int base = ThreadLocalRandom.current().nextInt(20_000, 30_000);
      FleetPorts ports = fromBase(base);
      if (ports.all().stream().allMatch(FleetPorts::isFree)) {
        return ports;
      }
    }
    throw new IllegalStateException("no free block of " + BLOCK_SIZE + " ports in 20000-30000");
  }

  public int service(FleetService service) {
    return firstService + service.portOffset();
  }

  public List<Integer> all() {
    List<Integer> ports = new ArrayList<>();
    for (FleetService service : FleetService.values()) {
      ports.add(service(service));
    }
    ports.addAll(List.of(postgres, redis, kafka, kafkaController));
    return ports;
  }

  /** True when a server socket can bind the port on all interfaces. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress((InetAddress) null, port));
      return true;
    } catch (IOException busy) {
      return false;
    }
  }
}
