// Dates and money as people read them — the UI's copy of yidi_domain::format (contract (d)), for
// dates and amounts the views hold as ISO text and decimal strings. The same examples are tested
// on both sides (format.test.ts, crates/yidi-domain/src/format.rs): keep them in step.
import type { Lang } from "./types";

const WEEKDAYS: Record<Lang, string[]> = {
  "zh-CN": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
  "zh-TW": ["週日", "週一", "週二", "週三", "週四", "週五", "週六"],
  "en-US": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return [y, mo, d];
}

/** "2026年12月7日", en-US "7 Dec 2026"; text that is not an ISO day comes back unchanged. */
export function dayPlain(lang: Lang, iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  return lang === "en-US" ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** "2026年12月7日（周一）", en-US "Mon 7 Dec 2026". */
export function day(lang: Lang, iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  const wd = WEEKDAYS[lang][new Date(Date.UTC(p[0], p[1] - 1, p[2])).getUTCDay()];
  return lang === "en-US" ? `${wd} ${dayPlain(lang, iso)}` : `${dayPlain(lang, iso)}（${wd}）`;
}

export function grouped(amount: string): string | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) return null;
  // Round to the fen, half away from zero, on the digits (no float arithmetic on money).
  let whole = m[2].replace(/^0+(?=\d)/, "");
  let fen = (m[3] ?? "").padEnd(3, "0");
  let cents = BigInt(whole) * 100n + BigInt(fen.slice(0, 2));
  if (Number(fen[2]) >= 5) cents += 1n;
  whole = (cents / 100n).toString();
  fen = (cents % 100n).toString().padStart(2, "0");
  const groupedWhole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const negative = m[1] === "-" && cents !== 0n;
  return `${negative ? "-" : ""}${groupedWhole}${fen === "00" ? "" : `.${fen}`}`;
}

/** "44,496 元", en-US "¥44,496"; fen only when there are any. Not an amount: unchanged. */
export function money(lang: Lang, amount: string): string {
  const g = grouped(amount);
  if (g === null) return amount;
  if (lang === "en-US") return g.startsWith("-") ? `-¥${g.slice(1)}` : `¥${g}`;
  return `${g} 元`;
}

/** "约 4.4 万元" (zh-TW "約 4.4 萬元", en-US "about ¥44,000") from 10,000 yuan up, else null. */
export function approxMoney(lang: Lang, amount: string): string | null {
  const g = grouped(amount);
  if (g === null) return null;
  const [whole, fen = "00"] = g.replace(/[,-]/g, "").split(".");
  const cents = BigInt(whole) * 100n + BigInt(fen);
  if (cents < 1_000_000n) return null;
  // Tenths of 万 = cents / 100,000, rounded half away from zero.
  const tenths = (cents + 50_000n) / 100_000n;
  const wan = tenths % 10n === 0n ? `${tenths / 10n}` : `${tenths / 10n}.${tenths % 10n}`;
  const sign = g.startsWith("-") ? "-" : "";
  if (lang === "zh-CN") return `约 ${sign}${wan} 万元`;
  if (lang === "zh-TW") return `約 ${sign}${wan} 萬元`;
  return `about ${money(lang, `${sign}${(tenths * 1000n).toString()}`)}`;
}
