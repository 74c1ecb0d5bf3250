import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, loadArticleText } from './load-article.ts';
import { ArticleLoadError } from './load-error.ts';

const ENGLISH =
  'The President of the Republic met the Prime Minister of the country in the capital on Monday and the two leaders held talks on trade.';
const FRENCH =
  'Le président de la République a rencontré le Premier ministre dans la capitale et les deux dirigeants ont eu des entretiens sur le commerce.';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'load-article-'));
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function loadError(path: string): Promise<ArticleLoadError> {
  const error = await loadArticle(path).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ArticleLoadError);
  return error as ArticleLoadError;
}

describe('bad input gives a clear per-file reason', () => {
  it('refuses an empty file', async () => {
    expect((await loadError(await file('empty.txt', ''))).code).toBe('EMPTY');
    expect((await loadError(await file('blank.txt', ' \n\n  \t'))).code).toBe('EMPTY');
  });
  it('refuses binary content', async () => {
    const error = await loadError(
      await file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
    );
    expect(error.code).toBe('BINARY');
  });
  it('refuses invalid UTF-8', async () => {
    const error = await loadError(
      await file(
        'latin1.txt',
        new Uint8Array([0x50, 0x72, 0xe9, 0x73, 0x69, 0x64, 0x65, 0x6e, 0x74]),
      ),
    );
    expect(error.code).toBe('INVALID_UTF8');
    expect(error.message).toMatch(/UTF-8/);
  });
  it('refuses a 20 MB file without reading it', async () => {
    const path = join(dir, 'huge.txt');
    const handle = await open(path, 'w');
    await handle.truncate(20 * 1024 * 1024);
    await handle.close();
    const error = await loadError(path);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/20\.0 MB/);
  });
  it('names an unsupported language', async () => {
    const german =
      'Der Präsident der Republik hat sich mit dem Ministerpräsidenten getroffen und die beiden haben über den Handel gesprochen, und das ist nicht alles, was sie auf der Konferenz für die Zukunft besprochen haben.';
    const error = await loadError(await file('de.txt', german));
    expect(error.code).toBe('UNSUPPORTED_LANGUAGE');
    expect(error.message).toMatch(/German/);
  });
  it('refuses unknown file types', async () => {
    expect((await loadError(await file('article.pdf', ENGLISH))).code).toBe('UNSUPPORTED_TYPE');
  });
});

