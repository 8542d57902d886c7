import { DEFAULT_POLICY, resolvePolicy } from '../core';
import { UsageError } from './args';
import { TEXT } from './messages';

/**
 * Resolve `--policy` once, before any file is read, so a typo costs one clear line rather than one per file.
 * The core throws RangeError for an unknown name; its message is passed on (it names the presets).
 */
export function checkPolicy(name: string | undefined): void {
  if (name === undefined) return;
  try {
    resolvePolicy(name);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(TEXT.unknownPolicy(name, error.message, knownPolicyNames(error.message)));
    throw error;
  }
}

/** The default preset is always valid; the others are named by the core's message when it lists them. */
function knownPolicyNames(message: string): string[] {
  return message.includes(DEFAULT_POLICY.name) ? [] : [DEFAULT_POLICY.name];
}
