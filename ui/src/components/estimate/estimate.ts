// The estimate screen's transport types (as yidi-core's EstimateView serialises them) and the
// one piece of logic the screen owns: turning what was typed into the loose request the core
// validates. No money is computed here: amounts go to the core as typed and come back as text.

export interface PackSummary {
  packId: string;
  region: string;
  regionName: string;
  scheme: string;
  schemeLabel: string;
  settings: string[];
  verified: boolean;
  unverifiedValues: number;
  earliest?: string;
}

export interface LineView {
  key: string;
  label: string;
  detail: string;
  base: string;
  ratio?: string;
  fund: string;
  patient: string;
  capReached: boolean;
}

export interface ParamView {
  key: string;
  label: string;
  value: string;
  effectiveFrom: string;
  effectiveTo?: string;
  sourceTitle: string;
  sourceNumber?: string;
  sourceUrl: string;
  verifiedAt: string;
  verified: boolean;
  note?: string;
  sourceKind: string;
  sourceKindLabel: string;
  also?: string[];
  alternatives: number;
}

export interface NoticeView {
  code: string;
  message: string;
}

export interface OptionView {
  filing: string;
  label: string;
  current: boolean;
  fund?: string;
  patient?: string;
  extraVsLongTerm?: string;
  directSettlement: boolean;
  directSettlementStatus: "yes" | "no" | "unknown";
  forComparison: boolean;
  note: string;
}

export interface RangeView {
  low: string;
  high: string;
  published: string;
  deciding: { key: string; label: string; patient: string; fund: string; note: string }[];
  text: string;
}

export interface NetworkOutcomesView {
  networkedPatient: string;
  networkedFund: string;
  payFirst: string;
  claimBack: string;
  notNetworkedPatient: string;
  networkedText: string;
  notNetworkedText: string;
}

export interface WhatIfView {
  total: string;
  fund: string;
  patient: string;
}

export interface BandView {
  point: "low" | "typical" | "high";
  label: string;
  notCoveredShare: string;
  classBShare: string;
  fund: string;
  patient: string;
}

export interface EstimateView {
  network: "yes" | "no" | "unknown";
  networkOutcomes?: NetworkOutcomesView;
  range?: RangeView;
  whatIf: WhatIfView[];
  pack: {
    packId: string;
    region: string;
    regionName: string;
    scheme: string;
    schemeLabel: string;
    verified: boolean;
    unverifiedValues: number;
    ownFigures: boolean;
    label: string;
  };
  setting: string;
  settingLabel: string;
  filing: string;
  filingLabel: string;
  dateUsed: string;
  dataCheckedOn?: string;
  onlyTotal: boolean;
  summary: {
    total: string;
    covered: string;
    basicFund: string;
    topUp: string;
    criticalIllness: string;
    fund: string;
    patient: string;
    text: string;
    splitText: string;
    fundPercent: number;
  };
  lines: LineView[];
  parameters: ParamView[];
  warnings: NoticeView[];
  comparison: OptionView[];
  band?: BandView[];
  disclaimer: string;
}

/** Wire names the core accepts, in the order the form offers them. */
export const SCHEMES = ["employee", "resident"] as const;
export const WORK_STATUSES = ["in_service", "retired"] as const;
export const FILINGS = [
  "relocated_retiree",
  "long_term_resident",
  "posted_worker",
  "referral",
  "emergency",
  "other_temporary",
  "not_filed",
] as const;
export const SETTINGS = ["inpatient", "outpatient_general", "outpatient_chronic"] as const;
export const LEVELS = ["level3", "level2", "level1", "community"] as const;
export const NETWORK = ["yes", "no", "unknown"] as const;
export type NetworkStatus = (typeof NETWORK)[number];

