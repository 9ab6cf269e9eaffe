// One cache for analyses fetched from the API: a promise per key, shared by everyone who asks while it runs, and
// forgotten when it fails so that asking again retries.

export function memo<V>(load: (key: string) => Promise<V>, capacity = 64): (key: string) => Promise<V> {
  const cache = new Map<string, Promise<V>>();
  return (key) => {
    let result = cache.get(key);
    if (result) {
      // Most recently used last, so the oldest goes first when the cache is full.
      cache.delete(key);
      cache.set(key, result);
      return result;
    }
    result = load(key);
    cache.set(key, result);
    result.catch(() => { if (cache.get(key) === result) cache.delete(key); });
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return result;
  };
}
