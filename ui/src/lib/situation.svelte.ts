// What the person has told us so far in this session, shared by the screens so nothing is asked
// twice: the regions chosen on the home screen feed the interview and the estimate, the hospital
// chosen in the directory feeds the estimate. It lives in memory only; saving a case is the
// store's job, and desk mode clears it for the next client.

export interface ChosenHospital {
  code: string;
  name: string;
  /** The level's wire name (`3a`, `2`, `unrated`), "" when the list does not say. */
  level: string;
  /** True only when the list says the hospital is networked for inpatient direct settlement. */
  networked: boolean;
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
  }
}

export const situation = new Situation();
