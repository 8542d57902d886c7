#!/usr/bin/env node
'use strict';
// On fewer than four cores the command runs in a Node with fewer V8 helper threads (bin/v8Pool.js).
const v8Pool = require('./v8Pool');
const pool = v8Pool.poolToRestartWith({
  cores: v8Pool.availableCores(),
  execArgv: process.execArgv,
  env: process.env,
  inputBytes: v8Pool.namedFileBytes(process.argv.slice(2)),
});
if (pool !== null) v8Pool.runRestarted(__filename, pool, run);
else {
  v8Pool.endWithParent();
  run();
}

function run() {
  // The CLI is built into one bundle, build/bundle/fundcheck.js (`npm run build:cli`, which `npm ci` runs through
  // `prepare`), loaded with its code cache (bin/loadBundle.js).
  const { loadBundle, BUNDLE } = require('./loadBundle');
  let cli;
  try {
    cli = loadBundle().cli;
  } catch (error) {
    if (error && error.code === 'ENOENT' && error.path === BUNDLE) {
      process.stderr.write('fundcheck: 尚未构建，请先运行 `npm run build:cli` (the CLI is not built yet)\n');
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  // A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go, which is no
  // error of ours. Stop quietly, as other command-line tools do, rather than with an unhandled EPIPE.
  // It still ends with the worst code of the files reported so far: a `| head` of a run with errors is not a success.
  // Any other failure to write the report (a full disk: ENOSPC, /dev/full) is said, and is exit 2: the report is lost.
  process.stdout.on('error', (error) => {
    const worst = Math.max(process.exitCode ?? 0, (cli.progress && cli.progress.worst) || 0);
    if (error && error.code === 'EPIPE') process.exit(worst);
    const reason = error && error.code === 'ENOSPC' ? '磁盘已满' : `无法写入（${(error && error.code) || '未知原因'}）`;
    process.stderr.write(`fundcheck: 报告没有写完：${reason} (the report could not be written)\n`);
    process.exit(2);
  });
  // The exit code is set, not forced with process.exit: output still queued for a pipe (`| jq`) is written first.
  cli.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write('fundcheck: 内部错误（程序缺陷），请报告给维护者；设置 FUNDCHECK_DEBUG=1 可显示详情 (internal error)\n');
      if (process.env.FUNDCHECK_DEBUG) process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 3;
    },
  );
}
