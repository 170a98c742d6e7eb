import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockDirectory } from "./directory-lock";

const root = mkdtempSync(path.join(tmpdir(), "lock-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("one process per embedded database directory", () => {
  it("refuses a second owner with a clear message while the first runs", () => {
    const dir = path.join(root, "a");
    const release = lockDirectory(dir);
    // Another process (a second server) must be refused.
    const other = spawnSync(process.execPath, ["--import", "tsx", "-e", `import("${path.resolve("lib/db/directory-lock.ts").replace(/\\/g, "/")}").then((m) => m.lockDirectory(${JSON.stringify(dir)}))`], { encoding: "utf8" });
    expect(other.status).not.toBe(0);
    expect(other.stderr).toMatch(/is in use by another process \(PID \d+\)/);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const dir = path.join(root, "b");
    writeFileSync(`${dir}.lock`, "999999");
    const release = lockDirectory(dir);
    release();
  });
});
