import { apiGet, apiPost } from '../api/client.ts';
import type {
  Assessment,
  AssessmentForm,
  AssessmentHistory,
  NewAssessmentInput,
  ReclassifyResult,
} from '../api/types.ts';

const household = (id: string) => `/households/${encodeURIComponent(id)}`;

/** The active sets that apply to the household's cluster, with its previous answers. */
export function getAssessmentForm(householdId: string, signal?: AbortSignal) {
  return apiGet<AssessmentForm>(`${household(householdId)}/assessment-form`, undefined, signal);
}

export function getAssessments(householdId: string, signal?: AbortSignal) {
  return apiGet<AssessmentHistory>(`${household(householdId)}/assessments`, undefined, signal);
}

export function createAssessment(householdId: string, input: NewAssessmentInput) {
  return apiPost<Assessment>(`${household(householdId)}/assessments`, input);
}

/** Re-classifies every household's latest answers under the active sets (one transaction). */
export function reclassify(setIds?: string[]) {
  return apiPost<ReclassifyResult>('/assessments/reclassify', setIds ? { setIds } : {});
}
