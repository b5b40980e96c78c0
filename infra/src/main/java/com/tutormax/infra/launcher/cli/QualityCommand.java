package com.tutormax.infra.launcher.cli;

import com.tutormax.infra.launcher.FleetOptions;
import com.tutormax.infra.launcher.quality.QualityCheck;
import java.io.PrintStream;

/**
 * {@code quality}: prints the model quality report of the running fleet (see {@link QualityCheck}).
 * Exit 0 when printed, 3 when the fleet cannot be asked.
 */
public final class QualityCommand {

  private final PrintStream out;
  private final PrintStream err;

  public QualityCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int run(FleetOptions options) {
    try {
      out.print(QualityCheck.forFleet(options).report());
      return 0;
    } catch (java.io.IOException | IllegalStateException e) {
      err.println("Cannot read the model quality: " + e.getMessage());
      err.println("Is the fleet running (./tutormax status) and has a training run finished?");
      return 3;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 3;
    }
  }
}
