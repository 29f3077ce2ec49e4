/**
 * Finds the configuration file and loads its parser only when there is one,
 * because the YAML and schema libraries dominate start-up time.
 */

import { stat } from 'node:fs/promises';
import path from 'node:path';

import type { Config } from './config.js';

export const CONFIG_FILE_NAME = '.mta-sts-guard.yml';

/**
 * Loads the configuration from `explicitPath`, or from `.mta-sts-guard.yml`
 * in `cwd` when it exists. Returns null when there is no configuration.
 */
export async function loadConfig(cwd: string, explicitPath?: string): Promise<Config | null> {
  if (explicitPath === undefined) {
    const found = await stat(path.join(cwd, CONFIG_FILE_NAME)).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!found) return null;
  }
  const { readConfig } = await import('./config.js');
  return readConfig(cwd, explicitPath);
}
