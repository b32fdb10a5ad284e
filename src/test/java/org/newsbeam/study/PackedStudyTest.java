package org.newsbeam.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class PackedStudyTest {
  private static final Study STUDY = StudyLoader.loadResource("ukraine-war");

  @Test
  void unpacksToTheSameStudy() {
    Study unpacked = PackedStudy.of(STUDY).unpack();
    assertNotSame(STUDY, unpacked);
    assertEquals(STUDY.name(), unpacked.name());
    assertEquals(STUDY.actors().actors(), unpacked.actors().actors());
    assertEquals(STUDY.events().patterns().size(), unpacked.events().patterns().size());
    assertEquals(STUDY.settings(), unpacked.settings());
  }

  @Test
  void copiesShippedToWorkersShareOneUnpackedStudy() throws Exception {
    PackedStudy packed = PackedStudy.of(STUDY);
    PackedStudy first = roundTrip(packed);
    PackedStudy second = roundTrip(packed);
    assertSame(first.study(), second.study());
  }

  @Test
  void inTheJvmThatPackedItTheStudyItselfIsUsed() {
    Study own = new Study("own-study", STUDY.actors(), STUDY.events(), STUDY.settings());
    PackedStudy packed = PackedStudy.of(own);
    assertSame(packed, PackedStudy.of(own)); // packed once for all the steps that carry it
    assertSame(own, packed.study());
    Study equalButAnother = new Study("own-study", STUDY.actors(), STUDY.events(), STUDY.settings());
    assertNotSame(packed, PackedStudy.of(equalButAnother));
  }

  @Test
  void differentStudiesStayApart() {
    Study renamed = new Study("other-study", STUDY.actors(), STUDY.events(), STUDY.settings());
    assertEquals("other-study", PackedStudy.of(renamed).study().name());
    assertEquals("ukraine-war", PackedStudy.of(STUDY).study().name());
  }

  @Test
  void travelsAsOneByteArray() throws Exception {
    PackedStudy packed = PackedStudy.of(STUDY);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(packed);
    }
    // the packed bytes plus a small header: no object graph is walked when a runner copies it
    assertTrue(buffer.size() < packed.size() + 512, buffer.size() + " vs " + packed.size());
  }

  private static PackedStudy roundTrip(PackedStudy packed) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(packed);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buffer.toByteArray()))) {
      return (PackedStudy) in.readObject();
    }
  }
}
