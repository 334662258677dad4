import path from 'node:path';

/** Runtime configuration, read once from the environment. Every value has a safe default. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded PGlite database (ignored when `databaseUrl` is set). */
  dataDir: string;
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl: string | undefined;
  /** Four-digit code of the regency this deployment serves (default Bantaeng, 7303). */
  regencyCode: string;
  /** Password for the `admin` account created on the first start (otherwise generated). */
  adminPassword: string | undefined;
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  login: { maxFailures: number; windowMinutes: number; lockMinutes: number };
  /** Demo scale loaded by `serve` on an empty database; 0 disables it. */
  demoScaleOnEmpty: number;
  logLevel: string;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`Environment variable ${name} must be a non-negative number, got "${raw}"`);
  }
  return value;
}

/** Builds the configuration from environment variables (see README, "Configuration"). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const regencyCode = env.SELARAS_REGENCY ?? '7303';
  if (!/^\d{4}$/.test(regencyCode)) {
    throw new Error(`SELARAS_REGENCY must be a four-digit regency code, got "${regencyCode}"`);
  }
  return {
    port: intFrom(env, 'PORT', 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.SELARAS_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    regencyCode,
    adminPassword: env.SELARAS_ADMIN_PASSWORD || undefined,
    session: {
      idleMinutes: intFrom(env, 'SELARAS_SESSION_IDLE_MINUTES', 30),
      absoluteHours: intFrom(env, 'SELARAS_SESSION_MAX_HOURS', 12),
      cookieSecure: env.SELARAS_COOKIE_SECURE === 'true',
    },
    login: {
      maxFailures: intFrom(env, 'SELARAS_LOGIN_MAX_FAILURES', 5),
      windowMinutes: intFrom(env, 'SELARAS_LOGIN_WINDOW_MINUTES', 15),
      lockMinutes: intFrom(env, 'SELARAS_LOGIN_LOCK_MINUTES', 15),
    },
    demoScaleOnEmpty: Number(env.SELARAS_DEMO_SCALE ?? '0.1'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
