package org.newsbeam.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a scraped page into text, choosing the charset the way a careful browser
 * would and counting what could not be decoded, so garbled pages are rejected instead of feeding
 * mojibake to the actor matcher.
 *
 * <p>Order of evidence:
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16LE/BE): physical evidence, so it beats any label (as in
 *       the WHATWG encoding sniffing rules); the BOM is dropped from the text;
 *   <li>the declared charset (HTTP or WARC Content-Type header);
 *   <li>{@code <meta charset>} or {@code <meta http-equiv=Content-Type content="...;charset=">} in
 *       the first 4 KB, else an XML declaration's encoding (HTML only);
 *   <li>no label: UTF-8 if the bytes are UTF-8, else windows-1252 (the usual legacy web charset,
 *       and a superset of ISO-8859-1's printable range).
 * </ol>
 *
 * <p>Labels are checked against the bytes, because mislabelled pages are common:
 *
 * <ul>
 *   <li>labelled UTF-8 but not UTF-8: if valid multi-byte sequences outnumber the invalid bytes it
 *       is UTF-8 with some corruption (invalid bytes become U+FFFD and are counted), otherwise it
 *       is a legacy page with a wrong label and is decoded as windows-1252;
 *   <li>labelled ISO-8859-x, windows-125x or US-ASCII but the bytes are valid UTF-8 with at least
 *       one multi-byte sequence: UTF-8 (valid multi-byte UTF-8 almost never happens by chance);
 *   <li>ISO-8859-1 and US-ASCII labels are read as windows-1252, as browsers do.
 * </ul>
 */
public final class CharsetDecoding {
  /** Records with more than this share of replaced chars are rejected as undecodable. */
  public static final double MAX_REPLACED_SHARE = 0.05;

  private static final int META_SNIFF_BYTES = 4096;
  private static final int BINARY_SNIFF_BYTES = 8192;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.+-]{1,40})");
  /** XHTML served as a file: {@code <?xml version="1.0" encoding="ISO-8859-2"?>}. */
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([a-z0-9_:.+-]{1,40})");

  private CharsetDecoding() {}

  /**
   * Decoded text.
   *
   * @param text the text, without a BOM
   * @param charset the charset used (Java's canonical name: "UTF-8", "windows-1252", ...)
   * @param replaced how many undecodable byte sequences were replaced by U+FFFD
   */
  public record Decoded(String text, String charset, int replaced) {
    /** Replaced sequences per char of text (0 for empty text). */
    public double replacedShare() {
      return text.isEmpty() ? 0 : (double) replaced / text.length();
    }

    /** More than {@link #MAX_REPLACED_SHARE} replaced: the text is not worth analysing. */
    public boolean undecodable() {
      return replacedShare() > MAX_REPLACED_SHARE;
    }

    /** Reject reason for an {@link #undecodable()} text. */
    public String undecodableReason() {
      return String.format(
          Locale.ROOT,
          "undecodable text: %d of %d chars replaced (%.1f%%) decoding as %s",
          replaced,
          text.length(),
          100 * replacedShare(),
          charset);
    }
  }

  /** Decodes an HTML (or other) document; {@code declaredCharset} may be null or "". */
  public static Decoded decode(byte[] bytes, String declaredCharset) {
    return decode(bytes, 0, bytes.length, declaredCharset, true);
  }

  /**
   * Decodes {@code len} bytes from {@code off}.
   *
   * @param sniffMeta whether to look for an HTML {@code <meta>} charset (false for JSON, text)
   */
  public static Decoded decode(
      byte[] bytes, int off, int len, String declaredCharset, boolean sniffMeta) {
    // 1. BOM
    if (len >= 3 && (bytes[off] & 0xff) == 0xEF && (bytes[off + 1] & 0xff) == 0xBB
        && (bytes[off + 2] & 0xff) == 0xBF) {
      return decodeWith(bytes, off + 3, len - 3, StandardCharsets.UTF_8);
    }
    if (len >= 2 && (bytes[off] & 0xff) == 0xFE && (bytes[off + 1] & 0xff) == 0xFF) {
      return decodeWith(bytes, off + 2, len - 2, StandardCharsets.UTF_16BE);
    }
    if (len >= 2 && (bytes[off] & 0xff) == 0xFF && (bytes[off + 1] & 0xff) == 0xFE) {
      return decodeWith(bytes, off + 2, len - 2, StandardCharsets.UTF_16LE);
    }
    // 2. header label, 3. meta label
    Charset labelled = charsetFor(declaredCharset, false);
    if (labelled == null && sniffMeta) {
      labelled = charsetFor(sniffMetaCharset(bytes, off, len), true);
    }
    Utf8Scan scan = Utf8Scan.of(bytes, off, len);
    Charset chosen;
    if (labelled == null || labelled.equals(StandardCharsets.UTF_8)) {
      chosen = scan.looksUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
    } else if (isLatinSingleByte(labelled) && scan.invalid == 0 && scan.multiByte > 0) {
      chosen = StandardCharsets.UTF_8;
    } else {
      chosen = labelled;
    }
    if (scan.invalid == 0 && (chosen.equals(StandardCharsets.UTF_8)
        || (scan.multiByte == 0 && isLatinSingleByte(chosen)))) {
      // Well-formed UTF-8, or plain ASCII in a Latin single-byte charset: nothing to replace, and
      // the String constructor's one pass is several times cheaper than a decoder loop.
      Charset fast = chosen.equals(StandardCharsets.UTF_8) ? chosen : StandardCharsets.ISO_8859_1;
      return new Decoded(new String(bytes, off, len, fast), chosen.name(), 0);
    }
    return decodeWith(bytes, off, len, chosen);
  }

  /**
   * True for content that is not text at all (an image or PDF saved as .html): a NUL byte, or
   * more than 10% control chars, in the first 8 KB. UTF-16 with a BOM is text.
   */
  public static boolean looksBinary(byte[] bytes, int off, int len) {
    if (len >= 2) {
      int b0 = bytes[off] & 0xff;
      int b1 = bytes[off + 1] & 0xff;
      if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
        return false;
      }
    }
    int n = Math.min(len, BINARY_SNIFF_BYTES);
    int control = 0;
    for (int i = off; i < off + n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 10L > n;
  }

  /** The charset a label names, or null if it names none Java knows. */
  static Charset charsetFor(String label, boolean fromMeta) {
    if (label == null) {
      return null;
    }
    String l = label.trim().toLowerCase(Locale.ROOT);
    if (l.length() >= 2 && (l.startsWith("\"") || l.startsWith("'"))) {
      l = l.substring(1, l.length() - 1).trim();
    }
    if (l.isEmpty()) {
      return null;
    }
    switch (l) {
      case "utf8":
      case "utf-8":
      case "unicode-1-1-utf-8":
        return StandardCharsets.UTF_8;
      case "iso-8859-1":
      case "iso8859-1":
      case "iso_8859-1":
      case "latin1":
      case "l1":
      case "us-ascii":
      case "ascii":
      case "x-user-defined":
        return WINDOWS_1252;
      default:
        break;
    }
    if (fromMeta && l.startsWith("utf-16")) {
      // A meta tag readable as ASCII cannot be UTF-16; browsers take it as UTF-8.
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.isSupported(l) ? Charset.forName(l) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /** The charset named by a meta tag in the first 4 KB, or null. */
  static String sniffMetaCharset(byte[] bytes, int off, int len) {
    String head =
        new String(bytes, off, Math.min(len, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      return m.group(1);
    }
    m = XML_ENCODING.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static boolean isLatinSingleByte(Charset cs) {
    String n = cs.name().toLowerCase(Locale.ROOT);
    return n.startsWith("windows-125") || n.startsWith("iso-8859-") || n.equals("us-ascii");
  }

  // Package-private: the tests compare the fast paths of decode with this decoder loop.
  static Decoded decodeWith(byte[] bytes, int off, int len, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate((int) Math.min(len + 16L, 1 << 16));
    StringBuilder text = new StringBuilder((int) Math.min(len + 16L, Integer.MAX_VALUE - 16));
    int replaced = 0;
    while (true) {
      CoderResult cr = dec.decode(in, out, true);
      if (cr.isUnderflow()) {
        while (dec.flush(out).isOverflow()) {
          drain(out, text);
        }
        break;
      }
      if (cr.isOverflow()) {
        drain(out, text);
      } else {
        replaced++;
        if (!out.hasRemaining()) {
          drain(out, text);
        }
        out.put('\uFFFD');
        in.position(in.position() + cr.length());
      }
    }
    drain(out, text);
    return new Decoded(text.toString(), cs.name(), replaced);
  }

  private static void drain(CharBuffer out, StringBuilder text) {
    out.flip();
    text.append(out);
    out.clear();
  }

  /** How UTF-8-like some bytes are. */
  static final class Utf8Scan {
    int multiByte;
    int invalid;

    boolean looksUtf8() {
      return invalid == 0 || multiByte > invalid;
    }

    static Utf8Scan of(byte[] b, int off, int len) {
      Utf8Scan s = new Utf8Scan();
      int end = off + len;
      int i = off;
      while (i < end) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
          i++;
          continue;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
          need = 2;
          if (c == 0xE0) {
            lo = 0xA0;
          } else if (c == 0xED) {
            hi = 0x9F;
          }
        } else if (c >= 0xF0 && c <= 0xF4) {
          need = 3;
          if (c == 0xF0) {
            lo = 0x90;
          } else if (c == 0xF4) {
            hi = 0x8F;
          }
        } else {
          s.invalid++;
          i++;
          continue;
        }
        boolean ok = i + need < end;
        if (ok) {
          int c1 = b[i + 1] & 0xff;
          ok = c1 >= lo && c1 <= hi;
          for (int k = 2; ok && k <= need; k++) {
            int ck = b[i + k] & 0xff;
            ok = ck >= 0x80 && ck <= 0xBF;
          }
        }
        if (ok) {
          s.multiByte++;
          i += need + 1;
        } else {
          s.invalid++;
          i++;
        }
      }
      return s;
    }
  }
}
