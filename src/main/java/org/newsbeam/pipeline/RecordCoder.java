package org.newsbeam.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DoubleCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * A compact coder for our value records (page analyses, articles, stats): each component in
 * declaration order, strings as UTF-8, numbers as var-ints, enums by ordinal, lists, sets, maps
 * and nested records recursively. Java serialisation, Beam's fallback, writes the class
 * descriptors of the whole object graph with every element; profiles of Flink runs spent over
 * 90 % of their time there, shipping articles between stages.
 *
 * <p>Components are read through the record's accessors and written back through its canonical
 * constructor, so a record's own checks run on decoding too. A component of any other type falls
 * back to Java serialisation for that component alone.
 */
public final class RecordCoder<T extends Record> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private transient Method[] accessors;
  private transient Constructor<T> constructor;
  private transient List<Coder<Object>> components;
  private transient boolean deterministic;

  private RecordCoder(Class<T> type) {
    this.type = type;
  }

  public static <T extends Record> RecordCoder<T> of(Class<T> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    RecordCoder<T> c = new RecordCoder<>(type);
    c.init(); // fail at pipeline construction, not on the first element
    return c;
  }

  @SuppressWarnings("unchecked")
  private void init() {
    RecordComponent[] rc = type.getRecordComponents();
    Method[] acc = new Method[rc.length];
    Class<?>[] types = new Class<?>[rc.length];
    List<Coder<Object>> coders = new ArrayList<>(rc.length);
    boolean det = true;
    for (int i = 0; i < rc.length; i++) {
      acc[i] = rc[i].getAccessor();
      acc[i].setAccessible(true);
      types[i] = rc[i].getType();
      Coder<?> c = coderFor(rc[i].getGenericType());
      det &= isDeterministic(c);
      coders.add((Coder<Object>) c);
    }
    try {
      Constructor<T> ctor = type.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      constructor = ctor;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
    }
    accessors = acc;
    components = coders;
    deterministic = det;
  }

  private void ready() {
    if (components == null) {
      init();
    }
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + type.getSimpleName());
    }
    ready();
    for (int i = 0; i < accessors.length; i++) {
      Object v;
      try {
        v = accessors[i].invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new CoderException("cannot read " + type.getSimpleName() + "." + accessors[i].getName(), e);
      }
      components.get(i).encode(v, out);
    }
  }

  @Override
  public T decode(InputStream in) throws IOException {
    ready();
    Object[] args = new Object[accessors.length];
    for (int i = 0; i < args.length; i++) {
      args[i] = components.get(i).decode(in);
    }
    try {
      return constructor.newInstance(args);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new CoderException("cannot rebuild " + type.getSimpleName(), e);
    }
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    ready();
    if (!deterministic) {
      throw new NonDeterministicException(this, type.getSimpleName() + " holds a map, set, double or serialised part");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordCoder<?> other && other.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "RecordCoder(" + type.getSimpleName() + ")";
  }

  private static boolean isDeterministic(Coder<?> c) {
    try {
      c.verifyDeterministic();
      return true;
    } catch (NonDeterministicException e) {
      return false;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Coder<?> coderFor(Type t) {
    if (t == int.class) {
      return VarIntCoder.of();
    }
    if (t == long.class) {
      return VarLongCoder.of();
    }
    if (t == boolean.class) {
      return BooleanCoder.of();
    }
    if (t == double.class) {
      return DoubleCoder.of();
    }
    if (t == String.class) {
      return NullableCoder.of(StringUtf8Coder.of());
    }
    if (t == Integer.class) {
      return NullableCoder.of(VarIntCoder.of());
    }
    if (t == Long.class) {
      return NullableCoder.of(VarLongCoder.of());
    }
    if (t instanceof Class<?> c && c.isEnum()) {
      return NullableCoder.of(new EnumCoder(c));
    }
    if (t instanceof Class<?> c && c.isRecord()) {
      return NullableCoder.of(of((Class) c));
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        return NullableCoder.of(new CollectionCoder(coderFor(args[0]), false));
      }
      if (raw == Set.class) {
        return NullableCoder.of(new CollectionCoder(coderFor(args[0]), true));
      }
      if (raw == Map.class) {
        return NullableCoder.of(new MapCoder(coderFor(args[0]), coderFor(args[1])));
      }
    }
    if (t instanceof Class<?> c && Serializable.class.isAssignableFrom(c)) {
      return NullableCoder.of(SerializableCoder.of((Class) c));
    }
    throw new IllegalArgumentException("no coder for record component type " + t.getTypeName());
  }

  /** An enum by ordinal. */
  static final class EnumCoder<E extends Enum<E>> extends CustomCoder<E> {
    private static final long serialVersionUID = 1L;
    private final Class<E> type;
    /** The constants, fetched once: {@code getEnumConstants} copies the array on every call. */
    private transient E[] values;

    EnumCoder(Class<E> type) {
      this.type = type;
    }

    @Override
    public void encode(E value, OutputStream out) throws IOException {
      VarIntCoder.of().encode(value.ordinal(), out);
    }

    @Override
    public E decode(InputStream in) throws IOException {
      int i = VarIntCoder.of().decode(in);
      if (values == null) {
        values = type.getEnumConstants();
      }
      if (i < 0 || i >= values.length) {
        throw new CoderException("no constant " + i + " in " + type.getSimpleName());
      }
      return values[i];
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** A list or set: its size, then its elements in iteration order (sets keep that order). */
  static final class CollectionCoder<E> extends CustomCoder<Collection<E>> {
    private static final long serialVersionUID = 1L;
    private final Coder<E> element;
    private final boolean set;

    CollectionCoder(Coder<E> element, boolean set) {
      this.element = element;
      this.set = set;
    }

    @Override
    public void encode(Collection<E> value, OutputStream out) throws IOException {
      VarIntCoder.of().encode(value.size(), out);
      for (E e : value) {
        element.encode(e, out);
      }
    }

    @Override
    public Collection<E> decode(InputStream in) throws IOException {
      int n = VarIntCoder.of().decode(in);
      Collection<E> out = set ? new LinkedHashSet<>(Math.max(4, n * 2)) : new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.decode(in));
      }
      return out;
    }

    @Override
    public void verifyDeterministic() throws NonDeterministicException {
      if (set) {
        throw new NonDeterministicException(this, "set order depends on how it was built");
      }
      element.verifyDeterministic();
    }
  }

  /** A map: its size, then keys and values in iteration order (kept on decoding). */
  static final class MapCoder<K, V> extends CustomCoder<Map<K, V>> {
    private static final long serialVersionUID = 1L;
    private final Coder<K> key;
    private final Coder<V> value;

    MapCoder(Coder<K> key, Coder<V> value) {
      this.key = key;
      this.value = value;
    }

    @Override
    public void encode(Map<K, V> map, OutputStream out) throws IOException {
      VarIntCoder.of().encode(map.size(), out);
      for (Map.Entry<K, V> e : map.entrySet()) {
        key.encode(e.getKey(), out);
        value.encode(e.getValue(), out);
      }
    }

    @Override
    public Map<K, V> decode(InputStream in) throws IOException {
      int n = VarIntCoder.of().decode(in);
      Map<K, V> out = new LinkedHashMap<>(Math.max(4, n * 2));
      for (int i = 0; i < n; i++) {
        K k = key.decode(in);
        out.put(k, value.decode(in));
      }
      return out;
    }

    @Override
    public void verifyDeterministic() throws NonDeterministicException {
      throw new NonDeterministicException(this, "map order depends on how it was built");
    }
  }
}
