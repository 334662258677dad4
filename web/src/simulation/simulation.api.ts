import { apiPost } from '../api/client.ts';
import type { SimulationRequest, SimulationResult } from '../api/types.ts';

/** Evaluates a candidate set against every household's latest answers; nothing is saved. */
export function runSimulation(request: Omit<SimulationRequest, 'moversLimit'> & { moversLimit?: number }) {
  return apiPost<SimulationResult>('/simulations', request);
}
