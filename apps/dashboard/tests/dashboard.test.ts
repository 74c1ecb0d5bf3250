import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from './support/launch-chromium.ts';
import { findSentence, insertLimaScenario, limaScenario } from './support/lima-scenario.ts';
import { screenshotOnFailure } from './support/screenshot-on-failure.ts';
import { type RunningServer, startApiServer } from './support/start-api-server.ts';

// The built dashboard, served by the real API over a real Postgres database, driven by a real
// Chromium. Each test reads like what an analyst does.

let database: TestDatabase;
let server: RunningServer;
let chromium: Chromium;
let page: Page;
let pageErrors: string[];
let articleId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ articleId } = await insertLimaScenario(database.prisma));
  server = await startApiServer();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await database?.drop();
});

beforeEach(async () => {
  page = await chromium.context.newPage();
  // Fail within seconds with the locator that did not match, not at the test's timeout.
  page.setDefaultTimeout(10_000);
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async ({ task }) => {
  await screenshotOnFailure(page, task);
  await page.close();
  // A page that renders but throws is still broken.
  expect(pageErrors).toEqual([]);
});

async function textOf(locator: ReturnType<Page['locator']>): Promise<string> {
  await locator.waitFor();
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('the dashboard', () => {
  it('the dashboard shell loads', async () => {
    await page.goto(`${server.origin}/`);

    expect(await page.title()).toBe('Diplomacy Graph');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    for (const section of ['Overview', 'People', 'Events', 'Countries']) {
      expect(await nav.getByRole('link', { name: section }).isVisible()).toBe(true);
    }
    expect(await textOf(page.locator('.health'))).toMatch(
      /^API ok · database answering in \d+ ms$/,
    );

    const stat = (label: string) => page.locator('.stat').filter({ hasText: label }).locator('dd');
    expect(await textOf(stat('People'))).toBe('3');
    expect(await textOf(stat('Events'))).toBe('6');
    expect(await textOf(stat('Articles'))).toBe('1');
    expect(await textOf(stat('Countries'))).toBe('3');
    // The latest dated event comes first.
    expect(await textOf(page.locator('.data-table tbody tr').first())).toContain(
      'Farewell ceremony at Jorge Chavez Airport',
    );
  });

  it('finds a person without diacritics and shows a meeting with its evidence sentence', async () => {
    await page.goto(`${server.origin}/people`);
    expect(await textOf(page.locator('.result-count'))).toBe('3 people');
    await page.getByLabel('Search leaders and officials').fill('luong cuong');
    await page
      .locator('.result-count')
      .filter({ hasText: /^1 person$/ })
      .waitFor();

    const results = page.getByRole('list', { name: 'People' });
    await results.getByRole('link', { name: 'Lương Cường' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lương Cường' }).waitFor();
    expect(await results.count()).toBe(0);
    expect(new URL(page.url()).pathname).toMatch(/^\/people\/.+/);
    expect(await page.title()).toBe('Lương Cường · Diplomacy Graph');

    const meeting = page.locator('#meetings li.fact').filter({ hasText: 'Ishiba Shigeru' });
    const facts = await textOf(meeting.locator('.fact-meta'));
    expect(facts).toContain('Lima, Japan'.replace('Japan', 'Peru'));
    expect(facts).toContain('with Ishiba Shigeru');
    expect(facts).toContain('during 2024 APEC Leaders’ Week');
    expect(await textOf(meeting.locator('blockquote p'))).toMatch(
      /^Besides, he had numerous bilateral meetings .* Japanese Prime Minister Ishiba Shigeru\.$/,
    );

    // Every section of the page loaded (each is its own query): none shows an error.
    await page.locator('#timeline li').first().waitFor();
    expect(await page.locator('#timeline li').count()).toBe(6);
    expect(await page.getByRole('alert').count()).toBe(0);

    // The evidence links to its sentence, highlighted in the article.
    await meeting.getByRole('link', { name: '000_77aaa4e5c58be825.txt' }).click();
    await page.getByRole('heading', { level: 1, name: '000_77aaa4e5c58be825.txt' }).waitFor();
    const selected = await page.locator('mark[data-selected]').allTextContents();
    const article = await database.prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    const sentence = findSentence(article.text, limaScenario.sentences.ishibaMeeting);
    expect(selected.join('')).toBe(article.text.slice(sentence.start, sentence.end));
  });

  it('filters events by type, date range and person', async () => {
    await page.goto(`${server.origin}/events`);
    const count = page.locator('.result-count');
    const rows = page.locator('.data-table tbody tr');
    await count.filter({ hasText: /^6 events$/ }).waitFor();

    const form = page.getByRole('form', { name: 'Filter events' });
    await form.getByLabel('Type').selectOption('VISIT');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await count.filter({ hasText: /^1 event$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('type')).toBe('VISIT');
    expect(await rows.locator('td').allTextContents()).toEqual([
      'November 2024',
      'Official visit to Peru',
      'Dina Boluarte, Lương Cường',
      'Lima, Peru',
    ]);

    await page.getByRole('link', { name: 'Clear' }).click();
    await count.filter({ hasText: /^6 events$/ }).waitFor();
    await form.getByLabel('From').fill('2024-11-16');
    await form.getByLabel('To').fill('2024-11-16');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await count.filter({ hasText: /^1 event$/ }).waitFor();
    expect(await textOf(rows)).toContain('Farewell ceremony at Jorge Chavez Airport');

    await page.getByRole('link', { name: 'Clear' }).click();
    await form.getByLabel('Person').fill('Ishiba');
    await form.getByRole('button', { name: 'Apply filters' }).click();
    await count.filter({ hasText: /^1 event$/ }).waitFor();
    expect(await textOf(rows)).toContain('Bilateral meeting');
  });

  it('shows an event with its participants in their roles, its parts and its evidence', async () => {
    await page.goto(`${server.origin}/events?type=VISIT`);
    await page.locator('.data-table').getByRole('link', { name: 'Official visit to Peru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Official visit to Peru' }).waitFor();

    const participants = page.locator('.participant-list li');
    expect(await participants.allTextContents()).toEqual([
      'Dina BoluarteHost',
      'Lương CườngVisitor',
    ]);
    expect(await textOf(page.locator('.evidence p'))).toBe(
      'The State President paid an official visit to Peru at the invitation of Peruvian President Dina Boluarte.',
    );
    const within = page.getByRole('table', { name: 'Events that took place within it' });
    expect(await within.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(['Talks', 'Grand Cross of the Order of the Sun of Peru']),
    );
  });
});

describe('countries', () => {
  it('shows a country and its bilateral relations with another', async () => {
    await page.goto(`${server.origin}/`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Countries' })
      .click();
    await page
      .getByRole('table', { name: '3 countries' })
      .getByRole('link', { name: 'Vietnam' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Vietnam' }).waitFor();

    await page.getByLabel('Relations with').selectOption('PE');
    expect(new URL(page.url()).searchParams.get('with')).toBe('PE');
    const count = (label: string) =>
      page.locator('.relations .stat').filter({ hasText: label }).locator('dd');
    expect(await textOf(count('Meetings'))).toBe('1');
    expect(await textOf(count('Visits'))).toBe('1');
    expect(await textOf(count('Awards'))).toBe('1');
    expect(await textOf(count('Agreements'))).toBe('0');
    expect(await page.locator('.relations .evidence').count()).toBe(3);
    expect(await textOf(page.locator('#visits-out-heading'))).toBe('Visits abroad 1');
  });
});

describe('when the API goes away', () => {
  it('says so clearly instead of showing a blank page', async () => {
    const doomed = await startApiServer();
    await page.goto(`${doomed.origin}/`);
    await page.getByRole('heading', { name: 'Events by type' }).waitFor();

    await doomed.close();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People' })
      .click();

    const alert = page.getByRole('alert');
    expect(await textOf(alert.getByRole('heading'))).toBe('The API is not reachable');
    expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  });
});
