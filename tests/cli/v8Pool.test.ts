// eslint-disable-next-line @typescript-eslint/no-require-imports -- bin/ is plain JavaScript, run before any build
const { poolToRestartWith, RESTART_FROM_BYTES } = require('../../bin/v8Pool') as {
  poolToRestartWith: (situation: { cores: number; execArgv: string[]; env: Record<string, string>; inputBytes: number }) => number | null;
  RESTART_FROM_BYTES: number;
};

describe('when the command restarts in a Node with fewer V8 helper threads (bin/v8Pool.js)', () => {
  const long = { cores: 2, execArgv: [] as string[], env: {} as Record<string, string>, inputBytes: RESTART_FROM_BYTES };

  it('on fewer than four cores, for a long job: one helper thread per core beyond the first, at least one', () => {
    expect(poolToRestartWith(long)).toBe(1);
    expect(poolToRestartWith({ ...long, cores: 1 })).toBe(1);
    expect(poolToRestartWith({ ...long, cores: 3 })).toBe(2);
  });

  it('never on four cores or more (Node’s default of four), nor for a short job', () => {
    expect(poolToRestartWith({ ...long, cores: 4 })).toBeNull();
    expect(poolToRestartWith({ ...long, cores: 64 })).toBeNull();
    expect(poolToRestartWith({ ...long, inputBytes: RESTART_FROM_BYTES - 1 })).toBeNull();
  });

  it('never twice, nor over a pool chosen by whoever started Node', () => {
    expect(poolToRestartWith({ ...long, env: { FUNDCHECK_V8_POOL: '1' } })).toBeNull();
    expect(poolToRestartWith({ ...long, execArgv: ['--v8-pool-size=4'] })).toBeNull();
    expect(poolToRestartWith({ ...long, env: { NODE_OPTIONS: '--max-old-space-size=4096 --v8-pool-size=8' } })).toBeNull();
    expect(poolToRestartWith({ ...long, env: { NODE_OPTIONS: '--max-old-space-size=4096' } })).toBe(1);
  });
});
