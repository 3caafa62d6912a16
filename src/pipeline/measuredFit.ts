import { slideIdentity, type FitBudgets } from '../plan/fitBudgets.js';

/** A planned deck as far as the fit is concerned: its name, slide titles and the Markdown that is measured. */
export interface FitDeck {
  deck: { name: string; slides: { title: string }[] };
  markdown: string;
}

/** A slide found overflowing: `deck` is its deck's position in the list measured. */
export interface MeasuredOverflow {
  deck: number;
  slide: number;
  /** How far it runs below the body, in px; 0 when it runs off only sideways (no smaller budget helps). */
  belowPx: number;
}

export type MeasureDecks<D extends FitDeck> = (decks: D[]) => Promise<MeasuredOverflow[]>;

/** Plans again after the measure has found overflowing slides: at most this many times. */
const MAX_REPLANS = 4;
/** Cuts of one measurement's budgets before giving up on paging a run differently. */
const MAX_CUTS = 4;
/** No run is planned with less than this share of its lines (a slide of one line or two). */
const MIN_SHARE = 0.15;
/** A slide's body is about 500 px tall: one running N px below it is planned with N/500 less room, and a little more. */
const BODY_PX = 500;
const MARGIN_SHARE = 0.04;

/**
 * Measures every deck, plans again those with a slide whose content runs off (that slide's run of
 * slides with a smaller budget, see FitBudgets), and measures those again, until every slide fits or
 * a smaller budget changes nothing. Returns the decks to write, and the slides that still overflow.
 * Budgets start from the estimate each build: a deck fitted by an earlier build is measured again.
 */
export async function measuredFit<D extends FitDeck>(
  first: D[],
  replan: (budgets: FitBudgets) => D[],
  measure: MeasureDecks<D>,
  worthMeasuring: (deck: D) => Promise<boolean> = async () => true,
): Promise<{ decks: D[]; budgets: FitBudgets; overflowing: { deck: D; slide: number }[] }> {
  let decks = first;
  let budgets: FitBudgets = {};
  // A deck whose files an earlier build made from the same Markdown was measured then.
  const worth = await Promise.all(first.map(worthMeasuring));
  let measured = first.filter((_, index) => worth[index]);
  // Slides of decks no smaller budget planned differently: they are not measured again, but still run off.
  const stuck: { deck: D; slide: number }[] = [];
  for (let replans = 0; ; replans++) {
    const found = await measure(measured);
    const overflowing = found.map(({ deck, slide }) => ({ deck: measured[deck]!, slide }));
    const shrinkable = found.filter((overflow) => overflow.belowPx > 0);
    if (shrinkable.length === 0 || replans === MAX_REPLANS)
      return { decks, budgets, overflowing: [...stuck, ...overflowing] };
    // A smaller budget may page a run as before (its items are whole): each deck is cut again until
    // it is planned differently, whether or not another deck already changed.
    const position = (overflow: MeasuredOverflow) => decks.indexOf(measured[overflow.deck]!);
    let next = budgets;
    let replanned = decks;
    let unchanged = shrinkable;
    for (let cuts = 0; unchanged.length > 0 && cuts < MAX_CUTS; cuts++) {
      next = tightened(next, unchanged, measured);
      replanned = replan(next);
      unchanged = unchanged.filter(
        (overflow) => replanned[position(overflow)]!.markdown === decks[position(overflow)]!.markdown,
      );
    }
    const changed = replanned.filter((deck, index) => deck.markdown !== decks[index]!.markdown);
    stuck.push(...overflowing.filter(({ deck }) => replanned[decks.indexOf(deck)]!.markdown === deck.markdown));
    if (changed.length === 0) return { decks, budgets, overflowing: stuck };
    // Budgets are kept per deck: only the decks planned differently need measuring again.
    budgets = next;
    decks = replanned;
    measured = changed;
  }
}

/** Budgets with each overflowing slide's run cut by how far it ran below its slide, and a little more. */
function tightened<D extends FitDeck>(budgets: FitBudgets, found: MeasuredOverflow[], measured: D[]): FitBudgets {
  const next = { ...budgets };
  for (const { deck, slide, belowPx } of found) {
    const key = slideIdentity(measured[deck]!.deck.name, measured[deck]!.deck.slides[slide]!.title);
    const cut = Math.min(0.85, Math.max(0.5, 1 - belowPx / BODY_PX - MARGIN_SHARE));
    next[key] = Math.max(MIN_SHARE, Math.min(next[key] ?? 1, (budgets[key] ?? 1) * cut));
  }
  return next;
}
