// Interface text, fetched from the core (which formats it with Fluent from locales/). The UI
// keeps no strings of its own: t(id) shows the core's text, or the id itself if a message is
// missing — which the core's locale tests prevent.
import { call } from "./bridge";
import type { Lang } from "./types";

class Texts {
  lang = $state<Lang>("zh-CN");
  map = $state<Record<string, string>>({});
  /** Whether a language's text has arrived (main.ts asks before the page is first drawn). */
  loaded = false;

  async load(lang: Lang): Promise<void> {
    const texts = await call<Record<string, string>>("ui_text", { lang });
    this.map = texts;
    this.lang = lang;
    this.loaded = true;
    document.documentElement.lang = lang;
  }
}

export const texts = new Texts();

export function t(id: string): string {
  return texts.map[id] ?? id;
}
