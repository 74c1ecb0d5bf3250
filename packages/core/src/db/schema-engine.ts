import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as engineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { logger } from '../logger.ts';
import { dropDatabase, ensureDatabase, withDatabase } from './databases.ts';

// Prisma's schema engine (diff, migrate) compiled to WebAssembly, talking to Postgres through
// the pg driver adapter: migrations work without the native engine binary, which cannot be
// downloaded here.

type SchemaEngine = engineGlue.SchemaEngine;

// The WebAssembly global exists in Node but not in @types/node 20; typed here for what is used.
type WebAssemblyApi = {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};
const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

let glueReady: Promise<void> | undefined;

// The engine arms timeouts (10 s) that it never clears, which kept every process that ran a
// migration alive for 10 s after its work. Its work is always awaited, so its timers need not
// hold the process open.
function withUnrefTimers(glue: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(glue).map(([name, value]) =>
      name.startsWith('__wbg_setTimeout_')
        ? [name, (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref()]
        : [name, value],
    ),
  );
}

// The package's entry imports the .wasm as an ES module, which Node 20 cannot load, so the
// module is instantiated by hand against the package's own JS glue (once per process).
function loadEngineGlue(): Promise<void> {
  glueReady ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve(
      '@prisma/schema-engine-wasm/schema_engine_bg',
    );
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': withUnrefTimers(engineGlue),
    });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return glueReady;
}

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;

// Disposing twice would end a pg pool twice (an error); `cleanUp` runs after the pool is closed.
function makeDisposeIdempotent(adapter: Adapter, cleanUp = async () => {}): Adapter {
  const closePool = adapter.dispose.bind(adapter);
  let disposed: Promise<void> | undefined;
  adapter.dispose = () => {
    disposed ??= closePool().then(cleanUp);
    return disposed;
  };
  return adapter;
}

type AdapterFactory = SqlMigrationAwareDriverAdapterFactory & { disposeAll(): Promise<void> };

// Two adapter-pg 7.10 defects are worked around here. Its shadow database is unusable with a
// connection string (it creates one but connects back to the main database, and drops it
// before closing its pool), so this factory creates, connects to and drops the shadow itself.
// And the engine frees itself without disposing its connections, which keep the session
// advisory lock of `applyMigrations`: the next engine would wait for it forever.
function createAdapterFactory(url: string): AdapterFactory {
  const main = new PrismaPg({ connectionString: url });
  const opened: Adapter[] = [];
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const adapter = makeDisposeIdempotent(await main.connect());
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const shadowUrl = withDatabase(url, `prisma_shadow_${randomUUID().replaceAll('-', '')}`);
      await ensureDatabase(shadowUrl);
      const connected = await new PrismaPg({ connectionString: shadowUrl }).connect();
      const adapter = makeDisposeIdempotent(connected, () => dropDatabase(shadowUrl));
      opened.push(adapter);
      return adapter;
    },
    async disposeAll() {
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

/**
 * Runs `work` with a schema engine connected to the database of `url`, then frees it.
 *
 * @example
 * await withSchemaEngine(url, (engine) => engine.applyMigrations({ migrationsList, filters }));
 */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngineGlue();
  const adapterFactory = createAdapterFactory(url);
  try {
    const engine = await engineGlue.SchemaEngine.new(
      { datamodels: undefined },
      (message: string) => logger.debug({ engine: message }, 'schema engine'),
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await adapterFactory.disposeAll();
  }
}
