// The explorer's island: the GET form still decides everything (its URL is the selection); this only fetches the
// server's answer in place of a page load, filters the list of townships, and keeps the address bar in step.
import { announce, enhanceSwitches } from "./enhance";

const form = document.querySelector<HTMLFormElement>("form[data-explorer]");
const result = document.getElementById("explorer-result");

if (form && result) {
  enhanceSwitches(document);
  const filter = form.querySelector<HTMLInputElement>("input[data-township-filter]");
  if (filter) {
    filter.addEventListener("input", () => {
      const q = filter.value.trim();
      for (const label of form.querySelectorAll<HTMLElement>("[data-township-name]")) {
        const name = label.dataset.townshipName ?? "";
        const checked = label.querySelector<HTMLInputElement>("input")?.checked ?? false;
        label.hidden = q !== "" && !name.includes(q) && !checked;
      }
    });
  }

  let pending: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = async (url: string, push: boolean) => {
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    result.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: "text/html" } });
      const html = await response.text();
      const next = new DOMParser().parseFromString(html, "text/html");
      const fresh = next.getElementById("explorer-result");
      if (!fresh) throw new Error("no result in the answer");
      result.replaceChildren(...[...fresh.childNodes].map((n) => document.importNode(n, true)));
      enhanceSwitches(result);
      document.title = next.title;
      if (push) history.pushState(null, "", url);
      announce(result.dataset.updated?.replace("{name}", next.title) ?? next.title);
    } catch (e) {
      // An aborted request was replaced by a newer one; anything else falls back to an ordinary page load.
      if ((e as Error).name !== "AbortError") window.location.assign(url);
    } finally {
      if (pending === controller) result.removeAttribute("aria-busy");
    }
  };

  const urlOfForm = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === "string" && value) params.append(key, value);
    return `${form.action.split("?")[0]}?${params}`;
  };

  form.addEventListener("change", (event) => {
    if ((event.target as HTMLElement).matches("[data-township-filter]")) return;
    clearTimeout(timer);
    timer = setTimeout(() => load(urlOfForm(), true), 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    load(urlOfForm(), true);
  });
  window.addEventListener("popstate", () => window.location.reload());
}
