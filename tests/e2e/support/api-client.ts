/*
 * The tRPC API over plain HTTP, as a browser would call it (JSON, this site's Origin, the session cookie), for
 * tests to set up what the flow under test does not: accounts, and reports moved along the workflow.
 */

export class ApiError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(`${path}: ${status} ${code ?? ""}`);
  }
}

export interface ApiClient {
  query<T = unknown>(path: string, input?: unknown): Promise<T>;
  mutate<T = unknown>(path: string, input?: unknown): Promise<T>;
}

interface Envelope {
  result?: { data?: unknown };
  error?: { data?: { app?: { code?: string } } };
}

/** Signs in through `auth.login` and returns a client carrying the session cookie. */
export async function signInApi(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  let cookie = "";
  const call = async <T>(method: "GET" | "POST", path: string, input: unknown): Promise<T> => {
    const url =
      method === "GET"
        ? `${baseUrl}/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`
        : `${baseUrl}/trpc/${path}`;
    const res = await fetch(url, {
      method,
      headers: { "content-type": "application/json", origin: baseUrl, ...(cookie ? { cookie } : {}) },
      body: method === "POST" ? JSON.stringify(input ?? {}) : undefined,
    });
    const set = res.headers.getSetCookie().map((c) => c.split(";")[0]);
    if (set.length) cookie = set.join("; ");
    const body = (await res.json()) as Envelope;
    if (!res.ok || body.error) throw new ApiError(path, res.status, body.error?.data?.app?.code);
    return body.result?.data as T;
  };
  const client: ApiClient = {
    query: (path, input) => call("GET", path, input),
    mutate: (path, input) => call("POST", path, input),
  };
  await client.mutate("auth.login", { email, password });
  return client;
}
