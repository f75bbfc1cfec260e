/*
 * fetch() cannot report how much of a request body has been sent; XMLHttpRequest can. Imports go through this
 * fetch so that a large file shows real upload progress. Listeners hear (sent, total) in bytes.
 */
type ProgressListener = (sent: number, total: number) => void;
const listeners = new Set<ProgressListener>();

/** Listens to upload progress of imports; returns a function that stops listening. */
export function onUploadProgress(listener: ProgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function uploadFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    xhr.open(init?.method ?? "GET", url);
    new Headers(init?.headers).forEach((value, key) => {
      xhr.setRequestHeader(key, value);
    });
    xhr.upload.onprogress = (e) => {
      for (const l of listeners) l(e.loaded, e.lengthComputable ? e.total : 0);
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(":");
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve(new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    xhr.onerror = () => reject(new TypeError("network error"));
    xhr.onabort = () => reject(new DOMException("aborted", "AbortError"));
    init?.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send((init?.body as XMLHttpRequestBodyInit | null | undefined) ?? null);
  });
}
