/** Helpers for the nginx deployment test: a throwaway nginx and raw HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** GET without any decompression or redirect following, so headers are what nginx sent. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(10_000, () => request.destroy(new Error(`timeout: ${url}`)));
  });
}

export const NGINX = process.env.NGINX ?? ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));

export interface NginxServer {
  process: ChildProcess;
  stop(): Promise<void>;
  errorLog(): string;
}

/**
 * Start nginx in the foreground with everything (pid, logs, temp files)
 * under `prefix`, and wait until `readyUrl` answers.
 */
export async function startNginx(prefix: string, httpBlock: string, readyUrl: string): Promise<NginxServer> {
  if (!NGINX) throw new Error('nginx が見つかりません（apt-get install nginx） / nginx not found (apt-get install nginx)');
  const conf = path.join(prefix, 'nginx.conf');
  const errorLog = path.join(prefix, 'error.log');
  writeFileSync(
    conf,
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${path.join(prefix, `${kind}_temp`)};`),
      httpBlock,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await get(readyUrl);
      return {
        process: child,
        errorLog: () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''),
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGQUIT');
          await exited;
        },
      };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not start:\n${stderr}\n${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
}
