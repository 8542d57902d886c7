import { POLICY_PRESETS } from '../core';
import { UsageError } from './args';
import { TEXT } from './messages';

/** Resolve `--policy` once, before any file is read, so a typo costs one clear line rather than one per file. */
export function checkPolicy(name: string | undefined): void {
  if (name === undefined) return;
  if (POLICY_PRESETS.some((p) => p.name === name)) return;
  throw new UsageError(TEXT.unknownPolicy(name, POLICY_PRESETS.map((p) => p.name)));
}
