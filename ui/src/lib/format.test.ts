import { describe, expect, it } from "vitest";
import { approxMoney, day, dayPlain, money } from "./format";

// The same examples as crates/yidi-domain/src/format.rs: the two must agree.
describe("format", () => {
  it("writes a day with its weekday", () => {
    // 2026-12-02 is a Wednesday, so the 7th is a Monday; 2027-05-23 a Sunday.
    expect(day("zh-CN", "2026-12-07")).toBe("2026年12月7日（周一）");
    expect(day("zh-TW", "2026-12-07")).toBe("2026年12月7日（週一）");
    expect(day("en-US", "2026-12-07")).toBe("Mon 7 Dec 2026");
    expect(day("zh-CN", "2027-05-23")).toBe("2027年5月23日（周日）");
    expect(dayPlain("en-US", "2027-05-23")).toBe("23 May 2027");
    expect(day("zh-CN", "2026-02-30")).toBe("2026-02-30");
  });
  it("groups money, fen only when there are any", () => {
    expect(money("zh-CN", "44496.00")).toBe("44,496 元");
    expect(money("en-US", "44496")).toBe("¥44,496");
    expect(money("zh-TW", "5504.5")).toBe("5,504.50 元");
    expect(money("zh-CN", "1234567.891")).toBe("1,234,567.89 元");
    expect(money("en-US", "-1200")).toBe("-¥1,200");
    expect(money("zh-CN", "0")).toBe("0 元");
  });
  it("says large figures in wan", () => {
    expect(approxMoney("zh-CN", "44496.00")).toBe("约 4.4 万元");
    expect(approxMoney("zh-TW", "44496")).toBe("約 4.4 萬元");
    expect(approxMoney("en-US", "44496")).toBe("about ¥44,000");
    expect(approxMoney("zh-CN", "29960")).toBe("约 3 万元");
    expect(approxMoney("zh-CN", "125000")).toBe("约 12.5 万元");
    expect(approxMoney("zh-CN", "9999.99")).toBeNull();
  });
});
