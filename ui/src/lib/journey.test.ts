import { describe, expect, it } from "vitest";
import { nextStep } from "./journey";

describe("the next step offered at the end of a screen", () => {
  it("follows the journey's order: home, guide, hospital, estimate, sign, file", () => {
    const ctx = { desk: false, stage: null };
    expect(nextStep("home", ctx)).toEqual({ next: "check", key: "check" });
    expect(nextStep("check", ctx)).toEqual({ next: "hospitals", key: "hospitals" });
    expect(nextStep("consent", ctx)).toEqual({ next: "people", key: "people" });
    expect(nextStep("people", ctx)).toBeNull();
  });

  it("after the guide, someone already discharged is sent to their file, not to choose a hospital", () => {
    expect(nextStep("check", { desk: false, stage: "discharged" })).toEqual({ next: "people", key: "people-after-trip" });
    // In hospital now: the hospital's network status still decides what to do before discharge.
    expect(nextStep("check", { desk: false, stage: "admitted" })).toEqual({ next: "hospitals", key: "hospitals" });
    // Only the guide's panel changes: the hospital screen still leads to the estimate.
    expect(nextStep("hospitals", { desk: false, stage: "discharged" })).toEqual({ next: "estimate", key: "estimate" });
  });

  it("at a service-centre desk the file step is the end of this client's visit", () => {
    expect(nextStep("consent", { desk: true, stage: null })).toEqual({ next: "people", key: "people-desk" });
    expect(nextStep("check", { desk: true, stage: "discharged" })).toEqual({ next: "people", key: "people-desk" });
  });
});
