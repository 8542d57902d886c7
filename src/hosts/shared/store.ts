import type { WriteOp } from './HostAdapter';

/**
 * The add-in's entries in the workbook's own storage (Excel: document settings; WPS: what its adapter maps them
 * to). A large record is cut into parts of a bounded size under `${key}.${generation}.${n}`, and the entry at `key`
 * says which parts make it up. A new version writes its parts first and the header last, then deletes the old
 * parts, so a write that fails midway leaves the old version whole.
 */
export const STORE_PREFIX = 'FundCheck.';

export const STORE_KEYS = {
  highlights: 'FundCheck.highlights',
  fills: 'FundCheck.fills',
  settings: 'FundCheck.settings',
  /** The sheet 导出核对结果 wrote, by id: the next export replaces it, a check never reads it. */
  export: 'FundCheck.export',
} as const;

export interface StoreLimits {
  /** Characters of one stored part: well under one request (Excel on the web: 5 MB), so parts spread over syncs. */
  readonly partChars: number;
  /** Characters of one record in all its parts. */
  readonly maxChars: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { partChars: 256 * 1024, maxChars: 4 * 1024 * 1024 };

interface Header {
  v: 2;
  gen: number;
  parts: number;
  chars: number;
}

/** The text stored under `key`, reassembled from its parts; null when absent or damaged (a part missing or cut). */
export function readEntry(store: Map<string, string>, key: string): string | null {
  const head = store.get(key);
  if (head === undefined) return null;
  const header = parseHeader(head);
  if (!header) return head; // a plain entry (the settings, or records written before parts)
  let text = '';
  for (let i = 0; i < header.parts; i++) {
    const part = store.get(partKey(key, header.gen, i));
    if (part === undefined) return null;
    text += part;
  }
  return text.length === header.chars ? text : null;
}

/** The writes that store `text` under `key` (null removes it), given what the store holds now. */
export function writeEntry(store: Map<string, string>, key: string, text: string | null, limits: StoreLimits = DEFAULT_STORE_LIMITS): WriteOp[] {
  const old = [...store.keys()].filter((k) => k.startsWith(`${key}.`));
  const ops: WriteOp[] = [];
  if (text !== null && text.length <= limits.partChars && !parseHeader(text)) {
    ops.push({ kind: 'store', key, value: text });
  } else if (text !== null) {
    if (text.length > limits.maxChars) throw new RangeError(`record of ${text.length} characters exceeds ${limits.maxChars}`);
    const previous = parseHeader(store.get(key) ?? '');
    const gen = previous ? previous.gen + 1 : 1;
    const parts = Math.ceil(text.length / limits.partChars);
    for (let i = 0; i < parts; i++) ops.push({ kind: 'store', key: partKey(key, gen, i), value: text.slice(i * limits.partChars, (i + 1) * limits.partChars) });
    const header: Header = { v: 2, gen, parts, chars: text.length };
    ops.push({ kind: 'store', key, value: JSON.stringify(header) });
  } else if (store.has(key)) {
    ops.push({ kind: 'store', key, value: null });
  }
  const fresh = new Set(ops.map((op) => (op.kind === 'store' ? op.key : '')));
  for (const k of old) if (!fresh.has(k)) ops.push({ kind: 'store', key: k, value: null });
  return ops;
}

function partKey(key: string, gen: number, i: number): string {
  return `${key}.${gen}.${i}`;
}

function parseHeader(text: string): Header | null {
  if (!text.startsWith('{"v":2,"gen"')) return null;
  try {
    const h = JSON.parse(text) as Header;
    return Number.isInteger(h.gen) && Number.isInteger(h.parts) && Number.isInteger(h.chars) ? h : null;
  } catch {
    return null;
  }
}
