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
