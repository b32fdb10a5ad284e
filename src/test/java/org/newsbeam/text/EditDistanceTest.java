package org.newsbeam.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void countsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, EditDistance.between("Shmyhal", "Shmyhal"));
    assertEquals(1, EditDistance.between("Shmyhal", "Shmygal"));
    assertEquals(1, EditDistance.between("aliases", "alises"));
    assertEquals(3, EditDistance.between("", "abc"));
    assertEquals(2, EditDistance.between("Vitali", "Vitaliy") + EditDistance.between("Vitaly", "Vitali"));
  }
}
