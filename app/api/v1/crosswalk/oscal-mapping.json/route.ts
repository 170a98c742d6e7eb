import { corpusRoute, notFound, parseQuery } from "@/lib/api/http";
import { invalidInput } from "@/lib/api/problem";
import { getCorpusVersion, listFrameworks } from "@/lib/db/queries";
import { getEngineCorpus } from "@/lib/db/systems";
import { catalogApiHref } from "@/lib/export/oscal/links";
import { buildOscalMappingCollection } from "@/lib/export/oscal/mapping";
import { selectCrosswalkPair } from "@/lib/export/oscal/pair";
import { crosswalkPairQuerySchema } from "@/lib/schemas/interop";

export const dynamic = "force-dynamic";

/** GET /api/v1/crosswalk/oscal-mapping.json?from=&to=: the crosswalk as an OSCAL 1.2 mapping-collection. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = corpusRoute(async ({ request, url }) => {
  const query = parseQuery(url, crosswalkPairQuerySchema);
  if (!query.ok) return query.response;
  const [corpus, loaded, frameworks] = await Promise.all([getEngineCorpus(), getCorpusVersion(), listFrameworks()]);
  const pair = selectCrosswalkPair(corpus, query.data.from, query.data.to);
  if (!pair.ok) return invalidInput(pair.problems.map((p) => ({ path: p.field, message: p.message })));
  const document = buildOscalMappingCollection(pair.pair, {
    lastModified: (loaded?.loadedAt ?? new Date()).toISOString(),
    corpusVersion: corpus.corpusVersion,
    catalogHref: (framework, version) => catalogApiHref(framework, version, request.headers),
    frameworkSources: Object.fromEntries(frameworks.map((f) => [f.id, { sourceUrl: f.sourceUrl, publisher: f.publisher }])),
  });
  if (!document) return notFound(`no mapping links ${query.data.from} and ${query.data.to}`);
  return { json: document };
});
