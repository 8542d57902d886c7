import { parentPort, workerData } from 'worker_threads';
import { checkFile } from './checkFile';

/** A worker thread of `check FILE...`: checks the files it is sent, one at a time, and posts each result back. */
const { policy } = workerData as { policy?: string };
parentPort!.on('message', (job: { index: number; file: string }) => {
  void checkFile(job.file, policy).then((result) => parentPort!.postMessage({ index: job.index, result }));
});
