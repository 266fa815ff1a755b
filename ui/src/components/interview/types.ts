// The interview's transport types as yidi-core serialises them (crates/yidi-core/src/interview.rs).

export type AnswerValue = string | number | boolean;

export interface InterviewState {
  answers: Record<string, AnswerValue>;
  at: string | null;
}

export interface OptionView {
  value: AnswerValue;
  label: string;
}

export type InputKind = "choice" | "yes_no" | "date" | "region" | "number";

export interface QuestionView {
  kind: "question";
  id: string;
  input: InputKind;
  text: string;
  help: string;
  options: OptionView[];
  min?: number;
  max?: number;
  current?: AnswerValue;
  currentText?: string;
  number: number;
  /** At most how many questions follow (the longest way to an outcome). */
  atMostLeft: number;
  /** "问题 5 · 最多还有 8 题", from the core. */
  progress: string;
}

export interface ReviewItem {
  question: string;
  label: string;
  answer: AnswerValue;
  answerText: string;
}

export interface ReviewView {
  kind: "review";
  title: string;
  changeLabel: string;
  items: ReviewItem[];
}

export interface Step {
  state: InterviewState;
  screen: QuestionView | ReviewView;
  canGoBack: boolean;
  dropped: string[];
}

export interface SourceView {
  id: string;
  title: string;
  number?: string;
  article?: string;
  primary: boolean;
  /** Yidi's own advice, not a rule. */
  advice: boolean;
  /** The region whose rule the line states. */
  layer: string;
  text: string;
}

export interface LineView {
  id: string;
  text: string;
  source: SourceView;
}

export interface SectionView {
  id: string;
  title: string;
  lines: LineView[];
  /** The documents behind the section, once each (the "依据" disclosure). */
  sources: SourceView[];
  /** Said once for the section when part rests on a restatement or is our advice. */
  note?: string;
}

export interface DeskRow {
  id: string;
  label: string;
  value: string;
  labelZh: string;
  valueZh: string;
}

export interface DeskView {
  title: string;
  rows: DeskRow[];
  say: string;
  sayZh: string;
  ask: string;
  askZh: string;
}

export interface DateText {
  id: "filing_date" | "valid_until" | "change_from";
  label: string;
  date: string;
  text: string;
}

export interface OutcomeView {
  outcome: string;
  verdict: "plan" | "not_needed" | "not_available";
  verdictLabel: string;
  headline: string;
  category?: string;
  categoryLabel?: string;
  term?: string;
  settlement: string;
  settlementLabel: string;
  stage?: string;
  stageLabel?: string;
  asOf: string;
  dates: { filingDate?: string; validUntil?: string; changeFrom?: string };
  dateTexts: DateText[];
  sections: SectionView[];
  ruleSet: { flowVersion: string; layers: unknown[]; text: string };
  answers: ReviewItem[];
  ignoredAnswers: string[];
  /** The card for the admission desk, when the bill is settled at the hospital. */
  desk?: DeskView;
}
