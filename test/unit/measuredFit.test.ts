import { describe, expect, it } from 'vitest';
import { measuredFit, type FitDeck, type MeasuredOverflow } from '../../src/pipeline/measuredFit.js';
import { slideIdentity, type FitBudgets } from '../../src/plan/fitBudgets.js';

/**
 * A deck of one slide that pages differently only once its budget is below `pagesAt`: its Markdown
 * names the budget it was planned with, rounded to where its paging changes.
 */
function deckPlanner(name: string, pagesAt: number) {
  return (budgets: FitBudgets): FitDeck => {
    const share = budgets[slideIdentity(name, 'Talk')] ?? 1;
    return {
      deck: { name, slides: [{ title: 'Talk' }] },
      markdown: share < pagesAt ? `${name}: paged smaller` : `${name}: as estimated`,
    };
  };
}

/** A measure that finds every deck still as estimated running `belowPx` off its only slide. */
function measureEstimated(belowPx: number) {
  const measuredDecks: string[][] = [];
  const measure = async (decks: FitDeck[]): Promise<MeasuredOverflow[]> => {
    measuredDecks.push(decks.map((deck) => deck.deck.name));
    return decks.flatMap((deck, index) =>
      deck.markdown.endsWith('as estimated') ? [{ deck: index, slide: 0, belowPx }] : [],
    );
  };
  return { measure, measuredDecks };
}

describe('measuredFit', () => {
  it('cuts a deck again until it pages differently, even when another deck changed at the first cut', async () => {
    // One cut (to 0.85 of its lines) changes the first deck; the second needs a budget below 0.6.
    const planners = [deckPlanner('quick', 0.9), deckPlanner('stubborn', 0.6)];
    const plan = (budgets: FitBudgets) => planners.map((planner) => planner(budgets));
    const { measure, measuredDecks } = measureEstimated(20);
    const fitted = await measuredFit(plan({}), plan, measure);
    expect(fitted.decks.map((deck) => deck.markdown)).toEqual(['quick: paged smaller', 'stubborn: paged smaller']);
    expect(fitted.overflowing).toEqual([]);
    expect(measuredDecks).toEqual([
      ['quick', 'stubborn'],
      ['quick', 'stubborn'],
    ]);
  });

  it('reports the slides of a deck no smaller budget changes, while it goes on fitting the others', async () => {
    const planners = [deckPlanner('quick', 0.9), deckPlanner('unchangeable', 0)];
    const plan = (budgets: FitBudgets) => planners.map((planner) => planner(budgets));
    const { measure } = measureEstimated(20);
    const fitted = await measuredFit(plan({}), plan, measure);
    expect(fitted.decks.map((deck) => deck.markdown)).toEqual(['quick: paged smaller', 'unchangeable: as estimated']);
    expect(fitted.overflowing.map(({ deck, slide }) => `${deck.deck.name} ${slide}`)).toEqual(['unchangeable 0']);
  });
});
