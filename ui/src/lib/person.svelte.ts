// The person in context (contract (b)): whom the screens are working for, and their facts.
// Choosing a person restores THEIR saved situation (or nothing), never the previous person's;
// every change to the situation is saved back to that person (people.facts, sealed in the
// store) a moment later; a finished plan's dates also go into a case of theirs, which is what
// the reminders read.
import { call } from "./bridge";
import { fillSituation, session, situationDocument } from "./cases.svelte";
import { situation } from "./situation.svelte";
import type { CaseView, Lang, PersonOverview, PersonView } from "./types";

/** The facts as last saved or restored for the current person (JSON), to save only changes. */
let lastSaved = "";
let lastPlanDates = "";
let pending: { timer: ReturnType<typeof setTimeout>; run: () => Promise<void> } | null = null;

/** Saves what is waiting now (before switching person, closing, or a desk wipe). */
export async function flushFacts(): Promise<void> {
  const p = pending;
  pending = null;
  if (p) {
    clearTimeout(p.timer);
    await p.run();
  }
}

/** Drops what is waiting without saving it (desk wipe: nothing of the client may be written). */
export function dropPendingFacts(): void {
  if (pending) clearTimeout(pending.timer);
  pending = null;
  lastSaved = "";
  lastPlanDates = "";
}

/** Makes `uid` the current person: their facts fill the situation, nobody else's. */
export async function choosePerson(lang: Lang, uid: string): Promise<PersonOverview> {
  await flushFacts();
  const view = await call<PersonOverview>("case_switch_person", { lang, uid });
  // What was chosen before anyone was chosen (the trip on the start page) was chosen for
  // nobody else: a person without facts of their own takes it. From one person to another,
  // nothing is carried over.
  const adopt = session.current === null && !view.person.facts;
  session.current = view.person;
  session.proxy = view.proxy ?? null;
  session.currentCase = null;
  if (!adopt) situation.restore(view.person.facts ?? null);
  const latest = [...view.cases].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (latest) {
    const full = await call<CaseView>("case_load", { lang, uid: latest.uid });
    session.currentCase = full;
    // A person saved before facts existed: their latest case is what we know of them.
    if (!view.person.facts && !adopt) fillSituation(full);
  }
  // Who is using the guide follows from whom it is for (review H2: asked once, by the start
  // page's card or here): the device user for themself, a family member, or desk staff.
  if (situation.interview?.answers.audience === undefined) {
    const audience = session.desk ? "staff" : view.person.isOwner ? "self" : "family";
    situation.interview = { answers: { ...(situation.interview?.answers ?? {}), audience }, at: situation.interview?.at ?? null };
  }
  // Adopted facts are theirs now: saved on the next change check (lastSaved differs).
  lastSaved = adopt ? "" : JSON.stringify(situation.snapshot());
  lastPlanDates = JSON.stringify(situation.planDates);
  return view;
}

/** Forgets the current person (the situation starts empty). */
export async function leavePerson(): Promise<void> {
  await flushFacts();
  session.current = null;
  session.proxy = null;
  session.currentCase = null;
  situation.clear();
  lastSaved = JSON.stringify(situation.snapshot());
}

async function saveFacts(lang: Lang, person: PersonView, facts: Record<string, unknown>, json: string): Promise<void> {
  const saved = await call<PersonView>("case_save_facts", { lang, uid: person.uid, facts });
  if (session.current?.uid === person.uid) session.current = saved;
  lastSaved = json;
  const dates = facts.planDates as { filingDate?: string; validUntil?: string; changeFrom?: string } | null;
  const datesJson = JSON.stringify(dates ?? null);
  if (dates && datesJson !== lastPlanDates && (dates.validUntil || dates.changeFrom)) {
    await savePlanCase(lang, person, facts, dates);
  }
  lastPlanDates = datesJson;
}

/** The finished plan's dates into the person's case: the reminders read them. */
async function savePlanCase(
  lang: Lang,
  person: PersonView,
  facts: Record<string, unknown>,
  dates: { filingDate?: string; validUntil?: string; changeFrom?: string },
): Promise<void> {
  const current = session.currentCase?.personUid === person.uid ? session.currentCase : null;
  const request: Record<string, unknown> = {
    person_uid: person.uid,
    by_proxy: !person.isOwner,
    documents: { situation: situationDocument() },
    notify_days: current?.notifyDays ?? 30,
  };
  if (current) {
    request.uid = current.uid;
    request.expected_revision = current.revision;
  }
  const text = (k: string) => (typeof facts[k] === "string" ? (facts[k] as string) : undefined);
  if (text("category")) request.category = text("category");
  if (text("insuredRegion")) request.insured_region = text("insuredRegion");
  if (text("destination")) request.destination = text("destination");
  if (dates.filingDate) request.validity_start = dates.filingDate;
  if (dates.validUntil) request.validity_end = dates.validUntil;
  if (dates.changeFrom) request.change_from = dates.changeFrom;
  const saved = await call<CaseView>("case_save", { lang, request });
  if (session.current?.uid === person.uid) session.currentCase = saved;
  session.changes += 1;
}

/** Called from an effect on every change of the situation: saves it to the current person
 * shortly after (the snapshot and the person are taken now, so a switch cannot mix them). */
export function factsChanged(lang: Lang): void {
  const person = session.current;
  const facts = situation.snapshot();
  const json = JSON.stringify(facts);
  if (!person || !session.open || json === lastSaved) return;
  if (pending) clearTimeout(pending.timer);
  const run = () => saveFacts(lang, person, facts, json).catch(() => {});
  pending = { timer: setTimeout(() => void flushFacts(), 400), run };
}
