/**
 * The language decks are marked with (`<html lang>` and each slide's `lang`): the user's locale, as
 * marp-cli takes it, but as a valid language tag ("de_DE.UTF-8" → "de-DE"; "C" or none → "en").
 */
export function documentLanguage(env: NodeJS.ProcessEnv = process.env): string {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').split(/[.@]/)[0]!.replace(/_/g, '-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : 'en';
}
