import type { Report, Section } from "@gongkai/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { appError, isCode } from "../lib/app-error";
import { type Client, useTRPC, useTRPCClient, type WorkingReport } from "../lib/trpc";
import { loadDrafts, storeDrafts } from "./draft-store";
import {
  afterSave,
  isDirty,
  planSave,
  resolved,
  type SectionDraft,
  type SectionWords,
  type WordField,
} from "./drafts";

/*
 * The editing session of one report. Every change is made against the version the editor last saw
 * (`baseVersion`); changes run one at a time so each carries the version the previous one produced. Typed words
 * are kept as drafts (also in browser storage) and saved a moment after typing stops; when someone else saved the
 * same words meanwhile, the draft waits for the editor to merge, and nothing typed is lost.
 */

export type SaveStatus = "saved" | "pending" | "saving" | "conflict" | "error";

export interface SectionConflict {
  sectionId: string;
  /** "gone": someone deleted the section. */
  kind: "conflict" | "gone";
  fields: WordField[];
  theirs: SectionWords | null;
  /** The version their words are in. */
  version: number;
}

export interface FocusRequest {
  sectionId: string | null;
  field: "heading" | "text" | "title" | "observation" | "report";
  observationId?: string | null;
  start?: number | null;
  end?: number | null;
  excerpt?: string;
  seq: number;
}

interface EditResult {
  version: number;
  report: Report;
}

export interface ReportSession {
  reportId: string;
  working: WorkingReport;
  drafts: Readonly<Record<string, SectionDraft>>;
  conflicts: Readonly<Record<string, SectionConflict>>;
  status: SaveStatus;
  saveError: unknown;
  /** The words shown for a section: the draft's if there is one. */
  words(section: Section): SectionWords;
  type(section: Section, patch: Partial<SectionWords>): void;
  /** Saves a section's draft now (on leaving the field). */
  saveSoon(sectionId: string, delayMs?: number): void;
  /** Saves every draft; false when a conflict or error keeps one unsaved. */
  flush(): Promise<boolean>;
  settle(sectionId: string, merged: SectionWords): void;
  discard(sectionId: string): void;
  /** A change to the report, built from the latest working copy; retried on a version conflict. */
  edit<T extends EditResult>(run: (w: WorkingReport, client: Client) => Promise<T> | null): Promise<T | null>;
  /** Fetches the latest working copy (after a workflow step, or to see others' changes). */
  refresh(): Promise<WorkingReport>;
  focus: FocusRequest | null;
  requestFocus(f: Omit<FocusRequest, "seq">): void;
  /** Marks a focus request as carried out, so that it is not carried out again. */
  doneFocus(seq: number): void;
}

const Context = createContext<ReportSession | null>(null);

export function useSession(): ReportSession {
  const s = useContext(Context);
  if (!s) throw new Error("useSession outside ReportSessionProvider");
  return s;
}

const AUTOSAVE_MS = 1000;

