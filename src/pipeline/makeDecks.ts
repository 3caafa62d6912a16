import { dirname, resolve } from 'node:path';
import { readLocalImages, type LocalImage } from '../export/localImages.js';
import type { MarpWorker } from '../export/slides/marpWorker.js';
import type { Conference } from '../model/types.js';
import type { FitBudgets } from '../plan/fitBudgets.js';
import type { Settings } from '../settings.js';
import { loadThemes, resolveTheme, type Theme } from '../themes.js';
import { loadConference } from './loadNotes.js';
import { findMarpDeck, marpDeck, withDefaultTheme } from './marpDeckInput.js';
import { renderDecks, withLocalImages, type ExportedDeck, type RenderedDeck } from './renderDecks.js';

/** The notes a run reads: files, and the notes of the file `-` (read from stdin by the CLI). */
export interface NotesInput {
  files: string[];
  stdin?: string | Uint8Array | undefined;
}

export interface DeckThemes {
  theme: Theme;
  themes: Theme[];
}

/** The decks of one run, planned by estimate, and how to plan them again with smaller budgets. */
export interface MadeDecks extends DeckThemes {
  conference: Conference;
  decks: ExportedDeck[];
  /** The decks planned again where a measured fit found slides overflowing (see measuredFit). */
  replan: (fit: FitBudgets) => ExportedDeck[];
  /** The local images the decks show, by the name they get in images/. */
  images: Map<string, LocalImage>;
}

/** The theme the settings name, with every theme it may import; started first, as Marp's worker needs them to start. */
export function loadDeckThemes(settings: Pick<Settings, 'theme' | 'themesDirs'>): Promise<DeckThemes> {
  const ready = loadThemes(settings.themesDirs).then((loaded) => resolveTheme(settings.theme, loaded));
  // A theme that fails to load is reported where it is awaited.
  ready.catch(() => undefined);
  return ready;
}

/**
 * The pipeline `build`, `build --watch`, `serve` and the API share: notes → conference (load,
 * merge) → decks (themes, plan, render to Marp Markdown) with their local images. A Marp deck
 * given as input is the one deck it is.
 */
export async function makeDecks(
  input: NotesInput,
  settings: Settings,
  themesReady: Promise<DeckThemes>,
  marp: () => Promise<MarpWorker>,
): Promise<MadeDecks> {
  const { conference, plan, theme, themes } = await readDecks(input, settings, themesReady, marp);
  const plain = plan();
  const local = await readLocalImages(
    plain.map(({ markdown }) => markdown),
    { notesDirs: input.files.map((file) => dirname(resolve(file))), allowLocalFiles: settings.allowLocalFiles },
  );
  conference.warnings.push(...local.warnings);
  const replan = (fit: FitBudgets) => plan(fit).map((deck) => withLocalImages(deck, local.images));
  return {
    conference,
    theme,
    themes,
    decks: plain.map((deck) => withLocalImages(deck, local.images)),
    replan,
    images: local.images,
  };
}

/** The conference and a planner of its decks (given budgets from a measured fit); a Marp deck as input is the one deck it is, whatever the budgets. */
async function readDecks(
  input: NotesInput,
  settings: Settings,
  themesReady: Promise<DeckThemes>,
  marp: () => Promise<MarpWorker>,
): Promise<{ conference: Conference; plan: (fit?: FitBudgets) => RenderedDeck[] } & DeckThemes> {
  const given = await findMarpDeck(input.files, input.stdin);
  const { theme, themes } = await themesReady;
  if (given) {
    const markdown = withDefaultTheme(given.markdown, theme);
    const { conference, deck } = marpDeck(given, markdown, await (await marp()).slides(markdown), themes);
    return { conference, plan: () => [deck], theme, themes };
  }
  const conference = await loadConference(input.files, {
    displayNames: settings.displayNames,
    allowLocalFiles: settings.allowLocalFiles,
    allowRemote: settings.allowRemote,
    stdin: input.stdin,
    structure: settings.structure,
  });
  const plan = (fit?: FitBudgets) =>
    renderDecks(conference, {
      decks: settings.decks,
      theme,
      themes,
      size: settings.size,
      recap: settings.recap,
      minutes: settings.minutes,
      fit,
    });
  return { conference, plan, theme, themes };
}
