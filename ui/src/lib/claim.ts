// The person's facts for "roughly what comes back" (claim at home): the same facts the estimate
// uses, taken from the current person — their regions, scheme, category, chosen hospital (level
// and three-state network status), own figures, admission day, birth date from their ID — plus
// what they typed in the claim box (amount paid, itemised parts, level or age when unknown).
// The core (claim_expected_back) decides the figure, the range, or what is still missing.
import { call } from "./bridge";
import { session } from "./cases.svelte";
import type { Lang } from "./types";
import type { OutcomeView } from "../components/interview/types";
import { situation, type Networked } from "./situation.svelte";

/** Whether the hospital settles directly, three-state: the chosen hospital's (the directory's
 * inpatient flag, or what the person said of a hospital added by hand), else the filing guide's
 * answer ("dont_know" is "unknown"), else "unknown" — never guessed. */
export function networkStatus(): Networked {
  const chosen = situation.hospital?.networked;
  if (chosen) return chosen;
  const said = situation.interview?.answers?.networked;
  return said === "yes" || said === "no" ? said : "unknown";
}

/** The chosen hospital's level as the estimate names it, or "" when the list does not say. */
export function hospitalLevel(): string {
  const grade = situation.hospital?.grade;
  return grade ? `level${grade}` : "";
}

const blankless = (o: Record<string, string | null | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === "string" && v.trim() !== "").map(([k, v]) => [k, (v as string).trim()]));

export function claimRequest(): Record<string, unknown> {
  const typed = situation.claimFigures ?? {};
  const birth = session.current?.birthDate;
  const level = hospitalLevel() || typed.level || "";
  const request: Record<string, unknown> = {
    ...blankless({
      insuredRegion: situation.insuredRegion,
      destination: situation.destination,
      scheme: situation.scheme,
      workStatus: situation.scheme === "employee" ? situation.workStatus : null,
      filing: situation.category,
      admissionDate: situation.planPacket?.admissionDate ?? null,
      amountPaid: typed.amountPaid,
    }),
    hospital: { ...(level ? { level } : {}), networked: networkStatus() },
  };
  if (birth) request.birthDate = birth;
  else if (typed.age?.trim()) request.age = typed.age.trim();
  const bill = blankless({ notCovered: typed.notCovered, classB: typed.classB });
  if (Object.keys(bill).length > 0) request.bill = bill;
  if (situation.ownPolicy) {
    const own = blankless(situation.ownPolicy);
    if (Object.keys(own).length > 0) request.ownPolicy = own;
  }
  return request;
}

export interface ExpectedBack {
  status: "amount" | "range" | "missing" | "no_policy";
  amount?: string;
  low?: string;
  high?: string;
  missing: string[];
  text: string;
  notes: string[];
  packet: Record<string, unknown>;
}

/** What the printable packet takes from a plan, in the plan's language: the things to bring, the
 * numbered steps, the claim-at-home steps, how the insured person consents. */
export function planPacketOf(view: OutcomeView, admissionDate: string | null): NonNullable<typeof situation.planPacket> {
  const lines = (id: string, leave: string[] = []) =>
    view.sections.find((s) => s.id === id)?.lines.filter((l) => !leave.includes(l.id)).map((l) => l.text) ?? [];
  const consent = view.answers.find((i) => i.question === "proxy_consent");
  return {
    materials: lines("materials"),
    steps: [...lines("steps"), ...lines("hospital")],
    // The cover sheet prints the figure itself: the line pointing to it stays on screen.
    claim: lines("claim", ["claim_estimate"]),
    consent: consent ? `${consent.label}：${consent.answerText}` : null,
    consentAnswer: consent ? consent.answerText : null,
    settlement: view.settlement,
    admissionDate,
  };
}

/** The plan's packet lines again in `lang` (the packet is printed in the language on screen, not
 * the one the plan was last shown in); as kept when the plan cannot be asked again. */
export async function planPacketIn(lang: Lang): Promise<typeof situation.planPacket> {
  const kept = situation.planPacket;
  const answers = situation.interview?.answers;
  const asOf = situation.interviewPlanAsOf;
  if (!kept || !answers || !asOf) return kept;
  try {
    const view = await call<OutcomeView>("interview_outcome", { lang, request: { answers, asOf } });
    return planPacketOf(view, kept.admissionDate);
  } catch {
    return kept;
  }
}
