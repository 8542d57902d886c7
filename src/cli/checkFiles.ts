import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { checkFile, type FileResult } from './checkFile';
import { TEXT } from './messages';

/**
 * The default of `--jobs`: one job per core the process may use and other work leaves free. On a machine already
 * busy (load average about the number of cores), a second thread only competes for the same core, and it costs
 * its own start-up and warm-up: measured on 2 cores under a load of 5, 200 files took 1.5× as long on two threads
 * as on one. Windows reports no load average (0): every core.
 */
export function defaultJobs(): number {
  const cores = availableCores();
  return Math.max(1, Math.min(cores, Math.ceil(cores - os.loadavg()[0])));
}

/** The cores this process may use: more jobs than these only compete for them (and each costs a thread's memory). */
export function availableCores(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Threads for `jobs` over `files`: `--jobs 9999` is the cores at most (199 workers on two cores took 3 GB and finished no sooner). */
export function threadsFor(jobs: number, files: number, cores: number): number {
  return Math.max(1, Math.min(jobs, files, cores));
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
 * Check many files, `jobs` at a time, yielding the results in the order of `files` as soon as each and all before
 * it are done. This thread is one of the jobs and `jobs − 1` worker threads are the others: each thread loads and
 * warms up the core anew, which a thread that would mostly wait for the others need not pay for. A single job, or
 * a batch too small to repay the threads' start-up, runs in this thread alone; so does everything when the CLI
 * runs from its TypeScript sources (tests), with no worker script.
 */
export async function* checkFiles(files: string[], policy: string | undefined, jobs: number): AsyncGenerator<FileResult> {
  const script = path.join(__dirname, 'checkWorker.js');
  const workers = threadsFor(jobs, files.length, availableCores());
  if (workers <= 1 || !fs.existsSync(script) || !worthWorkers(files)) {
    for (const file of files) yield await checkFile(file, policy);
    return;
  }
  const results: (FileResult | undefined)[] = new Array(files.length);
  let next = 0;
  /** Files handed back by a worker that died before it started them: checked by whoever asks next. */
  const returned: number[] = [];
  let wake: (() => void) | undefined;
  let stopped = false;
  // FUNDCHECK_WORKER_HEAP_MB caps each worker's heap (an administrator's limit, and how the tests make one run out).
  const heap = Number(process.env.FUNDCHECK_WORKER_HEAP_MB);
  const options = { workerData: { policy }, ...(heap > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heap } } : {}) };
  const pool = Array.from({ length: workers - 1 }, () => new Worker(script, options));
  const inFlight = new Map<Worker, number[]>(pool.map((w) => [w, []]));
  const take = (): number | undefined => (returned.length > 0 ? returned.shift() : next < files.length ? next++ : undefined);
  const feed = (worker: Worker) => {
    const index = take();
    if (index === undefined) return;
    inFlight.get(worker)!.push(index);
    worker.postMessage({ index, file: files[index] });
  };
  // This thread's share: the next file not yet handed out, one at a time, between the workers' messages.
  const checkHere = async () => {
    for (let index = take(); !stopped && index !== undefined; index = take()) {
      results[index] = await checkFile(files[index], policy);
      wake?.();
    }
  };
  for (const worker of pool) {
    worker.on('message', (message: { index: number; result: FileResult }) => {
      results[message.index] = message.result;
      inFlight.set(
        worker,
        inFlight.get(worker)!.filter((i) => i !== message.index),
      );
      feed(worker);
      wake?.();
    });
    // A worker that runs out of memory (or fails, or ends) costs the file it was checking one line of its own; the
    // file queued behind it goes back to the others, and the run goes on without that worker.
    const lose = (error: Error & { code?: string }) => {
      if (!inFlight.has(worker)) return;
      const [dying, ...queued] = inFlight.get(worker)!;
      inFlight.delete(worker);
      if (dying !== undefined) {
        const file = files[dying];
        results[dying] =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { kind: 'unreadable', file, message: TEXT.outOfMemory(file) }
            : { kind: 'internal', file, detail: error.stack ?? error.message };
      }
      returned.push(...queued);
      // With no worker left, this thread checks what remains (it may be done with its own share already).
      if (inFlight.size === 0 && !stopped) here = here.then(checkHere);
      wake?.();
    };
    worker.on('error', lose);
    worker.on('exit', (code) => lose(new Error(`worker exited with code ${code}`)));
    // Two files queued per worker: one to start on while this thread, busy with its own file, has not yet read
    // the message that the other is done.
    feed(worker);
    feed(worker);
  }
  let here = checkHere();
  try {
    for (let i = 0; i < files.length; i++) {
      while (results[i] === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
      }
      yield results[i]!;
      results[i] = undefined; // let the report go once printed
    }
  } finally {
    stopped = true;
    await Promise.all([here, ...pool.map((worker) => worker.terminate())]);
  }
}
