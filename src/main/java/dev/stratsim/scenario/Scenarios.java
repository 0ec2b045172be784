package dev.stratsim.scenario;

import dev.stratsim.files.FileProblems;
import dev.stratsim.model.Vocabulary;
import dev.stratsim.problem.InvalidInputException;
import dev.stratsim.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loading many scenarios at once: every problem in every file is reported together. */
public final class Scenarios {
  private Scenarios() {}

  /** Loads every file, or throws one InvalidInputException listing every file's problems. */
  public static List<Scenario> loadAll(Vocabulary vocabulary, List<Path> files, List<String> overrides) {
    return templates(vocabulary, files, overrides).stream().map(ScenarioTemplate::central).toList();
  }

  /** Loads every file keeping its distributions, or throws one exception listing every problem. */
  public static List<ScenarioTemplate> templates(Vocabulary vocabulary, List<Path> files,
      List<String> overrides) {
    ScenarioLoader loader = new ScenarioLoader(vocabulary);
    List<ScenarioTemplate> loaded = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        loaded.add(loader.template(file, overrides));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      // A bad --set is reported once, not once per scenario it was applied to.
      throw new InvalidInputException(List.copyOf(new java.util.LinkedHashSet<>(problems)));
    }
    return loaded;
  }

  /** How deep {@link #find} looks into subfolders of a folder it is given. */
  public static final int MAX_DEPTH = 8;
  /**
   * The most files and folders {@link #find} looks through in the folders it is given: a scenario
   * folder holds dozens; a home folder or / given by mistake holds millions, and would take minutes.
   */
  public static final int MAX_ENTRIES = 100_000;
  /** The most scenario files one command works on. */
  public static final int MAX_FILES = 2_000;

  /**
   * The scenario files named, folders expanded to the *.yaml files they and their subfolders hold
   * (up to {@link #MAX_DEPTH} levels), in name order.
   */
  public static List<Path> find(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        // Subfolders too, so that scenarios/ holds the whole stock suite, history included.
        try (Stream<Path> list = Files.walk(path, MAX_DEPTH)) {
          List<Path> entries = list.limit(MAX_ENTRIES + 1L).toList();
          if (entries.size() > MAX_ENTRIES) {
            problems.add(Problem.inFile(path, "holds more than " + MAX_ENTRIES + " files and folders to look"
                + " through for scenarios; give the folder of the scenarios"));
            continue;
          }
          List<Path> found = entries.stream()
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
          if (found.isEmpty()) {
            problems.add(Problem.inFile(path, "is a folder with no scenario files (*.yaml) in it; give scenario"
                + " files or folders that hold them"));
          }
          files.addAll(found);
        } catch (IOException e) {
          problems.add(Problem.inFile(path, "cannot list the folder: " + FileProblems.reason(e)));
        } catch (UncheckedIOException e) {
          // A subfolder the walk met: say which.
          String where = e.getCause() instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
              ? " " + fs.getFile() : "";
          problems.add(Problem.inFile(path, "cannot list the folder" + where + ": " + FileProblems.reason(e.getCause())
              + "; give the folder of the scenarios"));
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        problems.add(Problem.inFile(path, FileProblems.missing(path)));
      }
    }
    if (problems.isEmpty() && files.size() > MAX_FILES) {
      problems.add(Problem.general(files.size() + " scenario files, more than " + MAX_FILES + ", the most one command"
          + " works on; give fewer files or folders"));
    }
    InvalidInputException.throwIfAny(problems);
    return files;
  }
}
