// A value that modules share by subscribing to it, so that none reads another's variables.

export type Listener<T> = (value: T, previous: T) => void;

export interface Store<T> {
  get(): T;
  set(value: T): void;
  /** Calls listener after each change, in the order of subscription; returns the unsubscribe function. */
  subscribe(listener: Listener<T>): () => void;
}

export function store<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => value,
    set(next) {
      const previous = value;
      value = next;
      for (const listener of [...listeners]) listener(next, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether any of the named fields differs between two records. */
export function changed<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  return keys.some((k) => a[k] !== b[k]);
}
