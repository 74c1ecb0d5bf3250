// Runs `prisma generate` offline. The CLI insists on locating a native schema engine
// before it starts, although generation never calls it; pointing the variable at any
// existing file stops it from downloading one (which is impossible here).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
const result = spawnSync('prisma', ['generate'], { stdio: 'inherit', env, shell: false });
process.exit(result.status ?? 1);
