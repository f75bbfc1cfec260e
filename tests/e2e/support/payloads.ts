import type { Page } from "playwright-core";

/*
 * Script, HTML, SVG and URL payloads for every text field an editor can fill. Each payload calls `pwn(id)` when it
 * runs, with the id of the field it was put in; `watchForScript` defines `pwn` in every page before the page's own
 * scripts and records every call, every dialog and every Content-Security-Policy violation. A page that shows the
 * payloads as text records nothing.
 */

/** Every way we know to make markup run, each calling pwn(id). */
export function pieces(id: number): string[] {
  return [
    `<svg onload=pwn(${id})>`,
    // Right-to-left override and zero-width characters (inside, since text fields are trimmed).
    `\u202E${id}txt.exe\u200B\u200D\uFEFFend`,
    `<img src=x onerror=pwn(${id})>`,
    `"><img src=x onerror=pwn(${id})>`,
    `'><svg onload=pwn(${id})>`,
    `<script>pwn(${id})</script>`,
    `</textarea><script>pwn(${id})</script>`,
    `</title></style></script><script>pwn(${id})</script>`,
    `javascript:pwn(${id})`,
    `data:text/html,<script>pwn(${id})</script>`,
    `\${pwn(${id})}\``,
    `"};pwn(${id});//`,
    `<a href="javascript:pwn(${id})">link</a>`,
    `<iframe srcdoc="<script>parent.pwn(${id})</script>">`,
    `{{constructor.constructor('pwn(${id})')()}}`,
    `<math><mtext><table><mglyph><style><img src=x onerror=pwn(${id})>`,
  ];
}

/** As many payloads as fit in `max` characters (a field's limit), joined by spaces; `noSlash` for file names. */
export function payload(id: number, max: number, options: { noSlash?: boolean } = {}): string {
  let out = "";
  for (const p of pieces(id)) {
    if (options.noSlash && /[/\\]/.test(p)) continue;
    const next = out ? `${out} ${p}` : p;
    if (next.length <= max) out = next;
  }
  return out || `<b>${id}</b>`.slice(0, max);
}

export interface ScriptWatch {
  /** Payload ids that ran, dialogs that opened, CSP violations reported, in this page so far. */
  collect(): Promise<{ ran: string[]; dialogs: string[]; violations: string[] }>;
}

/**
 * Defines `pwn` and listens for dialogs and CSP violations in the page and every page it navigates to. Call it once
 * per page: each call adds another listener.
 */
export async function watchForScript(page: Page): Promise<ScriptWatch> {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __ran: string[]; __violations: string[]; pwn: (id: unknown) => void };
    w.__ran = [];
    w.__violations = [];
    w.pwn = (id) => {
      w.__ran.push(String(id));
    };
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return {
    async collect() {
      const inPage = await page.evaluate(() => {
        const w = window as unknown as { __ran?: string[]; __violations?: string[] };
        return {
          ran: w.__ran ?? ["pwn was not defined: the watch did not run"],
          violations: w.__violations ?? [],
        };
      });
      return { ...inPage, dialogs: [...dialogs] };
    },
  };
}

/** Everything a person can read on the page: its text and the values of its fields. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll("input, textarea, select")].map(
      (e) => (e as HTMLInputElement).value,
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
    return `${document.body.innerText}\n${values.join("\n")}`;
  });
}
