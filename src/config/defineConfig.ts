import type { RecapdeckConfig } from './configTypes.js';

/** Types a recapdeck.config.ts: `export default defineConfig({ theme: 'recap-dark' })`. It returns the config unchanged. */
export function defineConfig(config: RecapdeckConfig): RecapdeckConfig {
  return config;
}
