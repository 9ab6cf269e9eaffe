// The banner over an actor's neighbourhood: whose it is, its radius, and the way back to the whole network.

import { byId, h } from "../dom";
import { labelOf } from "../graph";
import type { Scene } from "../loading";
import type { Store } from "../store";
import type { View } from "../view";
import { radiusButtons } from "./parts";

export function egoBanner(view: View, scene: Store<Scene>): void {
  const banner = byId("banner");
  const render = () => {
    const { ego, radius } = view.get();
    banner.hidden = !ego;
    if (!ego) return;
    banner.replaceChildren(
      h("span", null, `Neighbourhood of ${labelOf(scene.get().graph, ego)}, radius `),
      ...radiusButtons((r) => radius === r, (r) => view.update({ ego, radius: r, actor: ego }), String),
      h("button", { type: "button", class: "link", onclick: () => view.update({ ego: null }) }, "Back to the whole network"));
  };
  view.subscribe((s, previous) => { if (s.ego !== previous.ego || s.radius !== previous.radius) render(); });
  scene.subscribe(render);
  render();
}
