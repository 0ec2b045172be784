package dev.stratsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff --base-ref} in a temporary git repository whose history holds the rules folder with
 * no rules, with rules that do not compile, the base rules, and the current rules (HEAD).
 * {@code origin/main} points at the base commit, as it does in a pull request's CI job.
 */
class GitBaseRefTest {
  @TempDir static Path repo;
  static Path rules;
  static Path scenarios;

  @BeforeAll
  static void commitTheHistory() throws Exception {
    rules = repo.resolve("rules");
    scenarios = repo.resolve("scenarios");
    git("init", "-q");
    Files.writeString(repo.resolve("README.md"), "a team's rules repository\n");
    commit("no rules yet", "empty");
    copyRules(DiffCommandTest.DIR + "/broken");
    commit("rules that do not compile", "broken");
    copyRules(DiffCommandTest.BASE);
    Files.createDirectories(scenarios);
    Files.copy(Path.of(DiffCommandTest.RACE), scenarios.resolve("race.yaml"));
    commit("base rules", "base");
    git("update-ref", "refs/remotes/origin/main", "base");
    copyRules(DiffCommandTest.CURRENT);
    commit("current rules", null);
  }

  @Test
  void theBaseRefReportsWhatTheSameRulesInAFolderReport() throws Exception {
    Cli.Result viaGit = Cli.run("diff", "--base-ref", "origin/main", "--rules", rules.toString(), scenarios.toString(),
        "--format", "json");
    Cli.Result viaFolder = Cli.run("diff", "--base-rules", DiffCommandTest.BASE, "--rules", rules.toString(),
        scenarios.toString(), "--format", "json");

    assertThat(viaGit.err()).isEmpty();
    assertThat(viaGit.exitCode()).isEqualTo(ExitCodes.EXIT_OK);
    JsonNode git = new ObjectMapper().readTree(viaGit.out());
    JsonNode folder = new ObjectMapper().readTree(viaFolder.out());
    assertThat(git.get("base").asText()).isEqualTo("origin/main");
    assertThat(git.get("scenarios")).isEqualTo(folder.get("scenarios"));
    assertThat(git.at("/model/knobs")).isEqualTo(folder.at("/model/knobs"));
    assertThat(git.at("/model/rules/1/rule").asText()).isEqualTo("Labs improve their algorithms");
    assertThat(git.at("/model/rules/1/file").asText()).isEqualTo("origin/main:rules/growth.drl");
  }

  @Test
  void theMarkdownForAPullRequestComesFromTheTargetBranch() {
    Cli.Result result = Cli.run("diff", "--base-ref", "origin/main", "--rules", rules.toString(), scenarios.toString(),
        "--format", "markdown", "--fail-on", "rank");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_EXPECTATIONS_FAILED);
    assertThat(result.out()).startsWith("## stratsim diff: `origin/main` → `" + rules + "`\n")
        .contains("| `race` | Acme | 3 → 2 |");
  }

  @Test
  void theWorkTreeAndTheIndexAreLeftAlone() throws Exception {
    String head = git("rev-parse", "HEAD");
    Cli.run("diff", "--base-ref", "base", "--rules", rules.toString(), scenarios.toString());

    assertThat(git("status", "--porcelain")).isEmpty();
    assertThat(git("rev-parse", "HEAD")).isEqualTo(head);
    assertThat(Files.readString(rules.resolve("assumptions.yaml")))
        .isEqualTo(Files.readString(Path.of(DiffCommandTest.CURRENT, "assumptions.yaml")));
  }

  @Test
  void aRefThatNamesNoCommitIsOneLine() throws IOException {
    Cli.Result result = Cli.run("diff", "--base-ref", "no-such-branch", "--rules", rules.toString(),
        scenarios.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("error: --base-ref 'no-such-branch' names no commit in " + repo.toRealPath()
        + "; give a branch, tag or commit that exists here (in CI, fetch the target branch first,"
        + " e.g. git fetch origin main)\n");
  }

  @Test
  void aRefThatLooksLikeAnOptionIsRefused() {
    Cli.Result result = Cli.run("diff", "--base-ref=--output=x", "--rules", rules.toString(), scenarios.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith("error: --base-ref '--output=x' is not a git revision;");
  }

  @Test
  void aRefWithoutTheRulesFolderSaysSo() {
    Cli.Result result = Cli.run("diff", "--base-ref", "empty", "--rules", rules.toString(), scenarios.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).startsWith("error: --base-ref 'empty' has no folder 'rules' (");
  }

  @Test
  void aRefWhoseRulesDoNotCompileNamesTheSideAndTheDrlLine() {
    Cli.Result result = Cli.run("diff", "--base-ref", "broken", "--rules", rules.toString(), scenarios.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.EXIT_INVALID_INPUT);
    assertThat(result.err()).isEqualTo("error: broken:rules/growth.drl:22: base rules do not compile:"
        + " mismatched input 'then' in rule \"Hardware grows every year\"\n");
  }

  private static void copyRules(String from) throws IOException {
    if (Files.exists(rules)) {
      try (Stream<Path> old = Files.list(rules)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(rules);
    try (Stream<Path> files = Files.list(Path.of(from))) {
      for (Path file : files.toList()) {
        Files.copy(file, rules.resolve(file.getFileName()));
      }
    }
  }

  private static void commit(String message, String tag) throws Exception {
    git("add", "-A");
    git("-c", "user.name=stratsim test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
        "commit", "-q", "-m", message);
    if (tag != null) {
      git("tag", tag);
    }
  }

  private static String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
    return out.strip();
  }
}
