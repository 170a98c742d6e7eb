import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";

// E2E_PORT lets two work trees run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3200);
const usingPostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  testDir: "e2e",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The same start path as `npm start`, on its own port and (without DATABASE_URL) its own fresh PGlite directory.
    command: usingPostgres ? "npx tsx scripts/start.ts" : "rm -rf .data/e2e && npx tsx scripts/start.ts",
    env: { PORT: String(PORT), PGLITE_DIR: ".data/e2e", NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://localhost:${PORT}`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
