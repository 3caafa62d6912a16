import type { Settings } from '../settings.js';
import type { CheckedConfig } from './configSchema.js';
import { loadConfig } from './loadConfig.js';

/** The settings the config file gives (found from the working folder, or `explicit`); empty without one. */
export async function configSettings(explicit: string | undefined): Promise<Partial<Settings>> {
  const loaded = await loadConfig(process.cwd(), explicit);
  return loaded ? settingsOfConfig(loaded.config) : {};
}

/** Config keys mirror the flags; a few are named as the settings are. */
export function settingsOfConfig(config: CheckedConfig): Partial<Settings> {
  const { $schema: _schema, format, themes, authors, ...same } = config;
  return { ...same, formats: format, themesDirs: themes, displayNames: authors };
}
