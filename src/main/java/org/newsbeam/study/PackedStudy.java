package org.newsbeam.study;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A study packed into one byte array, for the functions a runner ships to its workers.
 *
 * <p>Why: the DirectRunner serialises and deserialises every ParDo's function for each bundle it
 * runs. A {@link Study} is an object graph of thousands of actors, aliases and patterns, and
 * walking it twice per bundle cost a fifth of a run's CPU; one byte array is copied, not walked.
 * The study is unpacked once per JVM and shared: it is immutable.
 */
public final class PackedStudy implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Study> UNPACKED = new ConcurrentHashMap<>();

  private final byte[] bytes;
  private final String digest;

  private PackedStudy(byte[] bytes) {
    this.bytes = bytes;
    this.digest = sha256(bytes);
  }

  public static PackedStudy of(Study study) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(study);
    } catch (IOException e) {
      throw new UncheckedIOException("could not pack study " + study.name(), e);
    }
    return new PackedStudy(buffer.toByteArray());
  }

  /** The study, unpacked on first use in this JVM and shared afterwards. */
  public Study study() {
    return UNPACKED.computeIfAbsent(digest, d -> unpack());
  }

  /** Size of the packed study in bytes. */
  public int size() {
    return bytes.length;
  }

  private Study unpack() {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (Study) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("could not unpack the study", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
