// People and cases as the screens share them: whether the store is open (and in which mode),
// who is the current person, and the wipe that desk mode does between clients. Everything here
// is memory only; the store (in the core) is where cases are kept.
import { call } from "./bridge";
import { saveDisplay, type Display } from "./settings";
import { situation, type ChosenHospital } from "./situation.svelte";
import type { CaseView, IdentityView, Lang, PersonView, StatusView } from "./types";

/** The keys of web storage that survive a desk wipe: display preferences, nothing personal. */
export const KEPT_STORAGE_KEYS = ["yidi.display"];

class CaseSession {
  status = $state<StatusView | null>(null);
  current = $state<PersonView | null>(null);
  /** The device user's own identity, the proxy (代办人) when filing for someone else. */
  proxy = $state<IdentityView | null>(null);
  /** The case whose details fill the situation now (saving updates it). */
  currentCase = $state<CaseView | null>(null);
  /** Bumped on every desk wipe: screens keyed on it are rebuilt from nothing. */
  generation = $state(0);
  /** Bumped when cases or people change, so the home screen's reminders reload. */
  changes = $state(0);
  /** The sentence the core gave for the last wipe. */
  wipeMessage = $state("");
  /** A new recovery code to show once (after set-up or a recovery). Kept apart from `status`,
   * which a language change reloads, so that the sheet stays until the person says it is noted. */
  recoveryCode = $state<string | null>(null);
  /** True after opening with the recovery code: the code shown replaces the printed one. */
  recovered = $state(false);

  get desk(): boolean {
    return this.status?.mode === "desk";
  }

  get open(): boolean {
    return this.status !== null && this.status.mode !== "closed";
  }

  async refresh(lang: Lang): Promise<void> {
    this.status = await call<StatusView>("case_status", { lang });
  }

  /** Forgets everything of the person or client in this web view. */
  forget(): void {
    this.recoveryCode = null;
    this.current = null;
    this.proxy = null;
    this.currentCase = null;
    situation.clear();
    this.generation += 1;
    this.changes += 1;
  }
}

export const session = new CaseSession();

/** Web storage without anything but the display preferences (which are put back). */
export function clearWebStorage(display: Display): void {
  const local = globalThis.localStorage;
  if (local) {
    for (const key of Object.keys(local)) {
      if (!KEPT_STORAGE_KEYS.includes(key)) local.removeItem(key);
    }
  }
  globalThis.sessionStorage?.clear();
  saveDisplay(local, display);
}

/** The situation saved in a case: the regions and category from its metadata, the rest from
 * the `situation` document this screen writes. */
export function fillSituation(view: CaseView): void {
  situation.clear();
  situation.insuredRegion = view.insuredRegion?.code ?? null;
  situation.destination = view.destination?.code ?? null;
  situation.category = view.category ?? null;
  const body = view.documents?.situation?.body as Record<string, unknown> | undefined;
  if (body) {
    situation.scheme = typeof body.scheme === "string" ? body.scheme : null;
    situation.workStatus = typeof body.workStatus === "string" ? body.workStatus : null;
    const h = body.hospital as ChosenHospital | null | undefined;
    situation.hospital = h && typeof h.code === "string" ? h : null;
  }
}

/** The situation as a case document (what the typed metadata does not hold). */
export function situationDocument(): { schema: string; version: number; body: Record<string, unknown> } {
  return {
    schema: "ui-situation",
    version: 1,
    body: { scheme: situation.scheme, workStatus: situation.workStatus, hospital: situation.hospital },
  };
}
