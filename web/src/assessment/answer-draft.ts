import { useCallback, useEffect, useState } from 'react';

/** What the form keeps while a facilitator answers: raw control values, as typed. */
export type DraftAnswers = Record<string, string>;

export interface AssessmentDraft {
  answers: DraftAnswers;
  /** The step on screen, so a reload returns to the same question. */
  step: number;
  latitude: number | null;
  longitude: number | null;
}

const PREFIX = 'selaras.assessment-draft';

/** One draft per household and indicator-set version: answers to another version do not mix in. */
export function draftKey(householdId: string, setId: string, version: number): string {
  return `${PREFIX}:${householdId}:${setId}:${version}`;
}

export function emptyDraft(): AssessmentDraft {
  return { answers: {}, step: 0, latitude: null, longitude: null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a stored draft; anything unreadable (old format, another app's data) is an empty draft. */
export function readDraft(key: string): AssessmentDraft {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return emptyDraft();
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value) || !isRecord(value.answers)) return emptyDraft();
    const answers: DraftAnswers = {};
    for (const [code, answer] of Object.entries(value.answers)) {
      if (typeof answer === 'string') answers[code] = answer;
    }
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    return {
      answers,
      step: num(value.step) ?? 0,
      latitude: num(value.latitude),
      longitude: num(value.longitude),
    };
  } catch {
    return emptyDraft();
  }
}

function writeDraft(key: string, draft: AssessmentDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked (private mode): the form still works, only without the safety copy.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

/**
 * Forgets a household's drafts for set versions that can no longer be used (a newer version was
 * activated): their answers cannot be sent, and phones should not keep data they do not need.
 */
export function forgetStaleDrafts(householdId: string, keep: readonly string[]): void {
  try {
    const prefix = `${PREFIX}:${householdId}:`;
    const stale: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix) && !keep.includes(key)) stale.push(key);
    }
    for (const key of stale) localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * The form's draft, copied to localStorage on every change, so a dropped connection or a reload in
 * the middle of a visit loses nothing. `clear` forgets it after a successful save.
 */
export function usePersistentDraft(key: string) {
  const [state, setState] = useState(() => ({ key, draft: readDraft(key) }));
  const draft = state.key === key ? state.draft : readDraft(key);
  useEffect(() => {
    if (state.key !== key) setState({ key, draft: readDraft(key) });
  }, [key, state.key]);

  const update = useCallback(
    (change: (draft: AssessmentDraft) => AssessmentDraft) =>
      setState((prev) => {
        const base = prev.key === key ? prev.draft : readDraft(key);
        const next = change(base);
        writeDraft(key, next);
        return { key, draft: next };
      }),
    [key],
  );
  const clear = useCallback(() => clearDraft(key), [key]);
  return { draft, update, clear };
}
