package org.newsbeam.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.newsbeam.extract.ParagraphAnalysis;
import org.newsbeam.pipeline.RecordCoder;

/** Values packed by bucket come back unchanged, in the order they were packed, whatever the runner copies. */
class PackedTest {
  static final KvCoder<String, Long> COUNTS = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

  private static Packed packedOf(int side, List<KV<String, Long>> values) {
    List<Packed> out = new ArrayList<>();
    Packed.Packer<KV<String, Long>> packer = new Packed.Packer<>(COUNTS, side);
    values.forEach(v -> packer.add(0, v, (b, p) -> out.add(p)));
    packer.drain((b, p) -> out.add(p));
    assertEquals(1, out.size());
    return out.get(0);
  }

  @Test
  void coderRoundTripsAndIsDeterministic() throws Exception {
    Packed some = packedOf(3, List.of(KV.of("Київ", 2L), KV.of("", 0L), KV.of("Kharkiv", -7L)));
    Packed none = new Packed(0, new byte[0]);
    CoderProperties.coderDecodeEncodeEqual(Packed.PackedCoder.of(), some);
    CoderProperties.coderDecodeEncodeEqual(Packed.PackedCoder.of(), none);
    CoderProperties.coderDeterministic(Packed.PackedCoder.of(), some, packedOf(3,
        List.of(KV.of("Київ", 2L), KV.of("", 0L), KV.of("Kharkiv", -7L))));
    Packed.PackedCoder.of().verifyDeterministic();
    assertEquals(3, some.side());
  }

  @Test
  void valuesComeBackInPackingOrderPerBucket() {
    Map<Integer, List<KV<String, Long>>> got = new TreeMap<>();
    Packed.Packer<KV<String, Long>> packer = new Packed.Packer<>(COUNTS, 0);
    for (long i = 0; i < 30; i++) {
      packer.add((int) (i % 3), KV.of("key" + i, i), (b, p) -> {
        throw new AssertionError("nothing is handed on early with small values");
      });
    }
    packer.drain((b, p) -> p.forEach(COUNTS, v -> got.computeIfAbsent(b, k -> new ArrayList<>()).add(v)));
    assertEquals(3, got.size());
    for (int b = 0; b < 3; b++) {
      List<KV<String, Long>> expected = new ArrayList<>();
      for (long i = b; i < 30; i += 3) {
        expected.add(KV.of("key" + i, i));
      }
      assertEquals(expected, got.get(b));
    }
    List<Packed> after = new ArrayList<>();
    packer.drain((b, p) -> after.add(p));
    assertTrue(after.isEmpty(), "a drained packer starts empty");
  }

  @Test
  void fullBucketsAndAFullPackerAreHandedOnEarlyWithoutLosingValues() {
    // each value is a few bytes; a bucket hands on at 20 bytes, the packer at 50
    Packed.Packer<KV<String, Long>> packer = new Packed.Packer<>(COUNTS, 1, 20, 50);
    List<KV<Integer, Packed>> early = new ArrayList<>();
    List<KV<String, Long>> in = new ArrayList<>();
    for (long i = 0; i < 40; i++) {
      KV<String, Long> v = KV.of("k" + i, i);
      in.add(v);
      packer.add((int) (i % 4), v, (b, p) -> early.add(KV.of(b, p)));
    }
    List<KV<Integer, Packed>> all = new ArrayList<>(early);
    packer.drain((b, p) -> all.add(KV.of(b, p)));
    assertTrue(early.size() > 4, "full buckets were handed on before the end: " + early.size());
    List<KV<String, Long>> out = new ArrayList<>();
    for (KV<Integer, Packed> e : all) {
      assertEquals(1, e.getValue().side());
      assertTrue(e.getValue().size() < 20 + 10, "a packed value holds about one bucket's limit");
      e.getValue().forEach(COUNTS, v -> {
        assertEquals(v.getValue() % 4, (long) e.getKey(), "each value stays in its bucket");
        out.add(v);
      });
    }
    out.sort((a, b) -> Long.compare(a.getValue(), b.getValue()));
    assertEquals(in, out);
  }

  @Test
  void recordsPackedWithTheirCoderComeBackEqual() {
    RecordCoder<ParagraphAnalysis> coder = RecordCoder.of(ParagraphAnalysis.class);
    List<ParagraphAnalysis> in = List.of(new ParagraphAnalysis(42L, 7, List.of()),
        new ParagraphAnalysis(-1L, 0, List.of()), new ParagraphAnalysis(Long.MAX_VALUE, 120, List.of()));
    List<Packed> packed = new ArrayList<>();
    Packed.Packer<ParagraphAnalysis> packer = new Packed.Packer<>(coder, 0);
    in.forEach(v -> packer.add(5, v, (b, p) -> packed.add(p)));
    packer.drain((b, p) -> packed.add(p));
    List<ParagraphAnalysis> out = new ArrayList<>();
    Packed.forEach(packed, coder, out::add);
    assertEquals(in, out);
  }

  @Test
  void aFormatShippedAsBytesPacksAndUnpacksLikeItsCoder() {
    Packed.Format<KV<String, Long>> shipped = org.apache.beam.sdk.util.SerializableUtils.clone(Packed.Format.of(COUNTS));
    assertEquals(COUNTS, shipped.coder());
    List<KV<String, Long>> in = List.of(KV.of("Mykolaiv", 3L), KV.of("Sumy", 9L));
    List<Packed> packed = new ArrayList<>();
    Packed.Packer<KV<String, Long>> packer = shipped.packer(2);
    in.forEach(v -> packer.add(1, v, (b, p) -> packed.add(p)));
    packer.drain((b, p) -> packed.add(p));
    assertEquals(packedOf(2, in), packed.get(0));
    List<KV<String, Long>> out = new ArrayList<>();
    shipped.forEach(packed, out::add);
    assertEquals(in, out);
  }

  @Test
  void aTruncatedPackIsAnError() throws Exception {
    Packed some = packedOf(0, List.of(KV.of("Odesa", 12L)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Packed.PackedCoder.of().encode(some, bytes);
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 1);
    assertThrows(CoderException.class, () -> Packed.PackedCoder.of().decode(new ByteArrayInputStream(cut)));
  }
}
