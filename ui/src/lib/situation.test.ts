import { describe, expect, it } from "vitest";
import { situation } from "./situation.svelte";

describe("situation", () => {
  it("saves every field and restores a person's facts without the previous person's", () => {
    situation.clear();
    situation.insuredRegion = "110000";
    situation.destination = "420100";
    situation.category = "relocated_retiree";
    situation.planTicks = ["hukou"];
    const mother = situation.snapshot();
    expect(mother.insuredRegion).toBe("110000");
    expect(mother.planTicks).toEqual(["hukou"]);
    expect(Object.keys(mother)).toContain("hospital");

    // The father has only a destination saved: nothing of the mother's may remain.
    situation.restore({ destination: "310000" });
    expect(situation.destination).toBe("310000");
    expect(situation.insuredRegion).toBeNull();
    expect(situation.category).toBeNull();
    expect(situation.planTicks).toEqual([]);

    situation.restore(mother);
    expect(situation.snapshot()).toEqual(mother);
    situation.restore(null);
    expect(situation.destination).toBeNull();
  });
});

describe("a chosen hospital saved by an earlier version", () => {
  it("turns the old boolean into three states, never reading a missing status as 'no'", async () => {
    const { normalizeHospital } = await import("./situation.svelte");
    const old = { code: "", name: "武汉协和医院", level: "3a", network: { inpatient: null, outpatient: null, chronic: null } };
    expect(normalizeHospital({ ...old, networked: false })?.networked).toBe("unknown");
    expect(normalizeHospital({ ...old, networked: true })?.networked).toBe("yes");
    const saidNo = { ...old, network: { inpatient: false, outpatient: null, chronic: null } };
    expect(normalizeHospital({ ...saidNo, networked: false })?.networked).toBe("no");
    expect(normalizeHospital({ ...old, networked: "unknown" })?.networked).toBe("unknown");
    expect(normalizeHospital({ name: "x" })).toBeNull();
  });
});
