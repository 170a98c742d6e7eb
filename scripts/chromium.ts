/**
 * Debian's Chromium and the flags it needs here: without the background-networking flags it
 * floods the closed network with refused connections (STACK.md). Used by Playwright and the
 * screenshot and measurement scripts.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
