import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from './yoga.ts';

let root: string;
let api: Api;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dashboard-dist-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(root, 'assets', 'app-1a2b.js'), 'console.log("app")');
  api = createApi({ dashboardDir: root });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const get = (path: string) => api.fetch(`http://api.test${path}`);

describe('the dashboard on the API port', () => {
  it('serves index.html at / and for client routes', async () => {
    for (const path of ['/', '/people/UGVyc29uOnAtY3VvbmM=', '/countries/VN?tab=relations']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('serves fingerprinted assets with their type and a long cache life', async () => {
    const response = await get('/assets/app-1a2b.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 404 for a missing asset', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file from outside the build folder', async () => {
    for (const path of [
      '/..%2F..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/hostname',
      '/../../etc/passwd',
    ]) {
      const response = await get(path);
      const body = await response.text();
      expect(body).not.toContain('root:');
      if (response.status === 200) expect(body).toContain('<div id="root">');
    }
  });

  it('leaves /graphql to GraphQL', async () => {
    const response = await api.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
