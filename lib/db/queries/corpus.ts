import { client, type Client } from "./shared";

/** The loaded corpus version, shown as "data version" in the footer; it also versions API responses (ETag). */
export async function getCorpusVersion(db?: Client) {
  const run = await (await client(db)).seedRun.findFirst({ orderBy: { id: "desc" } });
  return run ? { version: run.corpusVersion, loadedAt: run.createdAt } : null;
}
