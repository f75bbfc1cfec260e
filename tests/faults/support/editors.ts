import { type ApiClient, ApiError } from "../../e2e/support/api-client";

/*
 * Editors at work through the real tRPC API: writers saving sections of their drafts one save after another, and
 * publishers taking published reports through correction after correction (start, edit, submit, approve,
 * publish). Each records what the server acknowledged, so that after a crash the test can ask for every bit of
 * it. A stream stops at its first failure; `stop()` ends it between two calls.
 */

export interface WorkingCopy {
  state: string;
  version: number;
  publishedVersion: number | null;
  report: { title: string; sections: Array<{ id: string; text: string }> };
}

/** A save the server answered with success: from then on this text is in version `version`. */
export interface AckedSave {
  reportId: string;
  version: number;
  sectionId: string;
  text: string;
}

/** A publication the server answered with success: version `version` is public, holding `marker`. */
export interface AckedPublication {
  reportId: string;
  version: number;
  marker: string;
}

export interface Stream {
  /** Resolves when the stream stops: with null when stopped, or with the error that stopped it. */
  done: Promise<unknown>;
  stop(): void;
  /** Calls the server answered with success. */
  readonly acked: number;
}

/** A network failure: the server went away mid-call (what a kill does to calls in flight). */
export function isConnectionError(e: unknown): boolean {
  if (e instanceof ApiError) return false;
  const text = `${String(e)} ${String((e as { cause?: unknown }).cause ?? "")}`;
  return /fetch failed|ECONNRESET|ECONNREFUSED|socket hang up|other side closed|terminated/i.test(text);
}

function run(step: () => Promise<void>): Stream & { count(): void } {
  let stopped = false;
  let acked = 0;
  const done = (async () => {
    try {
      while (!stopped) await step();
      return null;
    } catch (e) {
      return e;
    }
  })();
  return {
    done,
    stop: () => {
      stopped = true;
    },
    get acked() {
      return acked;
    },
    count: () => {
      acked++;
    },
  };
}

/** Saves one section of a draft over and over, each save based on the version the last one returned. */
export function writer(api: ApiClient, reportId: string, label: string, acks: AckedSave[]): Stream {
  let version: number | null = null;
  let sectionId = "";
  let n = 0;
  const stream = run(async () => {
    if (version === null) {
      const copy = await api.query<WorkingCopy>("reports.get", { reportId });
      version = copy.version;
      sectionId = copy.report.sections[0]?.id ?? "";
    }
    n++;
    const text = `${label}第${n}次保存：全年完成财政收入${2600 + n}万元，同比增长${(n % 20) + 1}%。`;
    const saved = await api.mutate<{ version: number }>("sections.edit", {
      reportId,
      baseVersion: version,
      sectionId,
      patch: { text },
    });
    version = saved.version;
    acks.push({ reportId, version: saved.version, sectionId, text });
    stream.count();
  });
  return stream;
}

const MARKER = /^(\S+?更正(\d+)号)：/;

/**
 * Takes a published report through corrections: each round edits the first section with a new marker and
 * publishes it with a change note. Stateless between calls (the marker is read back from the working copy), so
 * that a new publisher picks up after a restart from whatever state the report is in.
 */
export function publisher(api: ApiClient, reportId: string, label: string, acks: AckedPublication[]): Stream {
  const stream = run(async () => {
    const copy = await api.query<WorkingCopy>("reports.get", { reportId });
    const section = copy.report.sections[0];
    const current = MARKER.exec(section?.text ?? "");
    const step = (event: Record<string, unknown>) =>
      api.mutate<{ version: number; publishedVersion: number | null }>("workflow.transition", {
        reportId,
        baseVersion: copy.version,
        event,
      });
    switch (copy.state) {
      case "published":
        await step({ type: "start_correction" });
        break;
      case "draft": {
        const marker = `${label}更正${Number(current?.[2] ?? 0) + 1}号`;
        const body = (section?.text ?? "").replace(MARKER, "");
        const saved = await api.mutate<{ version: number }>("sections.edit", {
          reportId,
          baseVersion: copy.version,
          sectionId: section?.id,
          patch: { text: `${marker}：${body}` },
        });
        await api.mutate("workflow.transition", {
          reportId,
          baseVersion: saved.version,
          event: { type: "submit" },
        });
        break;
      }
      case "in_review":
        await step({ type: "approve" });
        break;
      case "approved": {
        const marker = current?.[1] ?? "";
        const published = await step({ type: "publish", changeNote: `更正说明：${marker || "数字更正"}` });
        if (marker) acks.push({ reportId, version: published.version, marker });
        break;
      }
      default:
        throw new Error(`${reportId} is ${copy.state}: the publisher does not know what to do`);
    }
    stream.count();
  });
  return stream;
}
