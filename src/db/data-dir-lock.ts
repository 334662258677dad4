import fs from 'node:fs';
import path from 'node:path';

/** Thrown when another live process holds the PGlite data folder. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `Folder data ${dataDir} sedang dipakai oleh proses lain (pid ${holder.pid}, "${holder.command}"). ` +
        'PGlite hanya boleh dibuka oleh satu proses. Hentikan proses itu dulu, atau lakukan perubahan ' +
        'lewat server yang sedang berjalan (aplikasi web atau API), misalnya POST /api/v1/users. ' +
        `(The data folder is in use by pid ${holder.pid}; stop it first or go through the running server.)`,
    );
    this.name = 'DataDirBusyError';
  }
}

export interface LockInfo {
  pid: number;
  command: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads who holds the lock of a data folder, or undefined when it is free (or held by a dead process). */
export function readLock(dataDir: string): LockInfo | undefined {
  const file = path.join(dataDir, 'selaras.lock');
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
    return isAlive(info.pid) && info.pid !== process.pid ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the data folder for this process: an exclusive lock file with our pid. A lock left by a
 * process that no longer runs is taken over. Returns the function that releases it.
 */
export function acquireDataDirLock(dataDir: string, command: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'selaras.lock');
  const info: LockInfo = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          fs.unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(dataDir);
      if (holder) throw new DataDirBusyError(dataDir, holder);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock data folder ${dataDir}`);
}
