package org.newsbeam.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbeam.study.StudyException;
import org.newsbeam.study.StudyLoader;

class StudyAheadTest {
  @TempDir Path dir;

  @Test
  void theStudyLoadedAheadIsTheOneTheOptionsName() {
    StudyAhead ahead = StudyAhead.start(new String[] {"--input=x"}, StudyLoader.DEFAULT_STUDY);
    StudyAhead.Loaded first = StudyAhead.get(ahead, StudyLoader.DEFAULT_STUDY);
    assertEquals(StudyLoader.DEFAULT_STUDY, first.study().name());
    assertSame(first, StudyAhead.get(ahead, StudyLoader.DEFAULT_STUDY));
    assertEquals(first.origin().sha256(), first.sha256());
  }

  @Test
  void anotherStudyInTheOptionsIsLoadedThen() {
    StudyAhead ahead = StudyAhead.start(new String[] {"--pipeline=" + StudyLoader.DEFAULT_STUDY}, "unused");
    StudyAhead.Loaded named = StudyAhead.get(ahead, StudyLoader.DEFAULT_STUDY);
    // the same study named by its folder: not what was loaded ahead, so loaded now
    StudyAhead.Loaded byFolder = StudyAhead.get(ahead, "pipelines/" + StudyLoader.DEFAULT_STUDY);
    assertNotSame(named, byFolder);
    assertEquals(named.study().name(), byFolder.study().name());
  }

  @Test
  void aStudyThatFailsFailsWhereTheRunAsksForIt() {
    String missing = dir.resolve("no-study-here").toString() + "/";
    StudyAhead ahead = StudyAhead.start(new String[] {"--pipeline=" + missing}, StudyLoader.DEFAULT_STUDY);
    assertThrows(StudyException.class, () -> StudyAhead.get(ahead, missing));
  }
}
