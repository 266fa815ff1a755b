import { describe, expect, it } from "vitest";
import { buildRequest, emptyYearToDate, fieldTestid, localDate, type EstimateForm } from "./estimate";

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
    networked: true,
    designated: true,
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
      hospital: { level: "level3", networked: true, designated: true },
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
    expect(r.hospital).toEqual({ networked: true, designated: true });
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
