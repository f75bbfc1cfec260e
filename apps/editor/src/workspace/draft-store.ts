import type { SectionDraft } from "./drafts";

/*
 * Unsaved section drafts are also kept in this browser's storage, per user and report, so that a closed tab, a
 * crash or a lost connection never loses typed text: the next visit offers them again (and merges on conflict).
 */

const key = (userId: string, reportId: string) => `gongkai.editor.drafts:${userId}:${reportId}`;

export function loadDrafts(userId: string, reportId: string): Record<string, SectionDraft> {
  try {
    const raw = localStorage.getItem(key(userId, reportId));
    if (!raw) return {};
    const parsed = JSON.parse(raw) as Record<string, SectionDraft>;
    return typeof parsed === "object" && parsed ? parsed : {};
  } catch {
    return {};
  }
}

export function storeDrafts(userId: string, reportId: string, drafts: Record<string, SectionDraft>): void {
  try {
    if (Object.keys(drafts).length === 0) localStorage.removeItem(key(userId, reportId));
    else localStorage.setItem(key(userId, reportId), JSON.stringify(drafts));
  } catch {
    // Storage full or unavailable: the drafts still live in memory and autosave keeps trying.
  }
}
