import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves a built single-page app from `root`: files as they are, and index.html for client routes
 * (paths without an extension), so a reload on /people/xyz still opens the app. Null when the
 * request is not the app's (a missing asset, or no build at all).
 */
export async function serveStaticFile(root: string, pathname: string): Promise<Response | null> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  if (relative.split(sep).includes('..')) return null;
  let path = join(root, relative);
  if (relative === '' || !(await isFile(path))) {
    if (extname(relative) !== '') return null;
    path = join(root, 'index.html');
    if (!(await isFile(path))) return null;
  }
  const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
  // Vite fingerprints everything under assets/, so those never change; index.html always may.
  const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return new Response(await readFile(path), {
    headers: { 'content-type': type, 'cache-control': cache },
  });
}
