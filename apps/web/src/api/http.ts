/** The API's error body: a stable code and a message in Chinese and English. */
interface ApiErrorBody {
  code: string;
  message: { zh: string; en: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** POSTs JSON to the API (same origin: a reverse proxy, or Vite's proxy in development) and answers its JSON. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请稍后再试。');
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = answer as Partial<ApiErrorBody> | null;
    throw new ApiError(response.status, error?.code ?? 'HTTP_ERROR', error?.message?.zh ?? `服务器错误（${response.status}）`);
  }
  return answer as T;
}
