import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@diplomacy-graph/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './test-support/graphql-request.ts';
import { type Api, createApi } from './yoga.ts';

const KEY = 'ingest-test-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };
const seed = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../seeds/${file}`, import.meta.url)), 'utf8');

let database: TestDatabase;
let api: Api;

beforeAll(async () => {
  database = await createTestDatabase();
  api = createApi({ apiKey: KEY });
});
afterAll(() => database.drop());

/** Opens the eventAdded subscription over SSE and collects the event types it announces. */
async function subscribeToNewEvents() {
  const controller = new AbortController();
  const response = await api.fetch(
    'http://api.test/graphql?query=subscription%7BeventAdded%7Btype%7D%7D',
    { headers: { accept: 'text/event-stream' }, signal: controller.signal },
  );
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const types: string[] = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const reading = (async () => {
    for (;;) {
      const chunk = await reader?.read().catch(() => undefined);
      if (!chunk || chunk.done) return;
      for (const line of decoder.decode(chunk.value).split('\n')) {
        if (line.startsWith('data: ')) types.push(JSON.parse(line.slice(6)).data.eventAdded.type);
      }
    }
  })();
  return {
    types,
    close: async () => {
      controller.abort();
      await reader?.cancel().catch(() => {});
      await reading;
    },
  };
}

describe('ingestArticle and reseed', () => {
  it('ingests an article, announces its new events over SSE, and is idempotent', async () => {
    const subscription = await subscribeToNewEvents();
    const mutation = `mutation($text: String!) { ingestArticle(text: $text, fileName: "talks.txt") {
      newEventCount article { fileName language evidence(first: 1) { totalCount } } } }`;
    const first = await postGraphQL(api, mutation, {
      variables: { text: seed('002_30be981b207ae4f2.txt') },
      headers: AUTH,
    });
    expect(first.errors).toBeUndefined();
    const payload = (first.data as { ingestArticle: { newEventCount: number; article: object } })
      .ingestArticle;
    expect(payload.newEventCount).toBeGreaterThan(0);
    expect(payload.article).toMatchObject({ fileName: 'talks.txt', language: 'en' });
    await expect.poll(() => subscription.types.length).toBe(payload.newEventCount);
    await subscription.close();

    const again = await postGraphQL(api, mutation, {
      variables: { text: seed('002_30be981b207ae4f2.txt') },
      headers: AUTH,
    });
    expect(again.data).toMatchObject({ ingestArticle: { newEventCount: 0 } });
  });

  it('refuses text that is not an article with a clear message', async () => {
    const response = await postGraphQL(
      api,
      'mutation { ingestArticle(text: "   ") { newEventCount } }',
      {
        headers: AUTH,
      },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reseeds the graph from the seed articles', async () => {
    const response = await postGraphQL(
      api,
      'mutation { reseed { stats { articles events people } } }',
      {
        headers: AUTH,
      },
    );
    expect(response.errors).toBeUndefined();
    const stats = (response.data as { reseed: { stats: Record<string, number> } }).reseed.stats;
    expect(stats.articles).toBe(5);
    expect(stats.events).toBeGreaterThan(5);
    expect(stats.people).toBeGreaterThan(5);
  });
});
