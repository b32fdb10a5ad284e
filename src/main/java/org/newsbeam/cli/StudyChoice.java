package org.newsbeam.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.newsbeam.study.StudyOrigin;

/**
 * Which copy of a study a run uses, said out loud. {@code --pipeline=ukraine-war} run from outside
 * the repository takes the copy built into the jar, while the repository's
 * {@code pipelines/ukraine-war} next to the jar may hold an analyst's edits: the run names the
 * folder it did not use, and whether it differs.
 */
final class StudyChoice {
  private StudyChoice() {}

  /**
   * Folders of the study's name that a built-in choice left aside: {@code pipelines/NAME} in the
   * folder holding the jar and in its parent (the repository of {@code target/newsbeam.jar}).
   */
  static List<Path> foldersNotUsed(StudyOrigin origin, Path codeLocation) {
    List<Path> out = new ArrayList<>();
    if (!origin.builtIn() || codeLocation == null) {
      return out;
    }
    Path dir = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.getParent();
    for (Path base = dir; base != null && out.isEmpty() && (base == dir || base.equals(dir.getParent())); base = base.getParent()) {
      Path candidate = base.resolve("pipelines").resolve(origin.name());
      if (Files.isDirectory(candidate)) {
        out.add(candidate.toAbsolutePath().normalize());
      }
    }
    return out;
  }

  /** The console line: which copy, its hash, and any folder of that name not used. */
  static String describe(String studyName, StudyOrigin origin, String sha256, List<Path> notUsed) {
    StringBuilder s = new StringBuilder("newsbeam: study ").append(studyName).append(": ");
    s.append(origin.builtIn() ? "the copy built into the jar (" + origin.path() + ")" : "the folder " + origin.path());
    s.append(", sha256 ").append(sha256, 0, 12);
    for (Path p : notUsed) {
      boolean same = StudyOrigin.sha256Of(p).equals(sha256);
      s.append("; the folder ").append(p).append(" was not used (").append(same ? "same files" : "its files differ")
          .append("; --pipeline=").append(p).append(" uses it)");
    }
    return s.toString();
  }

  /** Where the running code comes from (the jar), or null when unknown. */
  static Path codeLocation() {
    try {
      return Paths.get(StudyChoice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
