import { TEXT } from './messages';

/** What the user asked for, once the command line has been understood. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'check'; files: string[]; json: boolean; policy?: string; annotate?: string; jobs?: number; html?: string }
  | { kind: 'fill'; file: string; out: string; json: boolean; policy?: string; overwrite: boolean };

/** The command line cannot be understood; main prints the message and the usage text, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const VALUE_OPTIONS = new Set(['--policy', '--annotate', '--out', '--jobs', '--html']);
const FLAG_OPTIONS = new Set(['--json', '--overwrite', '--help', '-h']);
/** Options each command accepts, so `check --out` is an error rather than silently ignored. */
const ALLOWED: Record<'check' | 'fill', Set<string>> = {
  check: new Set(['--json', '--policy', '--annotate', '--jobs', '--html']),
  fill: new Set(['--json', '--policy', '--out', '--overwrite']),
};

export function parseArgs(argv: string[]): CliCommand {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true; // lets a file whose name starts with "-" through
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(TEXT.optionNeedsValue(name));
      options.set(name, value);
    } else if (FLAG_OPTIONS.has(name) && eq < 0) {
      options.set(name, true);
    } else {
      throw new UsageError(TEXT.unknownOption(arg));
    }
  }
  if (options.has('--help') || options.has('-h') || positional[0] === 'help') return { kind: 'help' };

  const [command, ...files] = positional;
  if (command === undefined) throw new UsageError(TEXT.noCommand);
  if (command !== 'check' && command !== 'fill') throw new UsageError(TEXT.unknownCommand(command));
  for (const name of options.keys()) if (!ALLOWED[command].has(name)) throw new UsageError(TEXT.optionNotFor(name, command));
  if (files.length === 0) throw new UsageError(TEXT.noFile);

  const text = (name: string) => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const json = options.has('--json');
  const policy = text('--policy');
  if (command === 'check') {
    const annotate = text('--annotate');
    // A Word copy marks the report's text: its .docx, with the workbook of its tables if given.
    const annotatesReport = annotate !== undefined && annotate.toLowerCase().endsWith('.docx');
    if (annotatesReport && !(files.length <= 2 && files.filter((f) => f.toLowerCase().endsWith('.docx')).length === 1))
      throw new UsageError(TEXT.annotateReport);
    if (annotate !== undefined && !annotatesReport && files.length !== 1) throw new UsageError(TEXT.oneFileOnly('check --annotate'));
    const jobsText = text('--jobs');
    if (jobsText !== undefined && !/^[1-9]\d{0,3}$/.test(jobsText)) throw new UsageError(TEXT.badJobs(jobsText));
    const jobs = jobsText !== undefined ? Number(jobsText) : undefined;
    const html = text('--html');
    if (html !== undefined && annotate !== undefined) throw new UsageError(TEXT.htmlWithAnnotate);
    if (html !== undefined && !/\.html?$/i.test(html)) throw new UsageError(TEXT.htmlNotHtml(html));
    return {
      kind: 'check',
      files,
      json,
      ...(policy !== undefined ? { policy } : {}),
      ...(annotate !== undefined ? { annotate } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      ...(html !== undefined ? { html } : {}),
    };
  }
  if (files.length !== 1) throw new UsageError(TEXT.oneFileOnly('fill'));
  const out = text('--out');
  if (out === undefined) throw new UsageError(TEXT.outRequired);
  return { kind: 'fill', file: files[0], out, json, overwrite: options.has('--overwrite'), ...(policy !== undefined ? { policy } : {}) };
}
