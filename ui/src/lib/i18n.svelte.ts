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
    this.use(lang, await call<Record<string, string>>("ui_text", { lang }));
  }

  /** The text for `lang` as the core gave it: from `ui_text`, or at start the copy the
   * prerendered page was built from (main.ts; the same words, held so by a core test). */
  use(lang: Lang, map: Record<string, string>): void {
    this.map = map;
    this.lang = lang;
    this.loaded = true;
    document.documentElement.lang = lang;
  }
}

export const texts = new Texts();

export function t(id: string): string {
  return texts.map[id] ?? id;
}
