// The screens in the order a person meets them: the tab bar and the "下一步" panels follow it.
export const SCREENS = ["home", "check", "hospitals", "estimate", "consent", "people"] as const;
export type ScreenId = (typeof SCREENS)[number];
/** The journey: trip (home) → guide → hospital → estimate → read and sign (+ save and print) →
 * the person's file (plan saved, reminders). */
export const JOURNEY: readonly ScreenId[] = SCREENS;

/** What the "下一步" panel at the end of a screen offers: the next screen and the text key of
 * its button and hint (`ui-next-step-<key>`), or null at the end of the journey.
 * - After the guide, someone already discharged (stage `discharged`: paid in full, only the
 *   claim at home remains) has no hospital left to choose: the next step is their file.
 * - At a service-centre desk nothing is kept for the next client: the last step is the desk
 *   card (print, then "next client"), not a family file. */
export function nextStep(
  screen: ScreenId,
  context: { desk: boolean; stage: string | null },
): { next: ScreenId; key: string } | null {
  const index = JOURNEY.indexOf(screen);
  if (index < 0 || index >= JOURNEY.length - 1) return null;
  const afterTrip = screen === "check" && context.stage === "discharged";
  const next = afterTrip ? "people" : JOURNEY[index + 1];
  const key = next === "people" && context.desk ? "people-desk" : afterTrip ? "people-after-trip" : next;
  return { next, key };
}
