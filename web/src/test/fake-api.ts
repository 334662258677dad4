import { vi } from 'vitest';

/** A request the app sent to the fake server. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
  params: Record<string, string>;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = FakeResponse | ((request: FakeRequest) => FakeResponse | Promise<FakeResponse>);

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

/** An RFC 9457 problem response as the Selaras server sends it. */
export function problem(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): FakeResponse {
  return {
    status,
    body: { type: 'about:blank', title: code, status, detail, code, ...extra },
    headers: { 'content-type': 'application/problem+json', ...headers },
  };
}

/**
 * A fake of the Selaras API behind `fetch`: routes are `METHOD /path/:param` under `/api/v1`; the
 * newest route registered for a path wins, so a test can change an answer halfway.
 */
export class FakeApi {
  readonly requests: FakeRequest[] = [];
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const source = path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.unshift({ method, pattern: new RegExp(`^/api/v1${source}$`), names, handler });
    return this;
  }

  /** The requests sent to `METHOD /api/v1/path` (path without query). */
  sent(method: string, path: string): FakeRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === `/api/v1${path}`);
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const json = (new Headers(init.headers).get('content-type') ?? 'application/json').includes('json');
    // A non-JSON body (e.g. an imported YAML file) is kept as its text.
    const body =
      typeof init.body === 'string' ? (json ? (JSON.parse(init.body) as unknown) : init.body) : undefined;
    const request: FakeRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body,
      params: {},
    };
    this.requests.push(request);
    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) return toResponse(problem(501, 'NOT_STUBBED', `${method} ${url.pathname} is not stubbed`));
    const match = route.pattern.exec(url.pathname);
    route.names.forEach((name, i) => {
      request.params[name] = decodeURIComponent(match?.[i + 1] ?? '');
    });
    const answer = typeof route.handler === 'function' ? await route.handler(request) : route.handler;
    return toResponse(answer);
  };
}

function toResponse({ status = 200, body, headers = {} }: FakeResponse): Response {
  const hasBody = status !== 204 && body !== undefined;
  return new Response(hasBody ? JSON.stringify(body) : null, {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** Replaces `fetch` with a fresh fake API for this test. */
export function installFakeApi(): FakeApi {
  const api = new FakeApi();
  vi.stubGlobal('fetch', api.fetch);
  return api;
}