/** The person's own figures as typed (kept with the person in the situation; plain JSON). */
export interface OwnPolicy {
  deductible: string;
  ratioLevel3: string;
  ratioLevel2: string;
  ratioLevel1: string;
  ratioCommunity: string;
  annualLimit: string;
  temporaryFirstShare: string;
  source: string;
}
export const OWN_KEYS = [
  "deductible",
  "ratioLevel3",
  "ratioLevel2",
  "ratioLevel1",
  "ratioCommunity",
  "annualLimit",
  "temporaryFirstShare",
  "source",
] as const;

export function emptyOwnPolicy(): OwnPolicy {
  return {
    deductible: "",
    ratioLevel3: "",
    ratioLevel2: "",
    ratioLevel1: "",
    ratioCommunity: "",
    annualLimit: "",
    temporaryFirstShare: "",
    source: "",
  };
}

/**
 * The estimate's network answer from a chosen hospital: the directory's "yes" | "no" | "unknown"
 * (contract a), or an older boolean, where false only meant "the list does not say networked" —
 * so it is "unknown", never "no". A hand-added hospital carries the same three words.
 */
export function networkOf(hospital: unknown): NetworkStatus {
  if (!hospital || typeof hospital !== "object") return "yes";
  const h = hospital as { networked?: unknown; network?: { inpatient?: boolean | null } };
  if (h.networked === "yes" || h.networked === "no" || h.networked === "unknown") return h.networked;
  if (h.network && "inpatient" in h.network) {
    if (h.network.inpatient === true) return "yes";
    if (h.network.inpatient === false) return "no";
    return "unknown";
  }
  return h.networked === true ? "yes" : "unknown";
}

/** The pooling region of a division code: a municipality's province, else the prefecture. */
export function poolOf(code: string | null | undefined): string | null {
  if (!code || !/^\d{6}$/.test(code)) return null;
  const province = code.slice(0, 2);
  if (["11", "12", "31", "50"].includes(province)) return `${province}0000`;
  return `${code.slice(0, 4)}00`;
}

/** Money as text with grouping and no ".00" for whole yuan ("44,496", "3,964.80"); display only. */
export function money(amount: string | undefined): string {
  if (amount === undefined) return "";
  const negative = amount.startsWith("-");
  const [int, frac = "00"] = (negative ? amount.slice(1) : amount).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const tail = /^0*$/.test(frac) ? "" : `.${frac.padEnd(2, "0")}`;
  return `${negative ? "-" : ""}${grouped}${tail}`;
}
export const YTD_KEYS = [
  "coveredCost",
  "deductiblePaid",
  "fundPaid",
  "topUpPaid",
  "criticalIllnessBase",
  "criticalIllnessPaid",
] as const;
export type YtdKey = (typeof YTD_KEYS)[number];
/** The same keys as they appear in message ids (`ui-estimate-ytd-covered-cost`). */
export const YTD_IDS: Record<YtdKey, string> = {
  coveredCost: "covered-cost",
  deductiblePaid: "deductible-paid",
  fundPaid: "fund-paid",
  topUpPaid: "top-up-paid",
  criticalIllnessBase: "critical-illness-base",
  criticalIllnessPaid: "critical-illness-paid",
};

/** What the form holds: everything as typed (text), choices as wire names. */
export interface EstimateForm {
  insuredRegion: string | null;
  destination: string | null;
  scheme: string;
  workStatus: string;
  age: string;
  filing: string;
  setting: string;
  level: string;
  networked: NetworkStatus;
  designated: boolean;
  retirementDate: string;
  tier: string;
  hardship: boolean;
  useOwn: boolean;
  own: OwnPolicy;
  admissionDate: string;
  dischargeDate: string;
  stayOfYear: string;
  yearToDate: Record<YtdKey, string>;
  billMode: "total" | "detailed";
  total: string;
  notCovered: string;
  classB: string;
}

export function emptyYearToDate(): Record<YtdKey, string> {
  return { coveredCost: "", deductiblePaid: "", fundPaid: "", topUpPaid: "", criticalIllnessBase: "", criticalIllnessPaid: "" };
}

