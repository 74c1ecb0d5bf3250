import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from './extract-files.ts';

describe('extractFiles', () => {
  it('reports each bad file and goes on with the batch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'extract-files-'));
    await writeFile(
      join(dir, 'a-good.txt'),
      'HANOI — Vietnamese President Vo Van Thuong held talks with visiting Cuban President Miguel Díaz-Canel in the capital on the same day.',
    );
    await writeFile(join(dir, 'b-empty.txt'), '');
    await writeFile(join(dir, 'c-binary.txt'), new Uint8Array([0, 1, 2, 3]));
    await writeFile(
      join(dir, 'd-weather.txt'),
      'The weather in the north will be cold and wet for the rest of the week, and the rain will continue in the hills.',
    );
    await writeFile(join(dir, 'e-ignored.json'), '{}');
    const batch = await extractFiles([dir, join(dir, 'missing.txt')]);
    expect(batch.articles.map((a) => a.file)).toEqual(['a-good.txt', 'd-weather.txt']);
    expect(batch.articles[0]?.meetings[0]?.participants).toEqual([
      'Vo Van Thuong',
      'Miguel Díaz-Canel',
    ]);
    expect(batch.failures.map((f) => [f.file, f.code])).toEqual([
      ['b-empty.txt', 'EMPTY'],
      ['c-binary.txt', 'BINARY'],
      [join(dir, 'missing.txt'), 'UNREADABLE'],
    ]);
    expect(batch.notices.map((n) => n.file)).toEqual(['d-weather.txt']);
  });
});
