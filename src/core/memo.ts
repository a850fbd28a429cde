/**
 * Values worked out once: per object (a run's configuration or catalogue, a document), kept
 * as long as that object lives, or per key of a map. The checks use them for what every
 * document would otherwise compute again (role ids, statute lookups, a target's anchors).
 */

/** `map`'s value for `key`, computed and stored the first time it is asked for. */
export function getOrSet<K, V>(
  map: { get(k: K): V | undefined; has(k: K): boolean; set(k: K, v: V): unknown },
  key: K,
  compute: () => V,
): V {
  let v = map.get(key);
  if (v === undefined && !map.has(key)) {
    v = compute();
    map.set(key, v);
  }
  return v as V;
}

/** `compute` of an object, worked out once per object. */
export function weakMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => getOrSet(values, key, () => compute(key));
}
