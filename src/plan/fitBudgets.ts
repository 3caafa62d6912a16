/**
 * What a measured fit tells the planner (see src/pipeline/measuredFit.ts): for slides whose content ran
 * off in the browser, the share of their estimated lines they may fill when planned again. A slide
 * is known by its deck's name and its title without "(cont.)", which stay the same however its
 * content is paged, so every slide of a run that overflowed is planned with the smaller budget.
 */
export type FitBudgets = Readonly<Record<string, number>>;

/** The key of a slide in FitBudgets. */
export function slideIdentity(deck: string, title: string): string {
  return `${deck}\n${title.replace(/ \(cont\.\)$/, '')}`;
}

/** The share of lines a slide of `deck` titled so may fill (1 unless a measured fit said less). */
export function budgetShare(budgets: FitBudgets | undefined, deck: string): ((title: string) => number) | undefined {
  if (!budgets) return undefined;
  return (title) => budgets[slideIdentity(deck, title)] ?? 1;
}
