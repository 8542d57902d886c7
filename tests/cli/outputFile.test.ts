import * as fs from 'fs';
import * as path from 'path';
import { memoryIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { fixture, tempDir } from './helpers/testWorkbooks';

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('the output file', () => {
  it('refuses an existing read-only OUT and leaves it as it was, even for root', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'locked.xlsx');
    fs.writeFileSync(out, 'keep me');
    fs.chmodSync(out, 0o444);
    for (const argv of [['fill', fixture('yuepuhu-2020-blank-scores.xlsx'), '--out', out], ['check', '--annotate', out, fixture('bazhou-2020.xlsx')]]) {
      const { code, err } = await run(...argv);
      expect(code).toBe(2);
      expect(err).toMatch(/输出文件已存在且为只读，不覆盖/);
      expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    }
  });

  it('replaces an existing writable OUT', async () => {
    const out = path.join(tempDir(), 'old.xlsx');
    fs.writeFileSync(out, 'old');
    expect((await run('fill', fixture('yuepuhu-2020-blank-scores.xlsx'), '--out', out)).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes an OUT whose name is near the file-name limit, leaving no temporary file', async () => {
    const dir = tempDir();
    const out = path.join(dir, `${'评'.repeat(80)}${'a'.repeat(10)}.xlsx`); // 80×3 + 15 = 255 bytes
    expect(Buffer.byteLength(path.basename(out))).toBe(255);
    const { code, err } = await run('fill', fixture('yuepuhu-2020-blank-scores.xlsx'), '--out', out);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([path.basename(out)]);
  });

  it.each([
    ['a directory', (dir: string) => dir, /输出路径是一个目录/],
    ['a name past the limit', (dir: string) => path.join(dir, `${'a'.repeat(300)}.xlsx`), /文件名过长/],
    ['a missing folder', (dir: string) => path.join(dir, 'nowhere', 'out.xlsx'), /目录不存在/],
  ])('refuses %s as OUT with a reason', async (_label, make, reason) => {
    const { code, err } = await run('fill', fixture('yuepuhu-2020-blank-scores.xlsx'), '--out', make(tempDir()));
    expect(code).toBe(2);
    expect(err).toMatch(reason);
  });
});
