package org.newsbeam.aggregate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.util.SerializableUtils;

/**
 * Values that cross a grouping together, already encoded one after the other: what the
 * groupings of {@link Buckets}, {@link Joins} and the table writer shuffle instead of the values
 * themselves. {@code side} says which input of a join the values come from (0 elsewhere).
 *
 * <p>Why: the Beam 2.62 DirectRunner keeps each key's grouped values in a bag that it copies,
 * value by value through the value's coder, every time another bundle of values for that key
 * arrives ({@code CopyOnAccessInMemoryStateInternals}); with few keys that is quadratic in
 * bundles per key, and a copy of a page analysis is a full encode and decode of its object graph.
 * A packed value copies as one array, and one bundle gives one packed value per bucket (or a few,
 * see {@link Packer}), so the bags are short too. A runner that serialises every value anyway
 * (Flink) pays one more array copy.
 */
public final class Packed {
  private final int side;
  private final byte[] bytes;

  Packed(int side, byte[] bytes) {
    this.side = side;
    this.bytes = bytes;
  }

  public int side() {
    return side;
  }

  int size() {
    return bytes.length;
  }

  /** Decodes the values in the order they were packed. */
  public <T> void forEach(Coder<T> coder, Consumer<? super T> each) {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    try {
      while (in.available() > 0) {
        each.accept(coder.decode(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack values with " + coder, e);
    }
  }

  /** Decodes the values of every packed group, group by group. */
  public static <T> void forEach(Iterable<Packed> packed, Coder<T> coder, Consumer<? super T> each) {
    for (Packed p : packed) {
      p.forEach(coder, each);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Packed p && p.side == side && Arrays.equals(p.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * side + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Packed(side " + side + ", " + bytes.length + " bytes)";
  }

  /** The side, then the length and the bytes: a copy is an array copy. */
  public static final class PackedCoder extends AtomicCoder<Packed> {
    private static final long serialVersionUID = 1L;
    private static final PackedCoder INSTANCE = new PackedCoder();

    private PackedCoder() {}

    public static PackedCoder of() {
      return INSTANCE;
    }

    @Override
    public void encode(Packed value, OutputStream out) throws IOException {
      if (value == null) {
        throw new CoderException("cannot encode a null Packed");
      }
      VarIntCoder.of().encode(value.side, out);
      VarIntCoder.of().encode(value.bytes.length, out);
      out.write(value.bytes);
    }

    @Override
    public Packed decode(InputStream in) throws IOException {
      int side = VarIntCoder.of().decode(in);
      int n = VarIntCoder.of().decode(in);
      if (n < 0) {
        throw new CoderException("negative length " + n);
      }
      byte[] bytes = in.readNBytes(n);
      if (bytes.length != n) {
        throw new CoderException("stream ended after " + bytes.length + " of " + n + " bytes");
      }
      return new Packed(side, bytes);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean consistentWithEquals() {
      return true;
    }
  }

  /**
   * How a step's values are packed: their coder, held as its serialised bytes and rebuilt once
   * per copy of the step. The DirectRunner serialises each step's DoFn and reads it back twice for
   * every bundle it runs; a coder of nested records costs that work on every bundle, one array
   * does not.
   */
  public static final class Format<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] coderBytes;
    private transient Coder<T> coder;

    private Format(byte[] coderBytes) {
      this.coderBytes = coderBytes;
    }

    public static <T> Format<T> of(Coder<T> coder) {
      return new Format<>(SerializableUtils.serializeToByteArray(coder));
    }

    @SuppressWarnings("unchecked")
    public Coder<T> coder() {
      if (coder == null) {
        coder = (Coder<T>) SerializableUtils.deserializeFromByteArray(coderBytes, "the coder of packed values");
      }
      return coder;
    }

    public Packer<T> packer(int side) {
      return new Packer<>(coder(), side);
    }

    /** Decodes the values of every packed group, group by group. */
    public void forEach(Iterable<Packed> packed, Consumer<? super T> each) {
      Packed.forEach(packed, coder(), each);
    }
  }

  /**
   * Packs the values of one bundle by bucket. A bucket's values are handed on when they reach
   * {@link #BUCKET_BYTES}, and all buckets when the packer holds {@link #HELD_BYTES}: Flink runs a
   * whole partition as one bundle, so a bundle is not a bound on what would be held.
   */
  public static final class Packer<T> {
    static final int BUCKET_BYTES = 1 << 20;
    static final int HELD_BYTES = 8 << 20;

    private final Coder<T> coder;
    private final int side;
    private final int bucketBytes;
    private final int heldBytes;
    private final Map<Integer, ByteArrayOutputStream> open = new LinkedHashMap<>();
    private int held;

    public Packer(Coder<T> coder, int side) {
      this(coder, side, BUCKET_BYTES, HELD_BYTES);
    }

    Packer(Coder<T> coder, int side, int bucketBytes, int heldBytes) {
      this.coder = coder;
      this.side = side;
      this.bucketBytes = bucketBytes;
      this.heldBytes = heldBytes;
    }

    /** Adds a value to its bucket; {@code full} gets whatever is handed on early. */
    public void add(int bucket, T value, BiConsumer<Integer, Packed> full) {
      ByteArrayOutputStream b = open.computeIfAbsent(bucket, k -> new ByteArrayOutputStream());
      int before = b.size();
      try {
        coder.encode(value, b);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot pack a value with " + coder, e);
      }
      held += b.size() - before;
      if (b.size() >= bucketBytes) {
        held -= b.size();
        full.accept(bucket, new Packed(side, b.toByteArray()));
        open.remove(bucket);
      }
      if (held >= heldBytes) {
        drain(full);
      }
    }

    /** Hands on every bucket's values and starts empty. */
    public void drain(BiConsumer<Integer, Packed> out) {
      for (Map.Entry<Integer, ByteArrayOutputStream> e : open.entrySet()) {
        out.accept(e.getKey(), new Packed(side, e.getValue().toByteArray()));
      }
      open.clear();
      held = 0;
    }
  }
}
