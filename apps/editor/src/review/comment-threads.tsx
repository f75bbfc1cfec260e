import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { formatDateTime } from "../lib/time";
import { type RouterOutputs, useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { useSession } from "../workspace/report-session";

type Comment = RouterOutputs["comments"]["list"][number];

/** The comment threads on one section (or, with a null section, on the report), with a box to start one. */
export function CommentThreads({
  sectionId,
  comments,
  label,
}: {
  sectionId: string | null;
  comments: readonly Comment[];
  label?: string;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { reportId } = useSession();
  const [body, setBody] = useState("");
  const [open, setOpen] = useState(false);
  const threads = comments.filter((c) => c.sectionId === sectionId && !c.parentId);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.comments.list.queryKey({ reportId }) });
  const add = useMutation(
    trpc.comments.add.mutationOptions({
      onSuccess: () => {
        setBody("");
        setOpen(false);
        void refresh();
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (body.trim()) add.mutate({ reportId, sectionId, body: body.trim() });
  };
  return (
    <div className="threads">
      {threads.length === 0 && sectionId === null ? <p className="muted">{t("noComments")}</p> : null}
      {threads.map((c) => (
        <Thread
          key={c.id}
          root={c}
          replies={comments.filter((r) => r.parentId === c.id)}
          onChange={refresh}
        />
      ))}
      {open ? (
        <form onSubmit={submit} className="stack comment-form">
          <label className="field">
            <span>{sectionId ? t("commentOn", { name: label ?? "" }) : t("commentOnReport")}</span>
            <textarea rows={3} value={body} maxLength={5000} onChange={(e) => setBody(e.target.value)} />
          </label>
          <ErrorMessage error={add.error} />
          <div className="actions">
            <button
              type="submit"
              className="button-primary button-small"
              disabled={!body.trim() || add.isPending}
            >
              {t("postComment")}
            </button>
            <button type="button" className="button-small" onClick={() => setOpen(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button-small"
          onClick={() => setOpen(true)}
          aria-label={sectionId ? t("addCommentOn", { name: label ?? "" }) : t("addComment")}
        >
          {t("addComment")}
        </button>
      )}
    </div>
  );
}

function Thread({ root, replies, onChange }: { root: Comment; replies: Comment[]; onChange(): void }) {
  const { t, lang } = useI18n();
  const trpc = useTRPC();
  const { reportId } = useSession();
  const [reply, setReply] = useState("");
  const [replying, setReplying] = useState(false);
  const post = useMutation(
    trpc.comments.reply.mutationOptions({
      onSuccess: () => {
        setReply("");
        setReplying(false);
        onChange();
      },
    }),
  );
  const resolve = useMutation(trpc.comments.resolve.mutationOptions({ onSuccess: onChange }));
  const resolved = root.resolvedAt !== null;
  return (
    <article className={`thread ${resolved ? "resolved" : ""}`}>
      {[root, ...replies].map((c) => (
        <div key={c.id} className="comment">
          <p className="comment-meta">
            <strong>{c.author.name}</strong> ·{" "}
            <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lang)}</time> ·{" "}
            {t("versionN", { n: c.version })}
          </p>
          <p className="comment-body">{c.body}</p>
        </div>
      ))}
      {resolved ? <p className="small ok-text">✓ {t("resolved")}</p> : null}
      <div className="actions">
        {!resolved ? (
          <button type="button" className="button-small" onClick={() => setReplying((r) => !r)}>
            {t("reply")}
          </button>
        ) : null}
        <button
          type="button"
          className="button-small"
          disabled={resolve.isPending}
          onClick={() => resolve.mutate({ reportId, commentId: root.id, resolved: !resolved })}
        >
          {resolved ? t("reopenThread") : t("resolve")}
        </button>
      </div>
      {replying ? (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (reply.trim()) post.mutate({ reportId, commentId: root.id, body: reply.trim() });
          }}
        >
          <label className="field">
            <span>{t("reply")}</span>
            <textarea rows={2} value={reply} maxLength={5000} onChange={(e) => setReply(e.target.value)} />
          </label>
          <button
            type="submit"
            className="button-primary button-small"
            disabled={!reply.trim() || post.isPending}
          >
            {t("postReply")}
          </button>
        </form>
      ) : null}
      <ErrorMessage error={post.error ?? resolve.error} />
    </article>
  );
}
