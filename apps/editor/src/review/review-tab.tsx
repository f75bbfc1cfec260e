import { displayHeadings } from "@gongkai/domain";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useI18n } from "../i18n/i18n";
import { useTRPC } from "../lib/trpc";
import { ErrorMessage } from "../ui/error-message";
import { useSession } from "../workspace/report-session";
import { CommentThreads } from "./comment-threads";
import { WorkflowActions } from "./workflow-actions";

/**
 * Review: the report's text with the comments on each section beside it (add, reply, resolve), comments on the
 * whole report, and the workflow steps open to this user (approve, send back with reasons, publish now or at a
 * time, withdraw, correct).
 */
export function ReviewTab() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { working, reportId } = useSession();
  const comments = useQuery({ ...trpc.comments.list.queryOptions({ reportId }), refetchInterval: 20_000 });
  const sections = working.report.sections;
  const headings = displayHeadings(sections);

  // A link to a section's comments (from the editor's section) scrolls to them.
  useEffect(() => {
    if (!comments.data || !location.hash) return;
    document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: "start" });
  }, [comments.data]);

  return (
    <div className="review-layout">
      <WorkflowActions />
      <section aria-labelledby="general-comments" className="review-general">
        <h2 id="general-comments">{t("reportComments")}</h2>
        {comments.isError ? <ErrorMessage error={comments.error} /> : null}
        <CommentThreads sectionId={null} comments={comments.data ?? []} />
      </section>
      <section aria-labelledby="section-comments">
        <h2 id="section-comments">{t("sectionComments")}</h2>
        <ol className="review-sections">
          {sections.map((s, i) => (
            <li key={s.id} id={`comments-${s.id}`} className={`review-section level-${s.level}`}>
              <div className="review-text" lang="zh-CN">
                <h3>{headings[i] || t("untitledSection")}</h3>
                {s.text.split("\n").map((p, k) =>
                  p ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional
                    <p key={k}>{p}</p>
                  ) : null,
                )}
              </div>
              <div className="review-comments">
                <CommentThreads
                  sectionId={s.id}
                  comments={comments.data ?? []}
                  label={headings[i] || t("untitledSection")}
                />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
