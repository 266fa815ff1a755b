// The start page rendered at build time (scripts/prerender.mjs), so the app's first frame needs
// no script: the HTML that `vite build` writes carries the zh-CN start page, and main.ts hydrates
// it (docs/performance.md, "The start page in the HTML"). Built with `vite build --ssr`; never
// shipped in the app.
import { render } from "svelte/server";
import App from "./App.svelte";
import { texts } from "./lib/i18n.svelte";
import type { Lang } from "./lib/types";

/** The start page's HTML (with Svelte's hydration markers) in `lang`, from the core's text. */
export function renderStartPage(lang: Lang, map: Record<string, string>): string {
  texts.map = map;
  texts.lang = lang;
  texts.loaded = true;
  return render(App, { props: {} }).body;
}
