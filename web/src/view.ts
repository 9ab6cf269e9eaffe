// The view state (what is shown and how), kept in the URL so that a link reproduces the view; see state.ts.

import { decodeState, encodeState, type ViewState } from "./state";
import { store, type Store } from "./store";

export interface View extends Store<ViewState> {
  /** Changes some fields, writes the URL, then tells the subscribers. */
  update(patch: Partial<ViewState>): void;
}

/** The filter fields: a change means another network, so a reload. */
export const FILTER_KEYS = ["types", "from", "to", "minWeight", "minConfidence"] as const satisfies readonly (keyof ViewState)[];

/** @param measures the measures the service offers, which a link may name */
export function urlView(measures: readonly string[]): View {
  const s = store(decodeState(location.search, measures));
  s.subscribe((state) => {
    const query = encodeState(state);
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  });
  return { ...s, update: (patch) => s.set({ ...s.get(), ...patch }) };
}
