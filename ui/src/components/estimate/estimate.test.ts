import { describe, expect, it } from "vitest";
import {
  buildRequest,
  emptyOwnPolicy,
  emptyYearToDate,
  fieldTestid,
  localDate,
  money,
  networkOf,
  poolOf,
  type EstimateForm,
} from "./estimate";

// The example of docs/examples/estimate-case.json, as a person would type it.
function example(): EstimateForm {
  return {
    insuredRegion: "110105",
    destination: "420106",
    scheme: "employee",
    workStatus: "retired",
    age: "68",
    filing: "relocated_retiree",
    setting: "inpatient",
    level: "level3",
    networked: "yes",
    designated: true,
    retirementDate: "",
    tier: "",
    hardship: false,
    useOwn: false,
    own: emptyOwnPolicy(),
    admissionDate: "2026-03-02",
    dischargeDate: "2026-03-20",
    stayOfYear: "1",
    yearToDate: emptyYearToDate(),
    billMode: "detailed",
    total: "50000",
    notCovered: "2000",
    classB: "5000",
  };
}

describe("the estimate request", () => {
  it("carries every answer in the core's field names, amounts as typed", () => {
    expect(buildRequest(example())).toEqual({
      insuredRegion: "110105",
      scheme: "employee",
      workStatus: "retired",
      age: "68",
      filing: "relocated_retiree",
      destination: "420106",
      hospital: { level: "level3", networked: "yes", designated: true },
      setting: "inpatient",
      admissionDate: "2026-03-02",
      dischargeDate: "2026-03-20",
      stayOfYear: "1",
      bill: { total: "50000", notCovered: "2000", classB: "5000" },
    });
  });

  it("leaves blank boxes out so the core reports a missing field or applies its default", () => {
    const form = { ...example(), age: "  ", dischargeDate: "", level: "", total: "" };
    const r = buildRequest(form);
    expect(r).not.toHaveProperty("age");
    expect(r).not.toHaveProperty("dischargeDate");
    expect(r.hospital).toEqual({ networked: "yes", designated: true });
    expect(r.bill).toEqual({ notCovered: "2000", classB: "5000" });
  });

  it("sends a negative or mistyped amount unchanged: judging it is the core's job", () => {
    const r = buildRequest({ ...example(), total: "-5", classB: "abc" });
    expect(r.bill).toEqual({ total: "-5", notCovered: "2000", classB: "abc" });
  });

  it("drops the parts of the bill when only the total is known, and the work status for residents", () => {
    const r = buildRequest({ ...example(), billMode: "total", scheme: "resident" });
    expect(r.bill).toEqual({ total: "50000" });
    expect(r).not.toHaveProperty("workStatus");
  });

  it("sends only the amounts counted this year that were filled in", () => {
    const ytd = { ...emptyYearToDate(), fundPaid: "1200.50" };
    expect(buildRequest({ ...example(), yearToDate: ytd }).yearToDate).toEqual({ fundPaid: "1200.50" });
  });

  it("writes today's date as YYYY-MM-DD in local time", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});

describe("where an error is shown", () => {
  it("beside the question the core's field names", () => {
    expect(fieldTestid("bill.total")).toBe("total");
    expect(fieldTestid("bill.notCovered")).toBe("not-covered");
    expect(fieldTestid("hospital.level")).toBe("level");
    expect(fieldTestid("yearToDate.fundPaid")).toBe("ytd-fundPaid");
    expect(fieldTestid("insuredRegion")).toBe("insured");
  });

  it("above the button when the field is not on the form", () => {
    expect(fieldTestid(undefined)).toBeNull();
    expect(fieldTestid("policy")).toBeNull();
    expect(fieldTestid("yearToDate.nonsense")).toBeNull();
  });
});

describe("the stay of the year", () => {
  it("is asked for hospital stays only", () => {
    expect(buildRequest(example())).toHaveProperty("stayOfYear", "1");
    expect(buildRequest({ ...example(), setting: "outpatient_general" })).not.toHaveProperty("stayOfYear");
  });
});

describe("issue 13: network status, own figures, pools, money", () => {
  it("reads the directory's three words and never turns an unstated status into no", () => {
    expect(networkOf({ networked: "unknown" })).toBe("unknown");
    expect(networkOf({ networked: "no", manual: true })).toBe("no");
    // Older rows: false meant only "the list does not say networked".
    expect(networkOf({ networked: false })).toBe("unknown");
    expect(networkOf({ networked: false, network: { inpatient: null } })).toBe("unknown");
    expect(networkOf({ networked: true, network: { inpatient: true } })).toBe("yes");
    expect(networkOf(null)).toBe("yes");
  });
  it("sends own figures only when they are used, and the three-state status as a word", () => {
    const form = example();
    form.networked = "unknown";
    form.useOwn = true;
    form.own = { ...emptyOwnPolicy(), deductible: "900", ratioLevel3: "85" };
    const r = buildRequest(form);
    expect(r.hospital).toEqual({ level: "level3", networked: "unknown", designated: true });
    expect(r.ownPolicy).toEqual({ deductible: "900", ratioLevel3: "85" });
    form.useOwn = false;
    expect(buildRequest(form).ownPolicy).toBeUndefined();
  });
  it("finds the pooling region and groups money", () => {
    expect(poolOf("110105")).toBe("110000");
    expect(poolOf("410102")).toBe("410100");
    expect(poolOf("5001")).toBeNull();
    expect(money("44496.00")).toBe("44,496");
    expect(money("3964.80")).toBe("3,964.80");
    expect(money("-500.00")).toBe("-500");
  });
});
