import type { Kysely } from 'kysely';
import type { Config } from '../config/config.ts';
import type { DatabaseKind } from '../db/connect.ts';
import type { DB } from '../db/schema.ts';
import type { Notifier } from '../notification/notifier.ts';
import type { Clock } from '../platform/clock.ts';
import type { RegionIndex } from '../reference/region-index.ts';

/** What the HTTP app and its use cases need from the outside world. No globals. */
export interface AppDeps {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  config: Config;
  clock: Clock;
  regions: RegionIndex;
  /** Referral notifications; defaults to the channels configured by environment. */
  notifier?: Notifier;
}
