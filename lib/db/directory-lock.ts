import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

/**
 * One process at a time on an embedded database directory: PGlite is single-writer, and two
 * servers on one `.data` silently lose each other's writes. The lock file holds the owner's
 * PID; a lock left by a process that no longer runs is taken over.
 */
export function lockDirectory(dir: string): () => void {
  const file = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number(readFileSync(file, "utf8").trim());
      if (owner && owner !== process.pid && isRunning(owner))
        throw new Error(
          `The embedded database at ${dir} is in use by another process (PID ${owner}). Stop it first, or point PGLITE_DIR at another directory. If no such process runs, delete ${file}.`,
        );
      rmSync(file, { force: true }); // stale: its owner is gone
    }
  }
  throw new Error(`Could not lock the embedded database at ${dir}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed process whose parent has not reaped it yet (a zombie) still answers signal 0.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (not Linux): trust the signal
  }
}
