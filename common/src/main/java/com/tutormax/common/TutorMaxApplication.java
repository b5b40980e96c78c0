package com.tutormax.common;

import com.tutormax.common.db.MigrationCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;

/** Entry point of every service: starts it, or runs {@code db ...} migration commands. */
public final class TutorMaxApplication {

  private TutorMaxApplication() {}

  public static void run(Class<?> application, String[] args) {
    if (args.length > 0 && "db".equals(args[0])) {
      int code =
          MigrationCommand.run(application, Arrays.copyOfRange(args, 1, args.length), System.out);
      System.exit(code);
    }
    SpringApplication.run(application, args);
  }
}
