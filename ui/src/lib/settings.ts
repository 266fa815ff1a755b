// Display preferences (language, elder mode). These are not personal data, so they may live in
// the webview's local storage; nothing about a person is ever stored here.
import { LANGS, type Lang } from "./types";

const KEY = "yidi.display";

export interface Display {
  lang: Lang;
  elder: boolean;
}

export function loadDisplay(storage: Pick<Storage, "getItem"> | undefined): Display {
  const fallback: Display = { lang: "zh-CN", elder: false };
  try {
    const saved = JSON.parse(storage?.getItem(KEY) ?? "null");
    return {
      lang: LANGS.includes(saved?.lang) ? saved.lang : fallback.lang,
      elder: saved?.elder === true,
    };
  } catch {
    return fallback;
  }
}

export function saveDisplay(storage: Pick<Storage, "setItem"> | undefined, display: Display): void {
  storage?.setItem(KEY, JSON.stringify(display));
}
