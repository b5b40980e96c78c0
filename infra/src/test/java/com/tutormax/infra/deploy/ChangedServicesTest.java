package com.tutormax.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * infra/deploy/changed-services.sh, which deploy.yml asks what to deploy: in a scratch repository,
 * a change to one module deploys that module, a change to common or the build deploys every
 * service, a dashboard change the gateway and the static site, a docs change nothing.
 */
class ChangedServicesTest {

  private static final Path SCRIPT =
      Path.of("..").toAbsolutePath().normalize().resolve("infra/deploy/changed-services.sh");

  @TempDir Path repo;
  private String base;

  @BeforeEach
  void aRepositoryWithEveryModule() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.email", "test@tutormax.test");
    git("config", "user.name", "test");
    for (String dir :
        List.of("common", "api-service", "churn-service", "gateway-service", "dashboard", "docs")) {
      write(dir + "/README.md", "x");
    }
    write("pom.xml", "<project/>");
    base = commit("start");
  }

  @Test
  void oneModuleDeploysOnlyItself() throws Exception {
    write("churn-service/Code.java", "class Code {}");
    assertThat(changed(base, commit("churn"))).isEqualTo(modules("churn-service"));
  }

  @Test
  void commonOrTheBuildDeploysEveryService() throws Exception {
    write("common/Event.java", "record Event() {}");
    assertThat(changed(base, commit("common"))).isEqualTo(everyService());
    String next = commit("nothing");
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>");
    assertThat(changed(next, commit("pom"))).isEqualTo(everyService());
  }

  @Test
  void theDashboardDeploysTheGatewayThatBundlesItAndTheStaticSite() throws Exception {
    write("dashboard/src/App.tsx", "export {}");
    write("api-service/Code.java", "class Code {}");
    assertThat(changed(base, commit("dashboard")))
        .isEqualTo(modules("gateway-service", "api-service", "dashboard"));
  }

  @Test
  void docsDeployNothingAndAnUnknownBaseDeploysEverything() throws Exception {
    write("docs/guide.md", "more");
    String head = commit("docs");
    assertThat(changed(base, head)).isEqualTo("[]");
    assertThat(changed("0123456789abcdef0123456789abcdef01234567", head))
        .contains("\"module\":\"dashboard\"", "\"module\":\"scheduler-service\"");
  }

  private static String everyService() {
    return modules(
        "gateway-service",
        "api-service",
        "generation-service",
        "evaluation-service",
        "churn-service",
        "training-service",
        "scheduler-service");
  }

  private static String modules(String... modules) {
    List<String> entries = new ArrayList<>();
    for (String m : modules) {
      entries.add(
          "{\"module\":\"" + m + "\",\"hook\":\"" + m.toUpperCase().replace('-', '_') + "\"}");
    }
    return "[" + String.join(",", entries) + "]";
  }

  private String changed(String from, String to) throws Exception {
    return run("bash", SCRIPT.toString(), from, to).strip();
  }

  private void write(String file, String content) throws IOException {
    Path path = repo.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
  }

  private String commit(String message) throws Exception {
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "-m", message);
    return run("git", "rev-parse", "HEAD").strip();
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    run(command.toArray(String[]::new));
  }

  private String run(String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    return out;
  }
}
