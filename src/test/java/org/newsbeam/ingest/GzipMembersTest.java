package org.newsbeam.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GzipMembersTest {
  /** Input that trickles out a few bytes per read and never reports available bytes. */
  static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }

      @Override
      public synchronized int available() {
        return 0;
      }
    };
  }

  @Test
  void readsAllMembersAndKnowsWhereEachStarts() throws IOException {
    byte[] a = "first member\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[200_000];
    new Random(7).nextBytes(b); // incompressible: spans several input buffers
    byte[] c = "third\n".getBytes(StandardCharsets.UTF_8);
    byte[] ga = ArchiveReaderTest.gzip(a);
    byte[] gb = ArchiveReaderTest.gzip(b);
    byte[] gc = ArchiveReaderTest.gzip(c);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(ga);
    all.writeBytes(gb);
    all.writeBytes(gc);
    all.writeBytes(new byte[512]); // zero padding after the last member is fine
    GzipMembers in = new GzipMembers(trickle(all.toByteArray()), true);
    byte[] out = in.readAllBytes();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(a);
    expected.writeBytes(b);
    expected.writeBytes(c);
    assertArrayEquals(expected.toByteArray(), out);
    // Asked in order, as the WARC reader does.
    assertEquals(0, in.compressedOffsetOf(0));
    assertEquals(-1, in.compressedOffsetOf(5));
    assertEquals(ga.length, in.compressedOffsetOf(a.length));
    assertEquals(ga.length + gb.length, in.compressedOffsetOf(a.length + b.length));
  }

  @Test
  void cutInsideAMemberIsTruncated() {
    byte[] gz = ArchiveReaderTest.gzip(new byte[100_000]);
    for (int cut : new int[] {gz.length - 1, gz.length - 8, gz.length / 2, 5}) {
      byte[] part = Arrays.copyOf(gz, cut);
      IOException e = assertThrows(IOException.class, () -> new GzipMembers(trickle(part)).readAllBytes());
      assertTrue(e instanceof TruncatedGzipException, cut + ": " + e);
      assertTrue(e.getMessage().startsWith("truncated gzip: "), e.getMessage());
    }
  }

  @Test
  void checksumMismatchIsCorrupt() {
    byte[] gz = ArchiveReaderTest.gzip("some text that is checked".getBytes(StandardCharsets.UTF_8));
    gz[gz.length - 8] ^= 1; // CRC32 byte
    IOException e = assertThrows(IOException.class, () -> new GzipMembers(trickle(gz)).readAllBytes());
    assertTrue(e.getMessage().startsWith("corrupt gzip: CRC mismatch"), e.getMessage());
  }

  @Test
  void garbageAfterTheLastMemberIsCorrupt() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(ArchiveReaderTest.gzip("ok".getBytes(StandardCharsets.UTF_8)));
    all.writeBytes("junk".getBytes(StandardCharsets.US_ASCII));
    IOException e =
        assertThrows(IOException.class, () -> new GzipMembers(trickle(all.toByteArray())).readAllBytes());
    assertTrue(e.getMessage().startsWith("corrupt gzip: bytes at offset "), e.getMessage());
  }

  @Test
  void headerWithNameAndCommentIsSkipped() throws IOException {
    byte[] plain = ArchiveReaderTest.gzip("named".getBytes(StandardCharsets.UTF_8));
    // Rebuild the member with FNAME and FCOMMENT set.
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.write(plain, 0, 3);
    m.write(8 | 16);
    m.write(plain, 4, 6);
    m.writeBytes("file.txt\0a comment\0".getBytes(StandardCharsets.US_ASCII));
    m.write(plain, 10, plain.length - 10);
    assertEquals("named", new String(new GzipMembers(trickle(m.toByteArray())).readAllBytes(), StandardCharsets.UTF_8));
  }
}
