import { describe, expect, it } from "vitest";
import { situation } from "./situation.svelte";
import { session } from "./cases.svelte";
import { claimRequest, networkStatus } from "./claim";
import type { PersonView } from "./types";

describe("the claim's facts", () => {
  it("take the person's facts: level and network from the hospital, else the guide's answer, the birth date from the ID", () => {
    situation.clear();
    session.current = null;
    situation.insuredRegion = "420100";
    situation.destination = "440300";
    situation.scheme = "resident";
    situation.category = "other_temporary";
    situation.interview = { answers: { networked: "dont_know" }, at: null };
    situation.claimFigures = { amountPaid: " 50000 ", notCovered: "", age: "70" };
    // No hospital chosen, "don't know" in the guide: unknown, never guessed.
    expect(networkStatus()).toBe("unknown");
    let r = claimRequest();
    expect(r.hospital).toEqual({ networked: "unknown" });
    expect(r.amountPaid).toBe("50000");
    expect(r.age).toBe("70");
    expect(r.bill).toBeUndefined();
    expect(r.workStatus).toBeUndefined();

    situation.hospital = { code: "x", name: "医院", level: "3a", grade: 3, networked: "no" };
    session.current = { uid: "p1", birthDate: "1956-03-15" } as PersonView;
    r = claimRequest();
    expect(r.hospital).toEqual({ level: "level3", networked: "no" });
    expect(r.birthDate).toBe("1956-03-15");
    expect(r.age).toBeUndefined();
    session.current = null;
    situation.clear();
  });
});
