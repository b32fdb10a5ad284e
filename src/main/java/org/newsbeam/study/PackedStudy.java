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

  /** The last study packed in this JVM, and its pack: the pipeline packs one study for several steps. */
  private static Study lastStudy;
  private static PackedStudy lastPacked;

  /**
   * The study packed. In this JVM the study itself stands for its pack: a step run here (the
   * DirectRunner, embedded Flink) uses it as it is instead of unpacking a copy.
   */
  public static PackedStudy of(Study study) {
    synchronized (PackedStudy.class) {
      if (study == lastStudy) {
        return lastPacked;
      }
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
      out.writeObject(study);
    } catch (IOException e) {
      throw new UncheckedIOException("could not pack study " + study.name(), e);
    }
    PackedStudy packed = new PackedStudy(buffer.toByteArray());
    UNPACKED.putIfAbsent(packed.digest, study);
    synchronized (PackedStudy.class) {
      lastStudy = study;
      lastPacked = packed;
    }
    return packed;
  }

  /** The study, unpacked on first use in this JVM and shared afterwards. */
  public Study study() {
    return UNPACKED.computeIfAbsent(digest, d -> unpack());
  }

  /** Size of the packed study in bytes. */
  public int size() {
    return bytes.length;
  }

  /** A new copy of the study from the bytes, as a worker in another JVM gets it. */
  Study unpack() {
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
