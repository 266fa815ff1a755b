// What the person has told us so far, shared by the screens so nothing is asked twice: the
// regions chosen on the home screen feed the interview and the estimate, the hospital chosen in
// the directory feeds the estimate. It is the CURRENT PERSON's facts (contract (b)): lib/person
// saves it with that person in the store (people.facts) and restores it on switching, never
// carrying it over to someone else; desk mode clears it for the next client. Fields stay plain
// JSON; a field added here (and to clear()) is saved and restored with the rest.

/** Whether a hospital is networked for cross-province direct settlement of inpatient care:
 * what the list (or the person) says, "unknown" when nobody has said. Never guessed. */
export type Networked = "yes" | "no" | "unknown";

export function networkedOf(inpatient: boolean | null | undefined): Networked {
  return inpatient === true ? "yes" : inpatient === false ? "no" : "unknown";
}

/** A chosen hospital as saved by an earlier version, made three-state: `networked` was a
 * boolean, and `false` was written for "the list does not say" (every bundled row), so only
 * `true` means "yes"; `false` becomes "unknown" unless the list itself said no. */
export function normalizeHospital(value: unknown): ChosenHospital | null {
  if (!value || typeof value !== "object") return null;
  const h = value as ChosenHospital & { networked: unknown };
  if (typeof h.code !== "string" || typeof h.name !== "string") return null;
  if (h.networked === "yes" || h.networked === "no" || h.networked === "unknown") return h;
  const listSaid = h.network?.inpatient;
  return { ...h, networked: h.networked === true ? "yes" : listSaid === false ? "no" : "unknown" };
}

export interface ChosenHospital {
  /** The list's code; "" when it gives none; "manual:<n>" for a hospital the person typed in. */
  code: string;
  name: string;
  /** The level's wire name (`3a`, `2`, `unrated`), "" when the list does not say. */
  level: string;
  /** The list's inpatient flag in three states (contract (a)): "unknown" stays "unknown". */
  networked: Networked;
  /** True for a hospital the person added by hand (not from the list). */
  manual?: boolean;
  /** 1–3 for the estimate's level-dependent rules; null when unrated or not stated. */
  grade?: number | null;
  levelLabel?: string;
  /** Division codes of the hospital (province always; prefecture and county when known). */
  provinceCode?: string;
  cityCode?: string | null;
  countyCode?: string | null;
  /** Per service: true networked, false not, null the list does not say (confirm first). */
  network?: { inpatient: boolean | null; outpatient: boolean | null; chronic: boolean | null };
}

class Situation {
  insuredRegion = $state<string | null>(null);
  destination = $state<string | null>(null);
  /** The filing category an interview arrived at (a wire name), if any. */
  category = $state<string | null>(null);
  scheme = $state<string | null>(null);
  workStatus = $state<string | null>(null);
  /** Where the person is in the care journey (before_travel, admitted, discharged), from the interview. */
  stage = $state<string | null>(null);
  /** The eligibility interview in progress (answers and the question on screen), so leaving the
   * screen and coming back, or switching language, loses nothing. Opaque here: see
   * components/interview/types.ts. */
  interview = $state<{ answers: Record<string, string | number | boolean>; at: string | null } | null>(null);
  /** The filing day of the plan on screen (YYYY-MM-DD), or null while the interview is open. */
  interviewPlanAsOf = $state<string | null>(null);
  hospital = $state<ChosenHospital | null>(null);
  /** The estimate's own figures for an insured region without a pack (deductible, ratios by
   * level, annual limit, temporary first share, where they come from), as typed; plain JSON. */
  ownPolicy = $state<Record<string, string> | null>(null);
  /** The dates of the finished plan (YYYY-MM-DD): 办理日期, 有效期至 (temporary filings),
   * 最早可变更或取消日 (long-term filings). They feed the person's reminders. */
  planDates = $state<{ filingDate?: string; validUntil?: string; changeFrom?: string } | null>(null);

  /** The names of every field, for saving and restoring: own data properties, or the
   * get/set pairs Svelte compiles $state fields into (on the prototype in the browser build). */
  fields(): string[] {
    const own = Object.entries(Object.getOwnPropertyDescriptors(this))
      .filter(([name, d]) => !name.startsWith("#") && typeof d.value !== "function")
      .map(([name]) => name);
    const proto = Object.entries(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(this) as object))
      .filter(([, d]) => d.get && d.set)
      .map(([name]) => name);
    return [...new Set([...own, ...proto])];
  }

  /** Every field as plain JSON: what is saved with the person. */
  snapshot(): Record<string, unknown> {
    const self = this as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const name of this.fields()) out[name] = $state.snapshot(self[name]);
    return JSON.parse(JSON.stringify(out)) as Record<string, unknown>;
  }

  /** Starts from nothing, then takes the saved fields that this version knows. */
  restore(saved: Record<string, unknown> | null | undefined): void {
    this.clear();
    if (!saved) return;
    const self = this as unknown as Record<string, unknown>;
    for (const name of this.fields()) {
      if (name in saved && saved[name] !== undefined) self[name] = saved[name];
    }
    this.hospital = normalizeHospital(this.hospital);
  }
  /** What the person typed for a claim at home (as typed): the amount paid in full, the
   * itemised bill's not-covered and 乙类 parts, and the hospital level or age when the chosen
   * hospital or the person's ID does not give them (lib/claim). */
  claimFigures = $state<{ amountPaid?: string; notCovered?: string; classB?: string; level?: string; age?: string } | null>(null);
  /** Line ids of the plan's checklist items the person has ticked (things to bring). */
  planTicks = $state<string[]>([]);
  /** What the printable packet takes from the last plan (in the language it was shown in): the
   * things to bring, the numbered steps, the claim-at-home steps, how the insured person
   * consents when a relative files, and the settlement's wire name. */
  planPacket = $state<{
    materials: string[];
    steps: string[];
    claim: string[];
    consent: string | null;
    /** The consent answer alone, for the cover sheet's row that already names it. */
    consentAnswer?: string | null;
    settlement: string;
    admissionDate: string | null;
  } | null>(null);

  clear(): void {
    this.ownPolicy = null;
    this.insuredRegion = null;
    this.destination = null;
    this.category = null;
    this.scheme = null;
    this.workStatus = null;
    this.stage = null;
    this.interview = null;
    this.interviewPlanAsOf = null;
    this.hospital = null;
    this.planDates = null;
    this.planTicks = [];
    this.planPacket = null;
    this.claimFigures = null;
  }
}

export const situation = new Situation();
