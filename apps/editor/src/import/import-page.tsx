import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type DragEvent, type FormEvent, useEffect, useRef, useState } from "react";
import { useLocation } from "wouter";
import { useI18n } from "../i18n/i18n";
import { usePageTitle } from "../layout/page-title";
import { useTRPC } from "../lib/trpc";
import { onUploadProgress } from "../lib/upload-fetch";
import { ErrorMessage } from "../ui/error-message";
import { ACCEPTED_FILES, readFileAsBase64 } from "./read-file";

type Stage =
  | { name: "idle" }
  | { name: "reading"; fraction: number }
  | { name: "uploading"; fraction: number }
  | { name: "analysing"; since: number };

/**
 * Step one of an import: a file (.txt, .docx, .pdf) or pasted text goes through the import pipeline. A long
 * import shows where it is: reading the file, sending it (with the share sent), and the server analysing it.
 */
export function ImportPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  usePageTitle(t("importTitle"));
  const [mode, setMode] = useState<"file" | "paste">("file");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const create = useMutation(trpc.imports.create.mutationOptions());

  useEffect(
    () =>
      onUploadProgress((sent, total) => {
        if (total > 0 && sent >= total) setStage({ name: "analysing", since: Date.now() });
        else setStage({ name: "uploading", fraction: total ? sent / total : 0 });
      }),
    [],
  );

  const run = async (e: FormEvent) => {
    e.preventDefault();
    create.reset();
    try {
      let input: { fileName: string; contentBase64?: string; text?: string };
      if (mode === "file") {
        if (!file) return;
        setStage({ name: "reading", fraction: 0 });
        const contentBase64 = await readFileAsBase64(file, (fraction) =>
          setStage({ name: "reading", fraction }),
        );
        input = { fileName: file.name, contentBase64 };
      } else {
        if (!text.trim()) return;
        input = { fileName: "pasted.txt", text };
      }
      setStage({ name: "uploading", fraction: 0 });
      const result = await create.mutateAsync(input);
      // A very large file's result is not sent back with the reply; the review page then fetches it.
      if (result.result) {
        queryClient.setQueryData(trpc.imports.get.queryKey({ importId: result.importId }), {
          importId: result.importId,
          fileName: input.fileName,
          size: result.result.source.bytes,
          createdAt: new Date().toISOString(),
          result: result.result,
        });
      }
      navigate(`/import/${result.importId}`);
    } catch {
      // The mutation holds the error, shown below; nothing the user chose is cleared.
    } finally {
      setStage({ name: "idle" });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) {
      setMode("file");
      setFile(dropped);
    }
  };

  const busy = stage.name !== "idle";
  return (
    <section className="page narrow">
      <h1>{t("importTitle")}</h1>
      <p>{t("importIntro")}</p>
      <form onSubmit={run} className="stack">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("importSource")}</legend>
          <label>
            <input type="radio" name="mode" checked={mode === "file"} onChange={() => setMode("file")} />
            {t("importFromFile")}
          </label>
          <label>
            <input type="radio" name="mode" checked={mode === "paste"} onChange={() => setMode("paste")} />
            {t("importFromPaste")}
          </label>
        </fieldset>
        {mode === "file" ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input inside is the accessible way
          <div
            className={`dropzone ${dragging ? "dragging" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label className="field">
              <span>{t("chooseFile")}</span>
              <input
                ref={fileInput}
                type="file"
                name="file"
                accept={ACCEPTED_FILES}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </label>
            <p className="muted">{t("dropHint")}</p>
            {file ? (
              <p>{t("chosenFile", { name: file.name, size: Math.max(1, Math.round(file.size / 1024)) })}</p>
            ) : null}
          </div>
        ) : (
          <label className="field">
            <span>{t("pasteText")}</span>
            <textarea
              name="text"
              rows={14}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={t("pastePlaceholder")}
            />
          </label>
        )}
        <ImportProgress stage={stage} />
        <ErrorMessage error={create.error} />
        <button
          type="submit"
          className="button-primary"
          disabled={busy || (mode === "file" ? !file : !text.trim())}
        >
          {t("startImport")}
        </button>
      </form>
    </section>
  );
}

function ImportProgress({ stage }: { stage: Stage }) {
  const { t } = useI18n();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (stage.name !== "analysing") return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [stage.name]);
  if (stage.name === "idle") return null;
  const steps = ["reading", "uploading", "analysing"] as const;
  const current = steps.indexOf(stage.name);
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <ol className="steps">
        {steps.map((s, i) => (
          <li key={s} className={i < current ? "done" : i === current ? "current" : ""}>
            {t(`stage_${s}`)}
          </li>
        ))}
      </ol>
      {stage.name === "analysing" ? (
        <>
          <progress aria-label={t("stage_analysing")} />
          <p>{t("analysingFor", { s: Math.round((now - stage.since) / 1000) })}</p>
        </>
      ) : (
        <>
          <progress value={stage.fraction} max={1} aria-label={t(`stage_${stage.name}`)} />
          <p>{Math.round(stage.fraction * 100)}%</p>
        </>
      )}
    </div>
  );
}
