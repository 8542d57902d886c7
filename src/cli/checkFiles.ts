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
 * Check many files, `jobs` at a time on worker threads, yielding the results in the order of `files` as soon as
 * each and all before it are done. One file or one job runs in this thread (a worker costs a core's start-up),
 * and so does everything when the CLI runs from its TypeScript sources (tests), where no worker script exists.
 */
export async function* checkFiles(files: string[], policy: string | undefined, jobs: number): AsyncGenerator<FileResult> {
  const script = path.join(__dirname, 'checkWorker.js');
  const workers = Math.min(jobs, files.length);
  if (workers <= 1 || !fs.existsSync(script)) {
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
