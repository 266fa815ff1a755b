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
  location: string;
  primary: boolean;
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
}