describe('formats and normalization', () => {
  it('reads English and French', async () => {
    expect((await loadArticle(await file('en.txt', ENGLISH))).language).toBe('en');
    expect((await loadArticle(await file('fr.txt', FRENCH))).language).toBe('fr');
  });
  it('reduces HTML to text with a parser, dropping scripts', async () => {
    const html = `<html><head><title>x</title><script>var President = 1;</script></head><body><h1>Leaders meet</h1><p>${ENGLISH}</p><p>Second &amp; last paragraph of the story.</p></body></html>`;
    const article = await loadArticle(await file('a.html', html));
    expect(article.text).not.toMatch(/var President/);
    expect(article.text).toContain('Second & last paragraph');
    expect(article.title).toBe('Leaders meet');
  });
  it('strips Markdown markup', async () => {
    const article = await loadArticle(
      await file('a.md', `# Leaders meet\n\n**${ENGLISH}** See [the report](http://x.y/z).`),
    );
    expect(article.text).not.toMatch(/[*#[\]]/);
    expect(article.text).toContain('See the report.');
  });
  it('normalizes to NFC and hashes the normalized text', () => {
    const decomposed = loadArticleText('a.txt', `HÀ NỘI — ${ENGLISH}`.normalize('NFD'));
    const composed = loadArticleText('b.txt', `HÀ NỘI — ${ENGLISH}`.normalize('NFC'));
    expect(decomposed.text).toBe(composed.text);
    expect(decomposed.contentHash).toBe(composed.contentHash);
    expect(decomposed.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('layout', () => {
  it.each([
    ['LIMA — ', 'LIMA', null, null],
    ['Lima (VNA) – ', 'Lima', 'VNA', null],
    [' date 2024-11-17 HÀ NỘI — ', 'HÀ NỘI', null, '2024-11-17'],
    ['PARIS, 12 mars 2025 (AFP) - ', 'PARIS', 'AFP', '2025-03-12'],
  ])('reads the dateline %j', (prefix, dateline, agency, published) => {
    const article = loadArticleText('a.txt', `${prefix}${ENGLISH}`);
    expect(article.dateline).toBe(dateline);
    expect(article.sourceAgency).toBe(agency);
    expect(article.published).toBe(published);
    const body = article.units.find((unit) => unit.kind === 'body');
    expect(article.text.slice(body?.start, body?.end)).toBe(ENGLISH);
  });

  it('keeps captions apart, drops bylines, image names, signatures and teasers', () => {
    const text = [
      'Ministers meet in the capital',
      'By Jane Reporter',
      'The Foreign Minister greets his guest at the airport. (Photo: VNA)',
      ENGLISH,
      'guest.webp',
      'The talks lasted two hours and the sides signed an agreement on trade. — VNS',
      'See more',
      'Prime Minister Someone Else attended an unrelated event elsewhere.',
    ].join('\n\n');
    const article = loadArticleText('a.txt', text);
    const units = article.units.map((unit) => [
      unit.kind,
      article.text.slice(unit.start, unit.end),
    ]);
    expect(units).toEqual([
      ['title', 'Ministers meet in the capital'],
      ['caption', 'The Foreign Minister greets his guest at the airport.'],
      ['body', ENGLISH],
      ['body', 'The talks lasted two hours and the sides signed an agreement on trade.'],
    ]);
    expect(article.sourceAgency).toBe('VNS');
    expect(article.text.slice(article.teaser?.start)).toMatch(/^See more/);
  });

  it('reads a page date line', () => {
    expect(
      loadArticleText(
        'a.txt',
        `Title of the story here\n\nMonday, May 26, 2025 - 16:40\n\n${ENGLISH}`,
      ).published,
    ).toBe('2025-05-26');
    expect(
      loadArticleText('a.txt', `Source: Xinhua | 2025-03-03 21:04:15 | Editor: x\n\n${ENGLISH}`)
        .sourceAgency,
    ).toBe('XINHUA');
  });

  it('reads "Publié le … à 07h12", "Published on …" and a date line with "à" before the hour', () => {
    const published = (head: string, body: string) =>
      loadArticleText('a.txt', `Titre de l'article\n\n${head}\n\n${body}`).published;
    expect(published('Publié le 3 février 2025 à 07h12', FRENCH)).toBe('2025-02-03');
    expect(published('Mis à jour le 4 février 2025 à 18h40', FRENCH)).toBe('2025-02-04');
    expect(published('Published on June 9, 2025 at 10:15 GMT', ENGLISH)).toBe('2025-06-09');
    expect(published('09/06/2025 à 19:30', FRENCH)).toBe('2025-06-09');
  });

  it('reads wire headers: agency and date before the story, a dateline with a region', () => {
    const load = (head: string, body: string) =>
      loadArticleText('a.txt', `Title of the story\n\n${head}\n\n${body}`);
    const kyodo = load(
      'KYODO NEWS - Feb 22, 2025 - 18:40 | World, All',
      `KUALA LUMPUR - ${ENGLISH}`,
    );
    expect([kyodo.published, kyodo.sourceAgency, kyodo.dateline]).toEqual([
      '2025-02-22',
      'KYODO',
      'KUALA LUMPUR',
    ]);
    expect(load('Published - July 03, 2025 01:05 am IST', ENGLISH).published).toBe('2025-07-03');
    expect(load('March 18, 2025 4:10 PM GMT+3', ENGLISH).published).toBe('2025-03-18');
    const ap = loadArticleText(
      'a.txt',
      `Title of the story\n\nTHE HAGUE, Netherlands (AP) — ${ENGLISH}`,
    );
    expect([ap.dateline, ap.sourceAgency]).toEqual(['THE HAGUE', 'AP']);
  });

  it('keeps the day of a dateline without a year for extraction to complete', () => {
    const xinhua = loadArticleText(
      'a.txt',
      `Titre de l'article\n\nABUJA, 11 janvier (Xinhua) -- ${FRENCH}`,
    );
    expect([xinhua.dateline, xinhua.published, xinhua.datelineDay]).toEqual([
      'ABUJA',
      null,
      { month: 1, day: 11 },
    ]);
    const dated = loadArticleText(
      'a.txt',
      `Titre de l'article\n\nPARIS, 12 mars 2025 (AFP) - ${FRENCH}`,
    );
    expect([dated.published, dated.datelineDay]).toEqual(['2025-03-12', null]);
  });

  it("takes an HTML page's <time datetime> when the text prints no date", () => {
    const page = (meta: string) =>
      `<html><body><article><h1>Ministers meet</h1><p>${meta}</p><p>${ENGLISH}</p></article></body></html>`;
    expect(
      loadArticleText(
        'a.html',
        page('<time datetime="2025-04-02T09:30:00+07:00">Wednesday</time>'),
        'html',
      ).published,
    ).toBe('2025-04-02');
    expect(loadArticleText('a.html', page('Staff reporter'), 'html').published).toBeNull();
  });
});
