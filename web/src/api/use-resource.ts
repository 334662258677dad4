import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping the current data on screen until the new data arrives. */
  reload: () => void;
  /** Replaces the data after a successful change, without a round trip. */
  mutate: (data: T) => void;
}

interface State<T> {
  key: string | null;
  data?: T;
  error?: unknown;
  loading: boolean;
}

/**
 * Loads data for `key` (null: nothing to load) and reloads when the key changes. A request that
 * was overtaken by a newer one or by unmounting is aborted and its result dropped.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const loadRef = useRef(load);
  loadRef.current = load;
  const [state, setState] = useState<State<T>>({ key, loading: key !== null });
  const [generation, setGeneration] = useState(0);
  const requestKey = key === null ? null : `${generation}:${key}`;

  useEffect(() => {
    if (requestKey === null) return;
    const controller = new AbortController();
    const currentKey = requestKey.slice(requestKey.indexOf(':') + 1);
    setState((prev) =>
      prev.key === currentKey
        ? { ...prev, error: undefined, loading: true }
        : { key: currentKey, loading: true },
    );
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key: currentKey, data, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((prev) => ({ ...prev, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [requestKey]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const mutate = useCallback((data: T) => setState((prev) => ({ ...prev, data, error: undefined })), []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && (!current || state.loading),
    reload,
    mutate,
  };
}
