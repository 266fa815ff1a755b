// Transport types of the consent commands (yidi-core's consent module, camelCase).

export interface TextListItem {
  id: string;
  version: string;
  kind: "informed_consent" | "commitment" | "explanation";
  kindLabel: string;
  title: string;
  regions: string[];
  categories: string[];
  effectiveFrom: string;
  signable: boolean;
}

export type ClauseRole = "title" | "heading" | "clause" | "declaration" | "signature_line";

export interface ClauseView {
  id: string;
  role: ClauseRole;
  original: string;
  translation?: string;
  summary?: string;
}

export interface ObligationView {
  id: string;
  clause: string;
  text: string;
}

export interface TextView {
  id: string;
  version: string;
  kind: TextListItem["kind"];
  kindLabel: string;
  signable: boolean;
  title: string;
  originalTitle: string;
  regions: string[];
  effectiveFrom: string;
  effectiveFromWarning?: string;
  source: string;
  sha256: string;
  translationNotice?: string;
  clauses: ClauseView[];
  obligations: ObligationView[];
}

export interface IdNumberView {
  number: string;
  upgradedFrom?: string;
  birthDate: string;
  addressCode: string;
  sex: string;
  masked: string;
}

export interface Choice {
  value: string;
  label: string;
}

/** One point of a stroke, in the pad's CSS pixels (integers), t in ms since the stroke began. */
export interface Point {
  x: number;
  y: number;
  t: number;
}

export interface PadSize {
  width: number;
  height: number;
}

export interface VerifyView {
  valid: boolean;
  message: string;
  problems: { field: string; code: string; message: string }[];
  publicKey?: string;
}

export interface SignedRecord {
  payload: {
    signer: { role: "insured" | "proxy"; name: string; idNumber: string; relation?: string };
    insured: { name: string; idNumber: string; region: string };
    typedName: string;
    signedOn: string;
    signedAt: string;
    text: { id: string; version: string; title: string };
    /** Drawn (`method` "drawn", or absent in older records) or typed with the statement. */
    signature: { method?: "drawn" | "typed"; name?: string; statement?: string };
  };
  seal: { publicKey: string };
}

export interface Signed {
  record: SignedRecord;
  verification: VerifyView;
}

export interface Saved {
  pdf: string;
  record: string;
  bytes: number;
  /** Saved in the desk session's folder: printed from the app, shredded by "next client". */
  desk: boolean;
}
