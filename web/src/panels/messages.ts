// The message box over the drawing (errors, empty results, with an action) and the status line under it.

import { byId, h } from "../dom";

export interface Messages {
  show(text: string, kind: "error" | "info", action?: string, onAction?: () => void): void;
  hide(): void;
  status(text: string): void;
}

export function messages(): Messages {
  const box = byId("message");
  const status = byId("status");
  return {
    show(text, kind, action, onAction) {
      box.className = `message ${kind}`;
      box.replaceChildren(h("p", null, text), action && onAction ? h("button", { type: "button", onclick: onAction }, action) : "");
      box.hidden = false;
    },
    hide() {
      box.hidden = true;
    },
    status(text) {
      status.textContent = text;
    },
  };
}
