import { type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import { AppError, notFound, validationFailed } from '../platform/errors.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  activeOverlapping,
  findSet,
  insertSet,
  nextVersion,
  type SetRecord,
  updateDraft,
} from './indicator-set.repo.ts';
import { checkDefinition, parseDefinition, parseDefinitionText } from './indicator-set.rules.ts';
import type { IndicatorSetDefinition } from './indicator-set.schema.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

const notDraft = () => new AppError(409, 'SET_NOT_DRAFT');
const revisionConflict = (current: number) =>
  new AppError(409, 'VERSION_CONFLICT', { field: 'revision', params: { currentVersion: current } });

export async function readSet(deps: Deps, ctx: RequestContext, id: string): Promise<SetRecord> {
  const set = await findSet(deps.db, ctx.actor.kabupatenCode, id);
  if (!set) throw notFound();
  return set;
}

/** Refuses a document whose cross-field rules fail, with paths under `prefix`. */
function assertValid(definition: IndicatorSetDefinition, prefix: string): void {
  const errors = checkDefinition(definition);
  if (errors.length > 0) throw validationFailed(errors.map((e) => ({ ...e, field: `${prefix}.${e.field}` })));
}

/**
 * Stores a document as a new draft: the next version of its code. A code keeps its scheme across
 * versions (the current class of households is kept per scheme).
 */
async function storeDraft(
  deps: Deps,
  ctx: RequestContext,
  definition: IndicatorSetDefinition,
  action: string,
  field: string,
): Promise<string> {
  return deps.db.transaction().execute(async (tx) => {
    const kabupatenCode = ctx.actor.kabupatenCode;
    const earlier = await tx
      .selectFrom('indicator_set')
      .where('kabupaten_code', '=', kabupatenCode)
      .where('code', '=', definition.code)
      .select('scheme')
      .executeTakeFirst();
    if (earlier && earlier.scheme !== definition.scheme)
      throw validationFailed([
        { field: `${field}.scheme`, code: 'SET_SCHEME_MISMATCH', params: { scheme: earlier.scheme } },
      ]);
    const version = await nextVersion(tx, kabupatenCode, definition.code);
    const id = await insertSet(tx, {
      kabupatenCode,
      definition,
      version,
      status: 'draft',
      actorId: ctx.actor.id,
      now: deps.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action,
      objectType: 'indicator_set',
      objectId: id,
      details: { code: definition.code, version },
    });
    return id;
  });
}

/** A new draft: a copy of an existing version (any status), or a new document. */
export async function createDraft(
  deps: Deps,
  ctx: RequestContext,
  input: { copyOf?: string | undefined; definition?: IndicatorSetDefinition | undefined },
): Promise<string> {
  if ((input.copyOf === undefined) === (input.definition === undefined))
    throw validationFailed([{ field: 'copyOf', code: 'SET_SOURCE_REQUIRED' }]);
  if (input.copyOf !== undefined) {
    const source = await findSet(deps.db, ctx.actor.kabupatenCode, input.copyOf);
    if (!source) throw validationFailed([{ field: 'copyOf', code: 'SET_UNKNOWN' }]);
    return storeDraft(deps, ctx, source.definition, 'indicator_set.copy', 'definition');
  }
  const definition = input.definition!;
  assertValid(definition, 'definition');
  return storeDraft(deps, ctx, definition, 'indicator_set.create', 'definition');
}

/** Imports a file (JSON object already parsed, or JSON/YAML text) as a new draft; field errors name the path in the file. */
export async function importSet(deps: Deps, ctx: RequestContext, body: unknown): Promise<string> {
  const parsed = typeof body === 'string' ? parseDefinitionText(body) : parseDefinition(body);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  return storeDraft(deps, ctx, parsed.definition, 'indicator_set.import', '');
}

/** Replaces a draft's document; the revision guards against overwriting someone else's edit. */
export async function editDraft(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: { revision: number; definition: IndicatorSetDefinition },
): Promise<void> {
  const set = await readSet(deps, ctx, id);
  if (set.status !== 'draft') throw notDraft();
  const errors = [];
  if (input.definition.code !== set.code)
    errors.push({ field: 'definition.code', code: 'SET_CODE_IMMUTABLE' });
  if (input.definition.scheme !== set.scheme)
    errors.push({ field: 'definition.scheme', code: 'SET_CODE_IMMUTABLE' });
  if (errors.length > 0) throw validationFailed(errors);
  assertValid(input.definition, 'definition');
  await deps.db.transaction().execute(async (tx) => {
    const updated = await updateDraft(
      tx,
      id,
      input.revision,
      input.definition,
      ctx.actor.id,
      deps.clock.now(),
    );
    if (!updated) {
      const current = await findSet(tx, ctx.actor.kabupatenCode, id);
      if (current?.status !== 'draft') throw notDraft();
      throw revisionConflict(current.revision);
    }
    await recordAudit(tx, ctx, {
      action: 'indicator_set.update',
      objectType: 'indicator_set',
      objectId: id,
      details: { code: set.code, version: set.version, revision: input.revision + 1 },
    });
  });
}

/**
 * Activates a draft. The active versions of the same scheme whose clusters overlap are retired in
 * the same transaction. Stored results are never touched: re-classification is a separate step.
 */
export async function activateSet(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  revision: number,
): Promise<{ id: string; code: string; version: number }[]> {
  return deps.db.transaction().execute(async (tx) => {
    const set = await findSet(tx, ctx.actor.kabupatenCode, id);
    if (!set) throw notFound();
    if (set.status !== 'draft') throw notDraft();
    if (set.revision !== revision) throw revisionConflict(set.revision);
    const now = deps.clock.now();
    const retired = await activeOverlapping(tx, ctx.actor.kabupatenCode, set.scheme, set.clusters);
    if (retired.length > 0) {
      await tx
        .updateTable('indicator_set')
        .set({ status: 'retired', retired_at: now, updated_at: now, updated_by: ctx.actor.id })
        .where(
          'id',
          'in',
          retired.map((r) => r.id),
        )
        .execute();
    }
    const updated = await tx
      .updateTable('indicator_set')
      .set({
        status: 'active',
        activated_at: now,
        activated_by: ctx.actor.id,
        updated_at: now,
        updated_by: ctx.actor.id,
      })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .where('revision', '=', revision)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw revisionConflict(set.revision);
    await recordAudit(tx, ctx, {
      action: 'indicator_set.activate',
      objectType: 'indicator_set',
      objectId: id,
      details: { code: set.code, version: set.version, retired: retired.map((r) => r.id) },
    });
    return retired;
  });
}
