package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.study.StudyLoader;
import org.newsbeam.study.StudyOrigin;

/** A run that takes the built-in study names the repository folder of that name it left aside. */
class StudyChoiceTest {
  @Test
  void theBuiltInCopyNamesTheFolderNextToTheJar(@TempDir Path tmp) throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Path study = Files.createDirectories(repo.resolve("pipelines").resolve("ukraine-war"));
    Path src = Paths.get("pipelines", "ukraine-war");
    for (String f : StudyOrigin.FILES) {
      Files.copy(src.resolve(f), study.resolve(f));
    }
    Path jar = Files.createDirectories(repo.resolve("target")).resolve("newsbeam.jar");
    Files.writeString(jar, "not really a jar");
    Path workingDir = Files.createDirectories(tmp.resolve("somewhere-else"));

    StudyOrigin origin = StudyLoader.locate("ukraine-war", workingDir);
    assertTrue(origin.builtIn());
    List<Path> notUsed = StudyChoice.foldersNotUsed(origin, jar);
    assertEquals(List.of(study.toAbsolutePath().normalize()), notUsed);
    String line = StudyChoice.describe("ukraine-war", origin, origin.sha256(), notUsed);
    assertTrue(line.contains("built-in:ukraine-war") && line.contains(study.toString()) && line.contains("same files"), line);

    Files.writeString(study.resolve("study.yaml"), Files.readString(study.resolve("study.yaml")) + "\n# an analyst's edit\n");
    line = StudyChoice.describe("ukraine-war", origin, origin.sha256(), StudyChoice.foldersNotUsed(origin, jar));
    assertTrue(line.contains("its files differ"), line);

    // a study read from a folder leaves nothing aside
    StudyOrigin folder = StudyLoader.locate(study.toString(), workingDir);
    assertEquals(List.of(), StudyChoice.foldersNotUsed(folder, jar));
    assertTrue(StudyChoice.describe("ukraine-war", folder, folder.sha256(), List.of()).contains("the folder " + study.toAbsolutePath().normalize()));
  }
}
