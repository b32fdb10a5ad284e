package org.newsbeam.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestAddFilesTest {
  @TempDir Path dir;

  @Test
  void aFileWrittenIntoAFinishedRunLaterBecomesTheRunsOwn() throws Exception {
    Files.writeString(dir.resolve("actors.csv"), "actor\n");
    new Manifest(Map.of("actors.csv", Manifest.sha256(dir.resolve("actors.csv"))), true).write(dir);
    Files.writeString(dir.resolve("report.html"), "<html></html>");
    assertThrows(RunFolder.Refused.class, () -> RunFolder.checkContents(dir, false),
        "a file the manifest does not name is the user's");

    Manifest.addFiles(dir, List.of("report.html", "missing.gexf", "../outside.txt"));

    Manifest m = Manifest.read(dir);
    assertTrue(m.files().containsKey("report.html") && m.files().containsKey("actors.csv"), m.toString());
    assertFalse(m.files().containsKey("missing.gexf") || m.files().containsKey("../outside.txt"), m.toString());
    assertDoesNotThrow(() -> RunFolder.checkContents(dir, false));
  }

  @Test
  void aFolderWithoutAManifestIsLeftAlone() throws Exception {
    Files.writeString(dir.resolve("report.html"), "<html></html>");
    Manifest.addFiles(dir, List.of("report.html"));
    assertFalse(Files.exists(dir.resolve(Manifest.FILE)));
  }
}