/**
 * The request for `estimate_cost`. Blank boxes are left out (so a blank required box is the
 * core's "missing" error on that field, and a blank optional one takes the core's default);
 * everything else is sent as typed, so the core judges it and names the field when it is wrong.
 */
export function buildRequest(form: EstimateForm): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  const put = (key: string, value: string | null | undefined, into: Record<string, unknown> = request) => {
    const v = (value ?? "").trim();
    if (v !== "") into[key] = v;
  };
  put("insuredRegion", form.insuredRegion);
  put("scheme", form.scheme);
  if (form.scheme === "employee") put("workStatus", form.workStatus);
  put("age", form.age);
  put("filing", form.filing);
  put("destination", form.destination);
  const hospital: Record<string, unknown> = { networked: form.networked, designated: form.designated };
  if (form.scheme === "employee" && form.workStatus === "retired") put("retirementDate", form.retirementDate);
  if (form.tier) request.tier = Number(form.tier);
  if (form.hardship) request.hardship = true;
  if (form.useOwn) {
    const own: Record<string, unknown> = {};
    for (const key of OWN_KEYS) put(key, form.own[key], own);
    request.ownPolicy = own;
  }
  put("level", form.level, hospital);
  request.hospital = hospital;
  put("setting", form.setting);
  put("admissionDate", form.admissionDate);
  put("dischargeDate", form.dischargeDate);
  // Which stay of the year only matters for a hospital stay (the screen asks it only then).
  if (form.setting === "inpatient" || form.setting === "") put("stayOfYear", form.stayOfYear);
  const ytd: Record<string, unknown> = {};
  for (const key of YTD_KEYS) put(key, form.yearToDate[key], ytd);
  if (Object.keys(ytd).length > 0) request.yearToDate = ytd;
  const bill: Record<string, unknown> = {};
  put("total", form.total, bill);
  if (form.billMode === "detailed") {
    put("notCovered", form.notCovered, bill);
    put("classB", form.classB, bill);
  }
  request.bill = bill;
  return request;
}

/** Today as YYYY-MM-DD in the person's own time zone (the admission date's first guess). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Where the core's `ApiError.field` is shown: the test id of the question it names (the input's
 * id is `est-field-<testid>`). A field not listed here (none today) is shown above the button.
 */
export function fieldTestid(field: string | undefined): string | null {
  if (!field) return null;
  const fixed: Record<string, string> = {
    insuredRegion: "insured",
    destination: "destination",
    scheme: "scheme",
    workStatus: "work-status",
    age: "age",
    filing: "filing",
    hospital: "level",
    "hospital.level": "level",
    "hospital.networked": "networked",
    retirementDate: "retirement-date",
    tier: "tier",
    ownPolicy: "own-deductible",
    "ownPolicy.deductible": "own-deductible",
    "ownPolicy.ratioLevel3": "own-ratioLevel3",
    "ownPolicy.ratioLevel2": "own-ratioLevel2",
    "ownPolicy.ratioLevel1": "own-ratioLevel1",
    "ownPolicy.ratioCommunity": "own-ratioCommunity",
    "ownPolicy.annualLimit": "own-annualLimit",
    "ownPolicy.temporaryFirstShare": "own-temporaryFirstShare",
    "ownPolicy.source": "own-source",
    "hospital.designated": "designated",
    setting: "setting",
    admissionDate: "admission",
    dischargeDate: "discharge",
    stayOfYear: "stay",
    yearToDate: "ytd-coveredCost",
    bill: "total",
    "bill.total": "total",
    "bill.notCovered": "not-covered",
    "bill.classB": "class-b",
  };
  if (field in fixed) return fixed[field];
  const ytd = /^yearToDate\.(\w+)$/.exec(field);
  if (ytd && (YTD_KEYS as readonly string[]).includes(ytd[1])) return `ytd-${ytd[1]}`;
  return null;
}
