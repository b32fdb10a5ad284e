package org.newsbeam.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study's weapons (events.yaml) and where its places lie (actors.yaml), as the loader reads them. */
class StudyWeaponsAndPlacesTest {
  @TempDir Path tmp;

  private static final String ACTORS = String.join("\n",
      "actors:",
      "  - {name: Russian military, type: military, country: RU}",
      "locations:",
      "  - {name: Kharkiv, aliases: [Kharkiv region], admin1: Kharkiv Oblast, country: ua}",
      "  - Black Sea",
      "");

  private static String events(String weapons) {
    return String.join("\n",
        "types:",
        "  - {id: drone_strike, label: Drone strike}",
        "  - {id: talks, label: Talks}",
        "patterns:",
        "  - {type: drone_strike, triggers: [launched], objects: [drone*]}",
        "  - {type: talks, triggers: [talks]}",
        weapons,
        "");
  }

  private Path study(String actors, String events) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("s" + System.nanoTime()));
    Files.writeString(dir.resolve("actors.yaml"), actors);
    Files.writeString(dir.resolve("events.yaml"), events);
    return dir;
  }

  @Test
  void weaponsAndPlacesLoad() throws IOException {
    Study s = StudyLoader.load(study(ACTORS, events(String.join("\n",
        "weapons:",
        "  - {name: Shahed drones, kind_of: drones, words: [shahed*], types: [drone_strike]}",
        "  - {name: drones, words: [drone*], types: [drone_strike]}",
        "casualty_types: [drone_strike]"))));
    List<Weapon> w = s.events().weapons();
    assertEquals(List.of("Shahed drones", "drones"), w.stream().map(Weapon::name).toList());
    assertEquals("drones", w.get(0).kindOf());
    assertEquals(List.of("shahed*"), w.get(0).words());
    assertEquals(List.of("drone_strike"), s.events().casualtyTypes());
    assertEquals(new Place("Kharkiv", "Kharkiv Oblast", "UA"), s.actors().place("Kharkiv"));
    assertEquals(new Place("Black Sea", "", ""), s.actors().place("Black Sea"));
  }

  @Test
  void mistakesAreReportedWithTheirLine() throws IOException {
    String m = assertThrows(StudyException.class, () -> StudyLoader.load(study(ACTORS, events(String.join("\n",
        "weapons:",
        "  - {name: Shahed drones, kind_of: drone, words: [shahed*], types: [drone_strik]}",
        "  - {name: bombs, words: [], types: [drone_strike]}"))))).getMessage();
    assertTrue(m.contains("unknown event type 'drone_strik'") && m.contains("did you mean 'drone_strike'"), m);
    assertTrue(m.contains("is a kind of 'drone', which is no weapon"), m);
    assertTrue(m.contains("weapon 'bombs' has no words"), m);
    String bad = assertThrows(StudyException.class, () -> StudyLoader.load(study(
        ACTORS.replace("country: ua", "country: Ukraine"), events("")))).getMessage();
    assertTrue(bad.contains("actors.yaml:4") && bad.contains("two-letter ISO 3166 code"), bad);
  }

  @Test
  void theDefaultStudyPlacesItsLocations() {
    Study s = StudyLoader.loadResource("ukraine-war");
    assertEquals(new Place("Bryansk", "Bryansk Oblast", "RU"), s.actors().place("Bryansk"));
    assertEquals("UA", s.actors().place("Pokrovsk").country());
    assertTrue(s.events().weapons().size() >= 10);
    for (String l : s.actors().locations()) {
      Place p = s.actors().place(l);
      assertTrue(!p.country().isEmpty() || l.contains("Sea") || l.equals("Danube"), l + " has no country");
    }
  }
}
