import { corpusETag, corpusRoute, notFound, parseQuery } from "@/lib/api/http";
import { invalidInput } from "@/lib/api/problem";
import { getCorpusVersion } from "@/lib/db/queries";
import { getEngineCorpus } from "@/lib/db/systems";
import { publicBaseUrl } from "@/lib/export/oscal/links";
import { selectCrosswalkPair } from "@/lib/export/oscal/pair";
import { buildSssom } from "@/lib/export/sssom";
import { crosswalkPairQuerySchema } from "@/lib/schemas/interop";

export const dynamic = "force-dynamic";

/** GET /api/v1/crosswalk/sssom.tsv?from=&to=: the crosswalk as an SSSOM mapping set (TSV with its YAML metadata block). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ url, corpusVersion }) => {
  const query = parseQuery(url, crosswalkPairQuerySchema);
  if (!query.ok) return query.response;
  const [corpus, loaded] = await Promise.all([getEngineCorpus(), getCorpusVersion()]);
  const pair = selectCrosswalkPair(corpus, query.data.from, query.data.to);
  if (!pair.ok) return invalidInput(pair.problems.map((p) => ({ path: p.field, message: p.message })));
  if (pair.pair.mappings.length === 0) return notFound(`no mapping links ${query.data.from} and ${query.data.to}`);
  const set = buildSssom(pair.pair, {
    corpusVersion: corpus.corpusVersion,
    baseUrl: publicBaseUrl(),
    publicationDate: (loaded?.loadedAt ?? new Date()).toISOString().slice(0, 10),
  });
  return new Response(set.tsv, {
    headers: {
      "Content-Type": "text/tab-separated-values; charset=utf-8",
      "Content-Disposition": `inline; filename="${query.data.from}--${query.data.to}.sssom.tsv"`,
      ETag: corpusETag(corpusVersion, url),
      "Cache-Control": "public, no-cache",
    },
  });
});
