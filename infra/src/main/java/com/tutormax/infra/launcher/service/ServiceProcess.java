package com.tutormax.infra.launcher.service;

import com.tutormax.infra.launcher.process.ProcessStopper;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One running service JVM, its port and its log.
 *
 * @param recordingClassData whether it writes a class-data archive as it exits (which takes 10-25
 *     s, so its stop may take longer)
 */
public record ServiceProcess(
    FleetService service, Process process, int port, Path log, boolean recordingClassData) {

  /** SIGTERM to kill -9: Spring's graceful shutdown of a few seconds fits easily. */
  public static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** The same while the JVM also writes its class-data archive, which must not be cut short. */
  public static final Duration STOP_GRACE_RECORDING = Duration.ofSeconds(150);

  public Duration stopGrace() {
    return recordingClassData ? STOP_GRACE_RECORDING : STOP_GRACE;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  /** SIGTERM (Spring's graceful shutdown), SIGKILL after the grace; true when graceful. */
  public boolean stop() {
    return ProcessStopper.terminate(process.toHandle(), stopGrace());
  }

  public void killHard() {
    ProcessStopper.killHard(process.toHandle());
  }
}