export function ReportSessionProvider({
  userId,
  initial,
  children,
}: {
  userId: string;
  initial: WorkingReport;
  children: ReactNode;
}) {
  const reportId = initial.id;
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => trpc.reports.get.queryKey({ reportId }), [trpc, reportId]);

  const workingRef = useRef(initial);
  const [working, setWorkingState] = useState(initial);
  const adopt = useCallback((next: WorkingReport) => {
    // An answer that left before a save finished can arrive after it: never go back a version.
    if (next.version < workingRef.current.version) return;
    workingRef.current = next;
    setWorkingState(next);
  }, []);

  const draftsRef = useRef<Record<string, SectionDraft>>(loadDrafts(userId, reportId));
  const [drafts, setDraftsState] = useState(draftsRef.current);
  const setDrafts = useCallback(
    (update: (d: Record<string, SectionDraft>) => Record<string, SectionDraft>) => {
      draftsRef.current = update(draftsRef.current);
      setDraftsState(draftsRef.current);
      storeDrafts(userId, reportId, draftsRef.current);
    },
    [userId, reportId],
  );

  const conflictsRef = useRef<Record<string, SectionConflict>>({});
  const [conflicts, setConflictsState] = useState<Record<string, SectionConflict>>({});
  const setConflicts = useCallback(
    (update: (c: Record<string, SectionConflict>) => Record<string, SectionConflict>) => {
      conflictsRef.current = update(conflictsRef.current);
      setConflictsState(conflictsRef.current);
    },
    [],
  );

  const [saving, setSaving] = useState(0);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const afterChange = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.checks.run.queryKey({ reportId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.versions.list.queryKey({ reportId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.reports.mine.queryKey() });
  }, [queryClient, trpc, reportId]);

  const applyResult = useCallback(
    (r: EditResult) => {
      const next = { ...workingRef.current, version: r.version, report: r.report };
      adopt(next);
      queryClient.setQueryData(queryKey, next);
      afterChange();
    },
    [adopt, queryClient, queryKey, afterChange],
  );

  const refresh = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({
      ...trpc.reports.get.queryOptions({ reportId }),
      staleTime: 0,
    });
    adopt(fresh);
    return workingRef.current;
  }, [queryClient, trpc, reportId, adopt]);

  // Someone else's saves reach this editor through the shared query: polled, and refetched on focus.
  const live = useQuery({
    ...trpc.reports.get.queryOptions({ reportId }),
    initialData: initial,
    refetchInterval: 15_000,
  });
  useEffect(() => {
    if (live.data) adopt(live.data);
  }, [live.data, adopt]);

  const saveSection = useCallback(
    (sectionId: string): Promise<void> =>
      enqueue(async () => {
        setSaving((n) => n + 1);
        try {
          for (let attempt = 0; attempt < 5; attempt++) {
            const draft = draftsRef.current[sectionId];
            if (!draft || conflictsRef.current[sectionId]) return;
            const w = workingRef.current;
            const plan = planSave(
              draft,
              w.report.sections.find((s) => s.id === sectionId),
            );
            if (plan.kind === "clean") {
              setDrafts(({ [sectionId]: _, ...rest }) => rest);
              return;
            }
            if (plan.kind === "conflict" || plan.kind === "gone") {
              setConflicts((c) => ({
                ...c,
                [sectionId]: {
                  sectionId,
                  kind: plan.kind,
                  fields: plan.kind === "conflict" ? plan.fields : [],
                  theirs: plan.kind === "conflict" ? plan.theirs : null,
                  version: w.version,
                },
              }));
              return;
            }
            const sent = draft.revision;
            try {
              const r = await client.sections.edit.mutate({
                reportId,
                baseVersion: w.version,
                sectionId,
                patch: plan.patch,
              });
              applyResult(r);
              const saved = {
                heading: plan.patch.heading ?? plan.base.heading,
                text: plan.patch.text ?? plan.base.text,
              };
              setDrafts((all) => {
                const current = all[sectionId];
                if (!current) return all;
                const next = afterSave(current, saved, sent);
                const { [sectionId]: _, ...rest } = all;
                return next ? { ...rest, [sectionId]: next } : rest;
              });
              setSaveError(null);
              return;
            } catch (e) {
              if (isCode(e, "VERSION_CONFLICT")) {
                await refresh();
                continue;
              }
              throw e;
            }
          }
        } catch (e) {
          setSaveError(e);
          // A connection that comes back gets the draft: try again shortly.
          if (appError(e).code === "NETWORK") setTimeout(() => void saveSection(sectionId), 5000);
        } finally {
          setSaving((n) => n - 1);
        }
      }),
    [enqueue, client, reportId, applyResult, refresh, setDrafts, setConflicts],
  );

  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const saveSoon = useCallback(
    (sectionId: string, delayMs = 0) => {
      const old = timers.current.get(sectionId);
      if (old) clearTimeout(old);
      timers.current.set(
        sectionId,
        setTimeout(() => {
          timers.current.delete(sectionId);
          void saveSection(sectionId);
        }, delayMs),
      );
    },
    [saveSection],
  );

  const type = useCallback(
    (section: Section, patch: Partial<SectionWords>) => {
      setDrafts((all) => {
        const existing = all[section.id] ?? {
          sectionId: section.id,
          base: { heading: section.heading, text: section.text },
          heading: section.heading,
          text: section.text,
          revision: 0,
        };
        return { ...all, [section.id]: { ...existing, ...patch, revision: existing.revision + 1 } };
      });
      saveSoon(section.id, AUTOSAVE_MS);
    },
    [setDrafts, saveSoon],
  );

  const flush = useCallback(async () => {
    for (const [id, timer] of timers.current) {
      clearTimeout(timer);
      timers.current.delete(id);
    }
    await Promise.all(Object.keys(draftsRef.current).map((id) => saveSection(id)));
    await enqueue(async () => undefined);
    return Object.keys(draftsRef.current).length === 0 && Object.keys(conflictsRef.current).length === 0;
  }, [saveSection, enqueue]);

  const settle = useCallback(
    (sectionId: string, merged: SectionWords) => {
      const conflict = conflictsRef.current[sectionId];
      const draft = draftsRef.current[sectionId];
      if (!conflict || !draft) return;
      const theirs = conflict.theirs ?? merged;
      setDrafts((all) => ({ ...all, [sectionId]: resolved(draft, theirs, merged) }));
      setConflicts(({ [sectionId]: _, ...rest }) => rest);
      void saveSection(sectionId);
    },
    [setDrafts, setConflicts, saveSection],
  );

  const discard = useCallback(
    (sectionId: string) => {
      setDrafts(({ [sectionId]: _, ...rest }) => rest);
      setConflicts(({ [sectionId]: _, ...rest }) => rest);
    },
    [setDrafts, setConflicts],
  );

  const edit = useCallback(
    async <T extends EditResult>(
      run: (w: WorkingReport, c: Client) => Promise<T> | null,
    ): Promise<T | null> => {
      await flush();
      return enqueue(async () => {
        setSaving((n) => n + 1);
        try {
          for (let attempt = 0; ; attempt++) {
            const pending = run(workingRef.current, client);
            if (!pending) return null;
            try {
              const r = await pending;
              applyResult(r);
              return r;
            } catch (e) {
              if (attempt < 3 && isCode(e, "VERSION_CONFLICT")) {
                await refresh();
                continue;
              }
              throw e;
            }
          }
        } finally {
          setSaving((n) => n - 1);
        }
      });
    },
    [flush, enqueue, client, applyResult, refresh],
  );

  // Drafts kept from an earlier visit are offered again: saved if nothing changed, merged if something did.
  useEffect(() => {
    for (const id of Object.keys(draftsRef.current)) saveSoon(id, 0);
  }, [saveSoon]);

  // Leaving with unsaved words asks first (they are kept in this browser either way).
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (Object.values(draftsRef.current).some(isDirty)) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const seq = useRef(0);
  const requestFocus = useCallback(
    (f: Omit<FocusRequest, "seq">) => setFocus({ ...f, seq: ++seq.current }),
    [],
  );
  const doneFocus = useCallback((done: number) => setFocus((f) => (f?.seq === done ? null : f)), []);

  const dirty = Object.values(drafts).some(isDirty);
  const status: SaveStatus =
    Object.keys(conflicts).length > 0
      ? "conflict"
      : saving > 0
        ? "saving"
        : saveError
          ? "error"
          : dirty
            ? "pending"
            : "saved";

  const value = useMemo<ReportSession>(
    () => ({
      reportId,
      working,
      drafts,
      conflicts,
      status,
      saveError,
      words: (s) => {
        const d = drafts[s.id];
        return d ? { heading: d.heading, text: d.text } : { heading: s.heading, text: s.text };
      },
      type,
      saveSoon,
      flush,
      settle,
      discard,
      edit,
      refresh,
      focus,
      requestFocus,
      doneFocus,
    }),
    [
      reportId,
      working,
      drafts,
      conflicts,
      status,
      saveError,
      type,
      saveSoon,
      flush,
      settle,
      discard,
      edit,
      refresh,
      focus,
      requestFocus,
      doneFocus,
    ],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
