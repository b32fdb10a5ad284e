package org.newsbeam.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a study comes from, and a hash that tells two copies apart by their bytes only. */
class StudyOriginTest {
  static final Path REPO_STUDY = Paths.get("pipelines", "ukraine-war").toAbsolutePath();

  @Test
  void aNameWithNoFolderIsTheBuiltInCopyAndHashesLikeTheSameFiles(@TempDir Path elsewhere) {
    StudyOrigin builtIn = StudyLoader.locate("ukraine-war", elsewhere);
    assertTrue(builtIn.builtIn());
    assertEquals("built-in:ukraine-war", builtIn.path());
    StudyOrigin folder = StudyLoader.locate("ukraine-war", Paths.get(""));
    assertEquals(REPO_STUDY, folder.folder());
    assertEquals(REPO_STUDY.toString(), folder.path());
    assertEquals(64, builtIn.sha256().length());
    assertEquals(folder.sha256(), builtIn.sha256(), "the jar carries pipelines/ as it is");
  }

  @Test
  void anEditedCopyHashesDifferently(@TempDir Path tmp) throws Exception {
    Path copy = Files.createDirectories(tmp.resolve("my-study"));
    for (String f : StudyOrigin.FILES) {
      Files.copy(REPO_STUDY.resolve(f), copy.resolve(f));
    }
    StudyOrigin origin = StudyLoader.locate(copy.toString(), null);
    assertEquals("my-study", origin.name());
    String before = origin.sha256();
    assertEquals(StudyOrigin.sha256Of(REPO_STUDY), before, "same bytes, same hash, whatever the folder's name");
    Files.writeString(copy.resolve("study.yaml"), Files.readString(copy.resolve("study.yaml")) + "\n# edited\n");
    assertNotEquals(before, origin.sha256());
    assertEquals(before, StudyOrigin.sha256Of(REPO_STUDY));
  }
}
