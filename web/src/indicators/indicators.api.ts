import { API_BASE, apiGet, apiPatch, apiPost, apiRequest } from '../api/client.ts';
import type {
  ActivationResult,
  IndicatorSet,
  IndicatorSetDefinition,
  IndicatorSetSummary,
  Items,
  SetStatus,
} from '../api/types.ts';

export function listSets(query: { status?: SetStatus; cluster?: string }, signal?: AbortSignal) {
  return apiGet<Items<IndicatorSetSummary>>('/indicator-sets', query, signal);
}

export function getSet(id: string, signal?: AbortSignal) {
  return apiGet<IndicatorSet>(`/indicator-sets/${encodeURIComponent(id)}`, undefined, signal);
}

/** A new draft: the next version of an existing one. */
export function copyToDraft(id: string) {
  return apiPost<IndicatorSet>('/indicator-sets', { copyOf: id });
}

export function updateDraft(id: string, revision: number, definition: IndicatorSetDefinition) {
  return apiPatch<IndicatorSet>(`/indicator-sets/${encodeURIComponent(id)}`, { revision, definition });
}

export function activateSet(id: string, revision: number) {
  return apiPost<ActivationResult>(`/indicator-sets/${encodeURIComponent(id)}/activate`, { revision });
}

/** Sends a JSON or YAML file as it is; the server checks it and answers a field error per problem. */
export function importSetFile(fileName: string, text: string) {
  const yaml = /\.ya?ml$/i.test(fileName);
  return apiRequest<IndicatorSet>('/indicator-sets/import', {
    method: 'POST',
    rawBody: { contentType: yaml ? 'application/yaml' : 'application/json', text },
  });
}

export function exportUrl(id: string, format: 'json' | 'yaml'): string {
  return `${API_BASE}/indicator-sets/${encodeURIComponent(id)}/export?format=${format}`;
}
