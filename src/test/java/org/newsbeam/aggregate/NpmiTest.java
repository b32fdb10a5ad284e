package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NpmiTest {
  @Test
  void alwaysTogetherIsOne() {
    assertEquals(1.0, Npmi.of(10, 10, 10, 10), 1e-9);
    assertEquals(1.0, Npmi.of(5, 5, 5, 100), 1e-9);
  }

  @Test
  void independentIsZero() {
    // p(a)=p(b)=0.5, p(ab)=0.25
    assertEquals(0.0, Npmi.of(25, 50, 50, 100), 1e-9);
  }

  @Test
  void rarelyTogetherIsNegative() {
    assertEquals(true, Npmi.of(1, 50, 50, 100) < 0);
    assertEquals("-0.6990", Npmi.format(Npmi.of(1, 50, 50, 100)));
  }
}
