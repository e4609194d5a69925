/**
 * Serve a build folder (dist/) under the site's base path on a free port of
 * 127.0.0.1, as the intranet server would; shared by `npm run pdf` and
 * `npm run screens`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServedDist {
  server: http.Server;
  origin: string;
}

export function serveDist(distDir: string, base: string): Promise<ServedDist> {
  const files = sirv(distDir, { etag: false });
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}
