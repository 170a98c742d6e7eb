// The MCP server over stdio, for desktop agents: `npm run --silent mcp` (cwd: this repository).
// With DATABASE_URL it reads that Postgres; without it, the validated data files (queries run on
// a private in-memory copy), so it never contends with a running server for the PGlite
// directory. stdout carries the protocol and nothing else: every log goes to stderr.
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { isJSONRPCErrorResponse, isJSONRPCRequest, isJSONRPCResultResponse } from "@modelcontextprotocol/sdk/types.js";
import { CorpusError } from "@/lib/corpus/load";
import { createCrosswalkServer } from "@/lib/mcp/server";
import type { CrosswalkSource } from "@/lib/mcp/source";
import { sourceForStandaloneProcess } from "@/lib/mcp/standalone-source";

// A stray console.log from any library would corrupt the JSON-RPC stream.
console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);
const log = (message: string) => process.stderr.write(`[crosswalk-mcp] ${message}\n`);

let source: CrosswalkSource;
try {
  source = await sourceForStandaloneProcess();
} catch (e) {
  if (e instanceof CorpusError) {
    log("the framework data is invalid:");
    for (const p of e.problems) log(`  ${p}`);
  } else log(`cannot start: ${(e as Error).message}`);
  process.exit(1);
}

const server = createCrosswalkServer(source);
const transport = new StdioServerTransport();
let closing = false;
async function shutdown(code = 0) {
  if (closing) return;
  closing = true;
  await server.close().catch(() => undefined);
  await source.close().catch(() => undefined);
  process.exit(code);
}
transport.onclose = () => void shutdown();
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());

await server.connect(transport);

// When stdin ends, answer what was already asked, then exit: `printf '…' | npm run --silent mcp`
// gets every response, and a client that closes stdin does not leave the process behind.
let inFlight = 0;
let stdinEnded = false;
const receive = transport.onmessage!;
transport.onmessage = (message) => {
  if (isJSONRPCRequest(message)) inFlight++;
  receive(message);
};
const send = transport.send.bind(transport);
transport.send = async (message) => {
  await send(message);
  if (isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) inFlight--;
  if (stdinEnded && inFlight <= 0) void shutdown();
};
process.stdin.on("end", () => {
  stdinEnded = true;
  if (inFlight <= 0) void shutdown();
});
log(`ready on stdio, reading ${source.description}`);
// Warm the query database now, so the first search does not wait for it (file mode: ~5 s).
source.prisma().then(
  () => log("queries ready"),
  (e: Error) => log(`the query database could not be prepared: ${e.message}`),
);
