package org.newsbeam.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsbeam.study.Study;
import org.newsbeam.study.StudyLoader;

/**
 * Weapons, their counts, places and casualties of acts, read with the default study from sentences
 * of our own. The event mentions are given as the event matcher would report them.
 */
class EventRecordReaderTest {
  private static EventRecordReader reader;

  @BeforeAll
  static void load() {
    Study study = StudyLoader.loadResource("ukraine-war");
    reader = new EventRecordReader(study);
  }

  private static List<EventRecordReader.Detail> read(String sentence, String type, String trigger, long quantity) {
    return reader.read(sentence, new EventMention(type, trigger, List.of(), "", "", quantity, Certainty.ASSERTED), "2025-06-11");
  }

  private static String weapons(List<EventRecordReader.Detail> ds) {
    return ds.stream().map(d -> d.weapon() + " " + d.quantity()).collect(Collectors.joining("; "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Air defences destroyed 34 missiles and 100 drones over the south.|air_defence_interception|destroyed|34|missiles 34; drones 100",
        "Ukraine's air force said it shot down 40 of 58 Russian drones overnight.|air_defence_interception|shot down|40|drones 40",
        "Russia fired 112 drones and four cruise missiles overnight; 70 drones were downed.|drone_strike|fired|112|drones 112",
        "Russia fired 112 drones and four cruise missiles overnight; 70 drones were downed.|missile_strike|fired|4|cruise missiles 4",
        "Russia fired 112 drones and four cruise missiles overnight; 70 drones were downed.|air_defence_interception|downed|70|drones 70",
        "The army said it had intercepted 60 Shahed attack drones, two Iskander-M ballistic missiles and a guided bomb.|air_defence_interception|intercepted|60|Shahed drones 60; ballistic missiles 2; glide bombs -1",
        "Russia launched 90 drones, including 50 Shaheds, at the west.|drone_strike|launched|90|drones 90",
        "Ukraine said its sea drones struck a landing ship near Sevastopol.|drone_strike|struck|-1|sea drones -1",
        "Kyiv came under a drone attack after midnight.|drone_strike|drone attack|-1|drones -1",
        "The two leaders held talks in Istanbul.|talks|talks|-1| -1",
        "Some five drones were shot down by fighter jets near the border.|air_defence_interception|shot down|-1|drones -1",
        "Russia fired 76 drones and seven missiles, 61 of which were shot down.|air_defence_interception|shot down|61|61",
      })
  void weaponsBoundToTheAct(String sentence, String type, String trigger, long quantity, String expected) {
    assertEquals(expected.strip(), weapons(read(sentence, type, trigger, quantity)).strip(), sentence);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russian drones struck Odesa overnight, the mayor of Kharkiv said.|drone_strike|struck|Odesa|Odesa Oblast|UA",
        "Air defences downed 20 drones over the Bryansk region, Moscow said.|air_defence_interception|downed|Bryansk|Bryansk Oblast|RU",
        "Drones launched from the Kursk region hit a warehouse in Sumy.|drone_strike|hit|Sumy|Sumy Oblast|UA",
        "Kharkiv's mayor said a missile struck a school in the city of Poltava.|missile_strike|struck|Poltava|Poltava Oblast|UA",
        "US and Russian envoys met for talks in Riyadh on Tuesday.|talks|talks|Riyadh|Riyadh|SA",
        "Russia fired 30 missiles at Ukraine overnight.|missile_strike|fired|||",
      })
  void theActsPlace(String sentence, String type, String trigger, String place, String admin1, String country) {
    EventRecordReader.Detail d = read(sentence, type, trigger, -1).get(0);
    assertEquals(place == null ? "" : place, d.place().name(), sentence);
    assertEquals(admin1 == null ? "" : admin1, d.place().admin1(), sentence);
    assertEquals(country == null ? "" : country, d.place().country(), sentence);
  }

  @Test
  void casualtiesAreReadForViolentActsOnlyAndNeverAsTheQuantity() {
    EventRecordReader.Detail strike =
        read("A Russian missile hit a clinic in Dnipro, killing at least four people and injuring 12.", "missile_strike", "hit", -1).get(0);
    assertEquals(4, strike.fatalities());
    assertEquals(12, strike.injured());
    assertEquals(-1, strike.quantity());
    assertEquals("Dnipro", strike.place().name());
    EventRecordReader.Detail talks =
        read("The envoys held talks in Geneva days after a strike killed 14 people.", "talks", "talks", -1).get(0);
    assertEquals(-1, talks.fatalities());
    assertEquals("Geneva", talks.place().name());
  }

  @Test
  void theDateComesWithEveryWeaponOfTheAct() {
    List<EventRecordReader.Detail> ds =
        read("On Saturday air defences destroyed 34 missiles and 100 drones.", "air_defence_interception", "destroyed", 34);
    assertEquals(2, ds.size());
    for (EventRecordReader.Detail d : ds) {
      assertEquals("2025-06-07", d.eventDate());
      assertEquals(EventDates.DAY, d.datePrecision());
    }
  }

  @Test
  void aCountAnotherReportGivesIsLeftToIt() {
    // the event matcher reported both acts itself: each report keeps its own weapon
    String s = "Air defences destroyed 34 missiles and 100 drones over the south.";
    EventMention missiles = new EventMention("air_defence_interception", "destroyed", List.of(), "", "", 34, Certainty.ASSERTED);
    EventMention drones = new EventMention("air_defence_interception", "destroyed", List.of(), "", "", 100, Certainty.ASSERTED);
    assertEquals("missiles 34", weapons(reader.read(s, missiles, "2025-06-11", List.of(missiles, drones))));
    assertEquals("drones 100", weapons(reader.read(s, drones, "2025-06-11", List.of(missiles, drones))));
  }

  @Test
  void anElidedObjectTakesTheWeaponNamedBefore() {
    assertEquals("drones 34", weapons(read("Russia launched 41 drones at Ukraine on Monday night, and the air force said it shot down 34 of them.",
        "air_defence_interception", "shot down", 34)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Air defences downed 30 drones, eight of them over the Kursk region.|air_defence_interception|downed|''",
        "Envoys met in Geneva on Monday, two days after the summit in Riyadh.|talks|met|Geneva",
        "ODESA, 3 June 2025 - Russian drones struck the port overnight.|drone_strike|struck|''",
        "The ministry said it downed 95 drones over several regions, including Moscow, on Saturday night.|air_defence_interception|downed|''",
        "Air defences were active over the Kharkiv, Sumy and Poltava regions.|air_defence_interception|air defences|''",
        "Russian drones hit a depot in the Bryansk region and a plant in the Kursk region.|drone_strike|hit|''",
        "Peace talks with Kyiv are on hold, the Kremlin said.|talks|talks|''",
        "Sanctions against Moscow were announced at the summit.|sanctions|sanctions|''",
        "The two leaders met at an air base in Anchorage, Alaska, on Friday.|talks|met|Anchorage",
        "In Odesa, Russian drones hit a warehouse at night.|drone_strike|hit|Odesa",
        "Drones struck Moscow overnight, the mayor said.|drone_strike|struck|Moscow",
      })
  void placesThatAreNotTheActs(String sentence, String type, String trigger, String place) {
    assertEquals(place, read(sentence, type, trigger, -1).get(0).place().name(), sentence);
  }
}
