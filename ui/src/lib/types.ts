// Transport types as yidi-core serialises them (camelCase).

export type Lang = "zh-CN" | "zh-TW" | "en-US";
export const LANGS: Lang[] = ["zh-CN", "zh-TW", "en-US"];

export interface RegionView {
  code: string;
  name: string;
  level: "province" | "prefecture" | "county";
  levelLabel: string;
  fullName: string;
  pinyin: string;
}

export type TripScope = "same_pooling_region" | "within_province" | "cross_province" | "outside_network";

export interface TripView {
  insuredRegion: RegionView;
  destination: RegionView;
  scope: TripScope;
  scopeLabel: string;
  summary: string;
  explanation: string;
}

// People and cases (yidi_core::cases).

export interface StatusView {
  mode: "personal" | "desk" | "closed";
  unlockedBy?: "keyring" | "passphrase" | "recovery_code" | "ephemeral";
  unlockedByLabel?: string;
  keyring: boolean;
  schemaVersion: number;
  clientsServed?: number;
  /** A new recovery code, present once (after set-up, a recovery or a passphrase change). */
  recoveryCode?: string;
  storeExists: boolean;
}

export interface IdentityView {
  name: string;
  idNumber?: string;
  idNumberMasked?: string;
  phone?: string;
  signature?: string;
}

export interface PersonView {
  uid: string;
  relation: string;
  relationLabel: string;
  label?: string;
  displayName: string;
  identity?: IdentityView;
  isOwner: boolean;
  caseCount: number;
  /** From the ID number (YYYY-MM-DD). */
  birthDate?: string;
  /** Their situation as last saved (see lib/situation.svelte.ts). */
  facts?: Record<string, unknown>;
}

export interface CaseSummaryView {
  uid: string;
  personUid: string;
  revision: number;
  category?: string;
  categoryLabel?: string;
  insuredRegion?: RegionView;
  destination?: RegionView;
  validityStart?: string;
  validityEnd?: string;
  changeFrom?: string;
  notifyDays: number;
  byProxy: boolean;
  documentKinds: string[];
  updatedAt: string;
}

export interface CaseView extends CaseSummaryView {
  documents: Record<string, { schema: string; version: number; body: unknown }>;
}

export interface ReminderView {
  caseUid: string;
  personUid: string;
  kind: "validity_ends" | "change_opens";
  date: string;
  daysLeft: number;
  notifyOn?: string;
  personName: string;
  message: string;
}

export interface PersonOverview {
  person: PersonView;
  cases: CaseSummaryView[];
  reminders: ReminderView[];
  proxy?: IdentityView;
}

export interface WipeView {
  people: number;
  cases: number;
  files: number;
  message: string;
}

export interface ImportView {
  personUid: string;
  person: string;
  personMessage: string;
  caseUid: string;
  case: string;
  caseMessage: string;
}

export interface QrView {
  text: string;
  bytes: number;
  svg: string;
}

// The designated-hospital directory (yidi_core::hospitals).

export type Service = "inpatient" | "outpatient" | "chronic";
export const SERVICES: Service[] = ["inpatient", "outpatient", "chronic"];

export interface HospitalNetwork {
  inpatient: boolean | null;
  outpatient: boolean | null;
  chronic: boolean | null;
  /** One localized line per service, in SERVICES order. */
  labels: string[];
}

export interface HospitalView {
  code: string;
  name: string;
  aliases: string[];
  provinceCode: string;
  cityCode: string | null;
  countyCode: string | null;
  region: string;
  address: string;
  level: string | null;
  grade: number | null;
  levelLabel: string;
  kind: string | null;
  kindLabel: string;
  specialty: string | null;
  network: HospitalNetwork;
  confirmed: string | null;
  /** The name as the list writes it (Simplified); `name` is in the reader's script. */
  nameZhCn: string;
  /** Where the row comes from, in words, with the attribution the licences ask for. */
  sources: string[];
  coordPrecision: string | null;
  /** Set when the request named a destination and the hospital is elsewhere. */
  outsideDestination?: string;
  distanceLabel?: string;
  synthetic: boolean;
}

export interface HospitalCoverage {
  region: string;
  regionLabel: string;
  inRegion: number;
  inProvince: number;
  message: string;
}

export interface HospitalSearchView {
  results: HospitalView[];
  dataDate: string | null;
  dataDateLabel: string;
  sources: string[];
  totalInDirectory: number;
  /** What the list is and where to confirm a hospital. */
  listNote: string;
  coverage?: HospitalCoverage;
}
