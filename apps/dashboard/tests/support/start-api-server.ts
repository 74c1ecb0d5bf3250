import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApi } from '@diplomacy-graph/api';
import { dashboardDist } from './build-dashboard.ts';

export type RunningServer = {
  /** http://127.0.0.1:<port>, serving the dashboard at / and GraphQL at /graphql. */
  origin: string;
  /** Stops listening and drops open connections, as a crashed or stopped API would. */
  close(): Promise<void>;
};

/**
 * The real API (createApi) serving the built dashboard, on an ephemeral port of 127.0.0.1, over
 * whatever database the process's `prisma` is bound to (a test database).
 */
export async function startApiServer(): Promise<RunningServer> {
  const server = createServer(createApi({ dashboardDir: dashboardDist }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
