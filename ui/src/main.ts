import { hydrate, mount } from "svelte";
import App from "./App.svelte";
import { texts } from "./lib/i18n.svelte";
import { loadDisplay } from "./lib/settings";
import { markReady } from "./lib/shown";
import type { Lang } from "./lib/types";
import "./styles.css";

// The HTML already carries the zh-CN start page (scripts/prerender.mjs); public/boot.js took it
// out if the saved display is another language or elder mode, and started this script once the
// page was drawn.
//
// A page kept is hydrated — made live where it stands — with the text it was rendered from (the
// core's zh-CN text, saved at build time and held to the core by yidi-core's test
// prerendered_text): the start page asks the core nothing, and the first call to the core is
// the reader's first action. Every call is an IPC round trip, and the first brings JavaScriptCore
// into the app's own process (+3 MB; docs/performance.md).
//
// Otherwise the interface text is asked for first (one IPC call, a few milliseconds) and the page
// drawn once with its words: drawing before the text arrived laid the page out twice. If the
// text cannot be had, the page is drawn anyway and says why (App asks again and shows the error).
const saved = import.meta.glob<Record<string, string>>("../prerender/text.*.json", { import: "default" });
const target = document.getElementById("app");
const lang = loadDisplay(globalThis.localStorage).lang;

async function start(target: HTMLElement, lang: Lang): Promise<void> {
  const copy = target.dataset.prerendered === lang ? saved[`../prerender/text.${lang}.json`] : undefined;
  if (copy) {
    texts.use(lang, await copy());
    hydrate(App, { target });
  } else {
    await texts.load(lang).catch(() => {});
    target.removeAttribute("data-prerendered");
    target.textContent = "";
    mount(App, { target });
  }
  markReady(target);
}

if (target) void start(target, lang);
