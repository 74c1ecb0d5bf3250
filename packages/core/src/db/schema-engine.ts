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

export type SchemaEngine = engineGlue.SchemaEngine;

// The WebAssembly global exists in Node but not in @types/node 20; typed here for what is used.
type WebAssemblyApi = {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};
const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

let glueReady: Promise<void> | undefined;

// The package's entry imports the .wasm as an ES module, which Node 20 cannot load, so the
// module is instantiated by hand against the package's own JS glue (once per process).
function loadEngineGlue(): Promise<void> {
  glueReady ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve(
      '@prisma/schema-engine-wasm/schema_engine_bg',
    );
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': engineGlue,
    });
    engineGlue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return glueReady;
}

// adapter-pg 7.10's own shadow database is unusable with a connection string: it creates the
// shadow database but connects back to the main one, and drops the shadow before closing its
// pool. This factory creates, connects to and drops the shadow database itself.
function createAdapterFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg({ connectionString: url });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    async connectToShadowDb() {
      const shadowUrl = withDatabase(url, `prisma_shadow_${randomUUID().replaceAll('-', '')}`);
      await ensureDatabase(shadowUrl);
      const adapter = await new PrismaPg({ connectionString: shadowUrl }).connect();
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await dropDatabase(shadowUrl);
      };
      return adapter;
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
  const engine = await engineGlue.SchemaEngine.new(
    { datamodels: undefined },
    (message: string) => logger.debug({ engine: message }, 'schema engine'),
    bindMigrationAwareSqlAdapterFactory(createAdapterFactory(url)),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}
