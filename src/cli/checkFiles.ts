import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { checkFile, type FileResult } from './checkFile';

/** The default of `--jobs`: one worker per core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * A worker thread costs about 0.2 s of start-up (it loads the core again), which a few small files do not repay:
 * threads are used from this many files, or this many bytes of workbooks, on.
 */
const WORKERS_FROM_FILES = 10;
const WORKERS_FROM_BYTES = 8 * 1024 * 1024;

function worthWorkers(files: string[]): boolean {
  if (files.length >= WORKERS_FROM_FILES) return true;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += fs.statSync(file).size;
    } catch {
      // unreadable: its reason comes from checkFile
    }
  }
  return bytes >= WORKERS_FROM_BYTES;
}

/**
 * Check many files, `jobs` at a time on worker threads, yielding the results in the order of `files` as soon as
 * each and all before it are done. A single job, or a batch too small to repay the threads' start-up, runs in
 * this thread; so does everything when the CLI runs from its TypeScript sources (tests), with no worker script.
 */
export async function* checkFiles(files: string[], policy: string | undefined, jobs: number): AsyncGenerator<FileResult> {
  const script = path.join(__dirname, 'checkWorker.js');
  const workers = Math.min(jobs, files.length);
  if (workers <= 1 || !fs.existsSync(script) || !worthWorkers(files)) {
    for (const file of files) yield await checkFile(file, policy);
    return;
  }
  const results: (FileResult | undefined)[] = new Array(files.length);
  let next = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  const pool = Array.from({ length: workers }, () => new Worker(script, { workerData: { policy } }));
  const feed = (worker: Worker) => {
    if (next < files.length) worker.postMessage({ index: next, file: files[next++] });
  };
  for (const worker of pool) {
    worker.on('message', (message: { index: number; result: FileResult }) => {
      results[message.index] = message.result;
      feed(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    feed(worker);
  }
  try {
    for (let i = 0; i < files.length; i++) {
      while (results[i] === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      yield results[i]!;
      results[i] = undefined; // let the report go once printed
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
