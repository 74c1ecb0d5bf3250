import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { reseedFolder } from '@diplomacy-graph/ingest';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from './support/launch-chromium.ts';
import { screenshotOnFailure } from './support/screenshot-on-failure.ts';
import { type RunningServer, startApiServer } from './support/start-api-server.ts';

// The same dashboard over the graph that the real pipeline builds from seeds/ (load → extract →
// resolve → persist). Expectations come from the database or from the gold annotation of seed
// 000, never from a snapshot of today's extraction output.

let database: TestDatabase;
let server: RunningServer;
let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  database = await createTestDatabase();
  await reseedFolder();
  server = await startApiServer();
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(10_000);
});

afterEach(({ task }) => screenshotOnFailure(page, task));

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await database?.drop();
});

describe('the dashboard over the ingested seed articles', () => {
  it('counts what the database holds', async () => {
    const [people, events, articles] = await Promise.all([
      database.prisma.person.count(),
      database.prisma.event.count(),
      database.prisma.article.count(),
    ]);
    expect(articles).toBe(5);

    await page.goto(`${server.origin}/`);
    const stat = (label: string) => page.locator('.stat').filter({ hasText: label }).locator('dd');
    await stat('People').waitFor();
    expect(await stat('People').textContent()).toBe(people.toLocaleString('en'));
    expect(await stat('Events').textContent()).toBe(events.toLocaleString('en'));
    expect(await stat('Articles').textContent()).toBe('5');
  });

  it('pages through the events, twenty at a time', async () => {
    // Seed 000 alone reports more than twenty events (gold: 14 meetings, a visit, 6 gatherings).
    const total = await database.prisma.event.count();
    expect(total).toBeGreaterThan(20);

    await page.goto(`${server.origin}/events`);
    const rows = page.locator('.data-table tbody tr');
    await page.locator('.result-count', { hasText: `Showing 20 of ${total} events` }).waitFor();
    expect(await rows.count()).toBe(20);
    const firstPage = await rows.allTextContents();

    await page.getByRole('link', { name: 'Next 20 events' }).click();
    await page.locator('.result-count', { hasText: `A later page of ${total} events` }).waitFor();
    expect(await rows.count()).toBe(Math.min(20, total - 20));
    expect(await rows.first().textContent()).not.toBe(firstPage[0]);
  });

  it('shows Lương Cường meeting Ishiba Shigeru in Lima, with the sentence that says so', async () => {
    await page.goto(`${server.origin}/people?q=luong%20cuong`);
    await page
      .getByRole('list', { name: 'People' })
      .getByRole('link', { name: 'Lương Cường' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Lương Cường' }).waitFor();

    // One sentence names several counterparts; the fact is the one *with* Ishiba Shigeru.
    const meeting = page
      .locator('#meetings li.fact')
      .filter({ has: page.locator('.fact-meta', { hasText: 'with Ishiba Shigeru' }) });
    expect(await meeting.locator('.fact-meta').textContent()).toContain('Lima');
    // English and French articles both report it ("Ishiba Shigeru", "Shigeru Ishiba").
    const quotes = await meeting.locator('blockquote p').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((quote) => quote.includes('Ishiba'))).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
