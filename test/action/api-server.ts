/**
 * A stand-in for the GitHub REST API on 127.0.0.1: the issue comment
 * endpoints that the pull request comment uses, and the git trees and
 * blobs endpoints that the Action reads a base commit through. Trees and
 * blobs come from a real git repository on disk. Every request is recorded.
 */

import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The path with its query string, as sent. */
  url: string;
  authorization: string | undefined;
  body: unknown;
}

export interface StoredComment {
  id: number;
  body: string;
}

export interface ApiServer {
  /** The base URL to pass as `GITHUB_API_URL`. */
  url: string;
  requests: RecordedRequest[];
  /** The comments of each issue number. */
  comments: Map<number, StoredComment[]>;
  /** The repository whose commits the trees and blobs endpoints serve; without one, they return 404. */
  gitRoot: string | null;
  /** When true, every request gets a 403, as a read-only token from a fork gets; a pattern limits that to matching paths. */
  forbidden: boolean | RegExp;
  close(): Promise<void>;
}

/** GitHub rejects a comment body longer than this many characters with 422. */
export const MAX_COMMENT_LENGTH = 65_536;

const TREE_PATH = /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/([0-9a-f]{40})$/;
const BLOB_PATH = /^\/repos\/([^/]+)\/([^/]+)\/git\/blobs\/([0-9a-f]{40})$/;
const ISSUE_COMMENTS_PATH = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const COMMENT_PATH = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

/** Starts the stand-in server on a free port of 127.0.0.1. */
export async function startApiServer(): Promise<ApiServer> {
  let nextCommentId = 1000;
  const state: Omit<ApiServer, 'url' | 'close'> = { requests: [], comments: new Map(), gitRoot: null, forbidden: false };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const raw = await readBody(request);
    const body = raw.length > 0 ? (JSON.parse(raw) as unknown) : undefined;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    state.requests.push({ method: request.method ?? '', url: `${url.pathname}${url.search}`, authorization: request.headers.authorization, body });

    if (state.forbidden === true || (state.forbidden instanceof RegExp && state.forbidden.test(url.pathname))) {
      sendJson(response, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
      return;
    }

    const tree = TREE_PATH.exec(url.pathname);
    if (request.method === 'GET' && tree) {
      sendTree(response, state.gitRoot, tree[3]!);
      return;
    }
    const blob = BLOB_PATH.exec(url.pathname);
    if (request.method === 'GET' && blob) {
      sendBlob(response, state.gitRoot, blob[3]!);
      return;
    }

    const issue = ISSUE_COMMENTS_PATH.exec(url.pathname);
    if (issue) {
      const number = Number(issue[3]);
      const list = state.comments.get(number) ?? [];
      state.comments.set(number, list);
      if (request.method === 'GET') {
        sendPage(response, request.headers.host ?? '127.0.0.1', url, list);
        return;
      }
      if (request.method === 'POST') {
        const text = (body as { body: string }).body;
        if (text.length > MAX_COMMENT_LENGTH) {
          sendBodyTooLong(response);
          return;
        }
        const comment = { id: nextCommentId++, body: text };
        list.push(comment);
        sendJson(response, 201, comment);
        return;
      }
    }

    const single = COMMENT_PATH.exec(url.pathname);
    if (request.method === 'PATCH' && single) {
      const comment = [...state.comments.values()].flat().find((entry) => entry.id === Number(single[3]));
      if (!comment) {
        sendJson(response, 404, { message: 'Not Found' });
        return;
      }
      const text = (body as { body: string }).body;
      if (text.length > MAX_COMMENT_LENGTH) {
        sendBodyTooLong(response);
        return;
      }
      comment.body = text;
      sendJson(response, 200, comment);
      return;
    }

    sendJson(response, 404, { message: 'Not Found' });
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendJson(response, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}

/** Sends one page of `items` by the `page` and `per_page` parameters, with a `Link` header to the next page, as GitHub paginates lists. */
function sendPage(response: ServerResponse, host: string, url: URL, items: unknown[]): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  const start = (page - 1) * perPage;
  if (start + perPage < items.length) {
    const next = new URL(`${url.pathname}${url.search}`, `http://${host}`);
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('per_page', String(perPage));
    response.setHeader('link', `<${next.href}>; rel="next"`);
  }
  sendJson(response, 200, items.slice(start, start + perPage));
}

function sendBodyTooLong(response: ServerResponse): void {
  sendJson(response, 422, {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` }],
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, data: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(data));
}

function gitOutput(root: string, args: string[]): Buffer | null {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], env: { PATH: process.env.PATH, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' } });
  } catch {
    return null;
  }
}

/** Sends the recursive tree of a commit as `GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1` returns it. */
function sendTree(response: ServerResponse, root: string | null, sha: string): void {
  const listing = root === null ? null : gitOutput(root, ['ls-tree', '-r', '-t', '-l', '-z', sha]);
  if (listing === null) {
    sendJson(response, 404, { message: 'Not Found' });
    return;
  }
  const tree = listing
    .toString('utf8')
    .split('\0')
    .filter((line) => line.length > 0)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, objectSha, size] = line.slice(0, tab).split(/\s+/);
      return { path: line.slice(tab + 1), mode, type, sha: objectSha, ...(type === 'blob' ? { size: Number(size) } : {}) };
    });
  sendJson(response, 200, { sha, tree, truncated: false });
}

/** Sends a blob as `GET /repos/{owner}/{repo}/git/blobs/{sha}` returns it, with base64 content. */
function sendBlob(response: ServerResponse, root: string | null, sha: string): void {
  const content = root === null ? null : gitOutput(root, ['cat-file', 'blob', sha]);
  if (content === null) {
    sendJson(response, 404, { message: 'Not Found' });
    return;
  }
  // GitHub wraps the base64 content at 60 characters.
  const base64 = content.toString('base64').replace(/.{60}/g, '$&\n');
  sendJson(response, 200, { sha, size: content.length, encoding: 'base64', content: base64 });
}
