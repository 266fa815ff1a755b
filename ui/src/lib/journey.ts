// The screens in the order a person meets them: the tab bar and the "下一步" panels follow it.
export const SCREENS = ["home", "check", "hospitals", "estimate", "consent", "people"] as const;
export type ScreenId = (typeof SCREENS)[number];
/** The journey: trip (home) → guide → hospital → estimate → read and sign (+ save and print) →
 * the person's file (plan saved, reminders). */
export const JOURNEY: readonly ScreenId[] = SCREENS;
