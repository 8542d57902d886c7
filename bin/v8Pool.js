'use strict';
// Node gives V8 four helper threads whatever the machine (`--v8-pool-size`, default 4): they compile the hot
// functions with TurboFan (some 270 in a check of 300 sheets) and help the garbage collector. On a machine with
// fewer cores than that they take turns on the cores with the main thread, which waits for them. Measured on
// 2 cores (farm-bench, paired runs of `check --annotate` on 300 sheets): one helper thread took 0.87× the wall
// time of four, two took 0.91×. So on fewer than four cores, for a job long enough to repay it, the command starts
// Node once more, with one helper thread per core beyond the first. That costs one more Node start (0.13 s on that
// machine, half the check of one county's workbook): a job on less than RESTART_FROM_BYTES of workbooks, where the
// helper threads hardly matter, runs in the first process, and larger machines never restart.
const fs = require('fs');
const os = require('os');

const NODE_DEFAULT_POOL = 4;
/** Workbooks of this size take a second or more to check on 2 cores: 13% of that repays a Node start. */
const RESTART_FROM_BYTES = 512 * 1024;
/** Set in the restarted command's environment: it runs, it does not restart again. */
const RESTARTED = 'FUNDCHECK_V8_POOL';
/**
 * Passed on to the restarted command (Ctrl-C reaches it from the terminal as well; a second one is harmless). On
 * Windows the console itself sends Ctrl-C and the closing of its window to both processes, and child.kill would
 * end the child at once, without the cleanup its own handler does (the temporary file of a copy): there this
 * process only waits for the child to end.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const PASS_SIGNALS_ON = process.platform !== 'win32';

/**
 * The helper threads to restart with, or null to run in this process: already restarted, a pool chosen by whoever
 * started Node (`node --v8-pool-size=N`, NODE_OPTIONS), cores enough for Node's default, or a short job.
 */
function poolToRestartWith({ cores, execArgv, env, inputBytes }) {
  if (env[RESTARTED] !== undefined) return null;
  const options = [...execArgv, ...(env.NODE_OPTIONS || '').split(/\s+/)];
  if (options.some((option) => option.startsWith('--v8-pool-size'))) return null;
  if (cores >= NODE_DEFAULT_POOL || inputBytes < RESTART_FROM_BYTES) return null;
  return Math.max(1, cores - 1);
}

/** The size of the files named on the command line (the workbooks; an option's value that is no file counts 0). */
function namedFileBytes(args) {
  let bytes = 0;
  for (const arg of args) {
    try {
      const stat = fs.statSync(arg);
      if (stat.isFile()) bytes += stat.size;
    } catch {
      // not a file: an option, or a workbook the command itself will say it cannot read
    }
  }
  return bytes;
}

function availableCores() {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Run `script` again in a Node with `pool` helper threads, its output straight to ours, and end as it ends: the
 * same exit code, or the same signal. Calls `runHere` instead when no process can be started (out of processes).
 */
function runRestarted(script, pool, runHere) {
  // Required here: most runs never restart, and loading child_process costs them a few milliseconds.
  const { spawn } = require('child_process');
  let child;
  try {
    // An IPC channel beside the inherited streams: it closes when this process ends, however it ends (kill -9 too),
    // and the restarted command then ends itself (endWithParent) instead of writing OUT for nobody.
    child = spawn(process.execPath, [...process.execArgv, `--v8-pool-size=${pool}`, script, ...process.argv.slice(2)], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [RESTARTED]: String(pool) },
    });
  } catch {
    runHere();
    return;
  }
  let started = false;
  const forward = (signal) => {
    if (started && PASS_SIGNALS_ON) child.kill(signal);
  };
  child.once('spawn', () => {
    started = true;
    for (const signal of SIGNALS) process.on(signal, forward);
  });
  child.once('error', () => {
    if (!started) runHere();
  });
  child.once('exit', (code, signal) => {
    for (const name of SIGNALS) process.removeListener(name, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 3;
  });
}

/**
 * In the restarted command: end when the command that started it ends, whatever ended it. Its IPC channel closes
 * then; a SIGTERM to itself runs the same cleanup as a Ctrl-C (a copy's temporary file is removed). The channel does
 * not keep this process alive.
 */
function endWithParent() {
  if (process.env[RESTARTED] === undefined || typeof process.send !== 'function' || !process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

module.exports = { endWithParent, poolToRestartWith, availableCores, namedFileBytes, runRestarted, RESTARTED, RESTART_FROM_BYTES };
