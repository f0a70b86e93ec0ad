import {createReadStream, existsSync, statSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
};

/**
 * Serves a built site on loopback, the way a static host would. The root
 * may be given later (`() => root`): a site whose own URL is its address
 * here is built once the port is known.
 */
export async function serveStatic(rootOrLater: string | (() => string)): Promise<{url: string; close: () => Promise<void>}> {
  const server = http.createServer((request, response) => {
    const root = typeof rootOrLater === 'string' ? rootOrLater : rootOrLater();
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      file = path.join(file, 'index.html');
    } else if (!existsSync(file) && existsSync(`${file}.html`)) {
      file = `${file}.html`;
    }
    const found = existsSync(file);
    const served = found ? file : path.join(root, '404.html');
    response.writeHead(found ? 200 : 404, {'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream'});
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    // Open keep-alive connections (a browser's) would hold close() until they time out.
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
