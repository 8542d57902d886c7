import * as fs from 'fs';
import * as path from 'path';
import { memoryIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

const SAMPLES = path.resolve(__dirname, '../../samples');
const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));

describe('the bundled samples', () => {
  it('are there (npm run demo reads one of them)', () => {
    expect(samples).toEqual(expect.arrayContaining(['bazhou-2020-balance.xlsx', 'hami-2019-analysis.xlsx', 'yuepuhu-2020-accounts.xlsx']));
  });

  it.each(samples)('%s is read and its tables are recognised', async (name) => {
    const io = memoryIo();
    const code = await main(['check', path.join(SAMPLES, name), '--json'], io);
    expect(io.err).toBe('');
    expect([0, 1]).toContain(code);
    expect(JSON.parse(io.out).tables.length).toBeGreaterThan(0);
  });
});
