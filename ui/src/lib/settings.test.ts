import { describe, expect, it } from "vitest";
import { loadDisplay, saveDisplay } from "./settings";

function memory(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  } as Storage;
}

describe("display preferences", () => {
  it("default to simplified Chinese without elder mode", () => {
    expect(loadDisplay(memory())).toEqual({ lang: "zh-CN", elder: false });
  });

  it("round-trip a saved choice", () => {
    const s = memory();
    saveDisplay(s, { lang: "en-US", elder: true });
    expect(loadDisplay(s)).toEqual({ lang: "en-US", elder: true });
  });

  it("ignore a language the app has no text for and corrupt storage", () => {
    const s = memory();
    s.setItem("yidi.display", JSON.stringify({ lang: "fr-FR", elder: "yes" }));
    expect(loadDisplay(s)).toEqual({ lang: "zh-CN", elder: false });
    s.setItem("yidi.display", "{not json");
    expect(loadDisplay(s)).toEqual({ lang: "zh-CN", elder: false });
  });
});
