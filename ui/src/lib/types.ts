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
  distanceLabel?: string;
  synthetic: boolean;
}

export interface HospitalSearchView {
  results: HospitalView[];
  dataDate: string | null;
  dataDateLabel: string;
  sources: string[];
  totalInDirectory: number;
}
