import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.generated';
import { ApiError, NETWORK_ERROR } from './errors';
import { learnServerTime } from './server-time';
import { tokens } from './tokens';

export type Schemas = components['schemas'];

/**
 * The API client, typed from the API's OpenAPI document (schema.generated.ts, `npm run generate:client`).
 * Same origin: the API serves the portal, and Vite proxies /api in development.
 */
export const api = createClient<paths>({ baseUrl: '/api' });

const withToken: Middleware = {
  async onRequest({ request, schemaPath }) {
    // Refreshing or logging in must not wait on a refresh itself.
    if (schemaPath === '/auth/refresh' || schemaPath === '/auth/login') return request;
    const token = await tokens.current();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, schemaPath }) {
    learnServerTime(response);
    // A token the API no longer accepts ends the login here: the portal goes to the login page and back.
    if (response.status === 401 && schemaPath !== '/auth/login' && schemaPath !== '/auth/refresh') tokens.expire();
    return response;
  },
};
api.use(withToken);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer; a refusal becomes an ApiError with the API's Chinese message. */
export async function call<T>(request: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await request;
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '无法连接服务器，请检查网络后重试。');
  }
  if (answer.error !== undefined || !answer.response.ok) throw ApiError.from(answer.response.status, answer.error);
  return answer.data as T;
}

/** Saves a binary answer (a ticket PDF, a spreadsheet, a calendar file) under the name the API gave it. */
export async function download(request: Promise<Answer<unknown>>, fallbackName: string): Promise<void> {
  const answer = await request.catch(() => {
    throw new ApiError(0, NETWORK_ERROR, '无法连接服务器，请检查网络后重试。');
  });
  if (!answer.response.ok) throw ApiError.from(answer.response.status, answer.error);
  const blob = answer.data as Blob;
  const disposition = answer.response.headers.get('content-disposition') ?? '';
  // RFC 6266: the UTF-8 name (filename*=) when given, else the plain one (filename="…"), else the page's own.
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
