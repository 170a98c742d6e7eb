// `npm run seed` — re-validates data/ and reloads it even when unchanged.
process.argv.push("--force");
await import("./prepare-db");
export {};
