package org.newsbeam.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDecodingTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void cleanUtf8WithoutLabelIsUtf8() {
    CharsetDecoding.Decoded d =
        CharsetDecoding.decode("Zelensky met Erdoğan in Ankara".getBytes(StandardCharsets.UTF_8), null);
    assertEquals("Zelensky met Erdoğan in Ankara", d.text());
    assertEquals("UTF-8", d.charset());
    assertEquals(0, d.replaced());
  }

  @Test
  void headerCharsetBeatsMetaCharset() {
    byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body>Киев и Харьков</body></html>")
        .getBytes(CP1251);
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, "windows-1251");
    assertTrue(d.text().contains("Киев и Харьков"), d.text());
    assertEquals("windows-1251", d.charset());
  }

  @Test
  void metaHttpEquivIsUsedWithoutHeader() {
    byte[] page = ("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">"
        + "</head><body>Минобороны сообщило</body></html>").getBytes(CP1251);
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, "");
    assertTrue(d.text().contains("Минобороны сообщило"), d.text());
    assertEquals("windows-1251", d.charset());
  }

  @Test
  void metaTagAfterTheFirst4KbIsNotSeen() {
    String filler = "<!-- " + "x".repeat(5000) + " -->";
    byte[] page = ("<html><head>" + filler + "<meta charset=\"windows-1251\"></head><body>Минобороны</body></html>")
        .getBytes(CP1251);
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, null);
    assertEquals("windows-1252", d.charset()); // not UTF-8, no label seen
  }

  @Test
  void bomBeatsTheHeaderLabelAndIsDropped() {
    byte[] page = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "<p>café</p>".getBytes(StandardCharsets.UTF_8));
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, "iso-8859-1");
    assertEquals("<p>café</p>", d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void utf16WithBom() {
    byte[] page = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "<p>Kyiv</p>".getBytes(StandardCharsets.UTF_16LE));
    assertFalse(CharsetDecoding.looksBinary(page, 0, page.length));
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, null);
    assertEquals("<p>Kyiv</p>", d.text());
    assertEquals("UTF-16LE", d.charset());
  }

  @Test
  void utf8PageLabelledLatin1IsUtf8() {
    byte[] page = "<p>Señor Núñez and the café</p>".getBytes(StandardCharsets.UTF_8);
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, "ISO-8859-1");
    assertEquals("<p>Señor Núñez and the café</p>", d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void latin1LabelIsReadAsWindows1252() {
    byte[] page = "<p>“quoted” – dash</p>".getBytes(CP1252);
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, "iso-8859-1");
    assertEquals("<p>“quoted” – dash</p>", d.text());
    assertEquals("windows-1252", d.charset());
  }

  @Test
  void windows1252LabelledUtf8FallsBackToWindows1252() {
    byte[] page = "<meta charset=utf-8><p>Mart\u00ednez, caf\u00e9, na\u00efve</p>".getBytes(CP1252);
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, "utf-8");
    assertEquals("<meta charset=utf-8><p>Martínez, café, naïve</p>", d.text());
    assertEquals("windows-1252", d.charset());
    assertEquals(0, d.replaced());
  }

  @Test
  void unknownLabelIsIgnored() {
    CharsetDecoding.Decoded d = CharsetDecoding.decode("<p>café</p>".getBytes(StandardCharsets.UTF_8), "x-no-such-charset");
    assertEquals("<p>café</p>", d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void utf16MetaLabelMeansUtf8() {
    byte[] page = "<meta charset=\"utf-16\"><p>café</p>".getBytes(StandardCharsets.UTF_8);
    assertEquals("UTF-8", CharsetDecoding.decode(page, null).charset());
  }

  @Test
  void invalidSequencesAreReplacedAndCounted() {
    byte[] good = "Жители Харькова".getBytes(StandardCharsets.UTF_8);
    byte[] page = concat(good, new byte[] {(byte) 0xE2, (byte) 0x82}, good, new byte[] {(byte) 0xFF}, good);
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, null);
    assertEquals("UTF-8", d.charset());
    assertEquals(2, d.replaced());
    assertEquals("Жители Харькова\uFFFDЖители Харькова\uFFFDЖители Харькова", d.text());
    assertFalse(d.undecodable());
  }

  @Test
  void declaredMultiByteCharsetWithGarbageIsUndecodable() {
    byte[] junk = new byte[400];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i % 2 == 0 ? 0x81 : 0x20); // Shift_JIS lead byte followed by a space
    }
    CharsetDecoding.Decoded d = CharsetDecoding.decode(junk, "Shift_JIS");
    assertEquals("Shift_JIS", d.charset());
    assertTrue(d.replaced() > 0);
    assertTrue(d.undecodable());
    assertTrue(d.undecodableReason().startsWith("undecodable text: "), d.undecodableReason());
    assertTrue(d.undecodableReason().contains("Shift_JIS"));
  }

  @Test
  void binarySniffing() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
    assertTrue(CharsetDecoding.looksBinary(png, 0, png.length));
    byte[] text = "<html>\n\t<body>ok</body>\r\n</html>".getBytes(StandardCharsets.US_ASCII);
    assertFalse(CharsetDecoding.looksBinary(text, 0, text.length));
    assertFalse(CharsetDecoding.looksBinary(new byte[0], 0, 0));
  }

  @Test
  void xmlDeclarationEncodingIsUsed() {
    byte[] page = ("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<body><p>Łódź i Gdańsk</p></body></html>").getBytes(Charset.forName("ISO-8859-2"));
    CharsetDecoding.Decoded d = CharsetDecoding.decode(page, null);
    assertTrue(d.text().contains("Łódź i Gdańsk"), d.text());
    assertEquals("ISO-8859-2", d.charset());
  }

  @Test
  void fastPathsGiveWhatTheDecoderLoopGives() {
    java.util.Random random = new java.util.Random(7);
    String[] pieces = {"Kyiv ", "Erdoğan ", "Киев ", "€ ", "日本 ", "😀 ", "<p>", "\n"};
    String[] labels = {null, "", "utf-8", "windows-1252", "iso-8859-1", "windows-1251", "us-ascii"};
    int fastUtf8 = 0;
    for (int round = 0; round < 5_000; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int parts = random.nextInt(12);
      boolean asciiOnly = random.nextInt(3) == 0;
      for (int p = 0; p < parts; p++) {
        String piece = asciiOnly ? "word " : pieces[random.nextInt(pieces.length)];
        out.writeBytes(piece.getBytes(StandardCharsets.UTF_8));
        if (!asciiOnly && random.nextInt(8) == 0) {
          out.write(0x80 + random.nextInt(0x80)); // a stray high byte: not well-formed UTF-8
        }
      }
      byte[] bytes = out.toByteArray();
      String label = labels[random.nextInt(labels.length)];
      CharsetDecoding.Decoded fast = CharsetDecoding.decode(bytes, label);
      CharsetDecoding.Decoded loop =
          CharsetDecoding.decodeWith(bytes, 0, bytes.length, Charset.forName(fast.charset()));
      assertEquals(loop, fast, () -> "label " + label + ", bytes " + java.util.Arrays.toString(bytes));
      if (fast.charset().equals("UTF-8") && !fast.text().chars().allMatch(c -> c < 0x80)) {
        fastUtf8++;
      }
    }
    assertTrue(fastUtf8 > 500, "the random texts should exercise well-formed multi-byte UTF-8: " + fastUtf8);
  }
}
