import { classLabel } from "@/lib/class-labels";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { z } from "zod";
import { getCrosswalkMatrix, getGapReport, getProvisionDetail, listFrameworkOptions, searchProvisions } from "@/lib/db/explorer";
import { assess } from "@/lib/engine/assess";
import { describeCondition } from "@/lib/engine/conditions";
import { INVERSE_RELATIONSHIP } from "@/lib/engine/crosswalk";
import type { EngineCorpus } from "@/lib/engine/types";
import { formatIssues } from "@/lib/schemas/issues";
import { profileSchema, type SystemProfile } from "@/lib/schemas/profile";
import { HIGHLIGHT_MARKERS } from "@/lib/search/highlight";
import { explainApplicability, findProvision } from "./explain";
import { frameworkVersionUri } from "./resources";
import {
  assessSystemInput,
  assessSystemOutput,
  crosswalkInput,
  crosswalkOutput,
  explainApplicabilityInput,
  explainApplicabilityOutput,
  gapReportInput,
  gapReportOutput,
  getProvisionInput,
  getProvisionOutput,
  listFrameworksOutput,
  searchProvisionsInput,
  searchProvisionsOutput,
} from "./schemas";
import type { CrosswalkSource } from "./source";

// The seven tools. Each reads through the shared query layer (lib/db/explorer.ts) or runs the
// engine (lib/engine/assess.ts), returns `structuredContent` matching its output schema and a
// short text summary, and reports bad input as a tool error (isError: true) in plain words.

/** Every tool only reads: nothing is stored, and the same input gives the same answer for one corpus version. */
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** A tool's answer; passing the output schema makes the compiler check `data` against it (the SDK checks it again at run time). */
function answer<T extends z.ZodType>(_schema: T, data: z.output<T>, summary: string): CallToolResult {
  return { content: [{ type: "text", text: summary }], structuredContent: data as Record<string, unknown> };
}

function toolError(...lines: string[]): CallToolResult {
  return { isError: true, content: [{ type: "text", text: lines.join("\n") }] };
}

/** An invalid profile: every problem as `path: message`, as the CLI prints and the API returns. */
function parseProfile(value: unknown): { ok: true; profile: SystemProfile } | { ok: false; error: CallToolResult } {
  const parsed = profileSchema.safeParse(value);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const problems = formatIssues(parsed.error);
  return { ok: false, error: toolError(`The profile is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):`, ...problems) };
}

const today = () => new Date().toISOString().slice(0, 10);
const plain = (highlighted: string) => highlighted.replaceAll(HIGHLIGHT_MARKERS.start, "").replaceAll(HIGHLIGHT_MARKERS.stop, "");
const frameworkOf = (provisionId: string) => provisionId.split("/", 1)[0]!;
const unknownFramework = (corpus: EngineCorpus, ...ids: string[]) => {
  const missing = ids.filter((id) => !corpus.frameworks.some((f) => f.id === id));
  return toolError(`Unknown framework: ${missing.join(", ")}. Known frameworks: ${corpus.frameworks.map((f) => f.id).join(", ")} (see list_frameworks).`);
};
const unknownProvision = (id: string) => toolError(`No provision "${id}". Ids are "<framework>/<key>", e.g. "eu-ai-act/art-26-1"; search_provisions finds them.`);
const lines = (items: string[], max = 15) => [...items.slice(0, max), ...(items.length > max ? [`… and ${items.length - max} more (see structuredContent)`] : [])];

export function registerTools(server: McpServer, source: CrosswalkSource) {
  server.registerTool(
    "search_provisions",
    {
      title: "Search provisions",
      description:
        "Ranked full-text search over the citations, titles and summaries of every provision (EU AI Act, Colorado AI Act, NIST AI RMF, ISO/IEC 42001, Hiroshima Code). A citation query (\"Art. 26\", \"6-1-1703\") finds the provision itself first, then its paragraphs in the law's order.",
      inputSchema: searchProvisionsInput,
      outputSchema: searchProvisionsOutput,
      annotations: READ_ONLY,
    },
    async ({ query, framework, limit, versions }) => {
      const result = await searchProvisions({ q: query, framework, limit, versions }, await source.prisma());
      const data = {
        query: result.query,
        citationQuery: result.citationQuery,
        total: result.total,
        hits: result.hits.map((h) => ({
          id: h.id,
          citation: h.citation,
          title: plain(h.titleHighlighted),
          framework: h.frameworkId,
          frameworkName: h.frameworkName,
          versionLabel: h.versionLabel,
          versionStatus: h.versionStatus,
          kind: h.kind,
          summary: h.summary,
          match: h.citationMatch === 3 ? ("exact-citation" as const) : h.citationMatch === 2 ? ("citation-subdivision" as const) : ("text" as const),
          rank: h.rank,
        })),
        facets: result.facets,
      };
      const head = data.total
        ? `${data.total} provision${data.total === 1 ? "" : "s"} match "${data.query}"${framework ? ` in ${framework}` : ""}; the first ${data.hits.length}:`
        : `No provision matches "${data.query}"${framework ? ` in ${framework}` : ""}.`;
      return answer(searchProvisionsOutput, data, [head, ...data.hits.map((h) => `- ${h.id} — ${h.citation} ${h.title} (${h.frameworkName}, ${h.versionLabel})`)].join("\n"));
    },
  );

  server.registerTool(
    "get_provision",
    {
      title: "Get a provision with its mappings",
      description:
        "One provision by id (\"<framework>/<key>\", e.g. \"eu-ai-act/art-27-1\"): citation, summary in our words, who it binds, when it applies, its conditions in plain words, concepts, parents and children, source link, and every mapping to other frameworks with the OSCAL relationship read from this provision, explanation, gap summary, confidence and provenance.",
      inputSchema: getProvisionInput,
      outputSchema: getProvisionOutput,
      annotations: READ_ONLY,
    },
    async ({ id, versions }) => {
      const [frameworkId, key] = [frameworkOf(id), id.slice(id.indexOf("/") + 1)];
      const detail = await getProvisionDetail(frameworkId, key, await source.prisma(), { versions });
      if (!detail) return unknownProvision(id);
      const { provision: p, framework: f, version: v } = detail;
      const data = {
        provision: {
          id: p.id,
          key: p.key,
          citation: p.citation,
          title: p.title,
          summary: p.summary,
          kind: p.kind,
          binds: p.binds,
          framework: { id: f.id, name: f.name, shortName: f.shortName, jurisdiction: f.jurisdiction, binding: f.binding },
          version: { id: v.id, label: v.label, act: v.act, status: v.status, validFrom: v.validFrom, validTo: v.validTo },
          applies: p.dates.applies.map((d) => ({ from: d.from, setBy: d.setBy, when: d.when ? describeCondition(d.when) : null, note: d.note ?? null })),
          conditions: p.conditions ? describeCondition(p.conditions) : null,
          concepts: detail.concepts.map((c) => ({ id: c.id, name: c.name })),
          parents: detail.ancestors.map((a) => ({ id: a.id, citation: a.citation, title: a.title })),
          children: detail.children.map((c) => ({ id: c.id, citation: c.citation, title: c.title, kind: c.kind })),
          sourceUrl: p.sourceUrl,
          verified: p.verified,
          verificationNote: p.verificationNote,
        },
        mappings: detail.mappings.map((m) => ({
          other: {
            id: m.other.id,
            citation: m.other.citation,
            title: m.other.title,
            framework: m.other.frameworkId,
            frameworkName: m.other.frameworkName,
            versionLabel: m.other.versionLabel,
            versionStatus: m.other.versionStatus,
          },
          ...mappingFields(m),
        })),
      };
      const summary = [
        `${p.citation} — ${p.title} (${f.shortName}, ${v.label}, ${v.status}${p.verified ? "" : ", not verified"})`,
        p.summary,
        data.mappings.length ? `Mappings (${data.mappings.length}), read from ${p.citation}:` : "No mappings to other frameworks yet.",
        // A pair mapped both ways is two records (each with its own explanation and gap summary): one line here.
        ...lines([...new Set(data.mappings.map((m) => `- ${m.relationship} ${m.other.id} (${m.other.citation}, ${m.other.frameworkName} ${m.other.versionLabel})`))]),
      ];
      return answer(getProvisionOutput, data, summary.join("\n"));
    },
  );

  server.registerTool(
    "list_frameworks",
    {
      title: "List frameworks",
      description:
        "Every framework in the corpus with its versions (status, validity, provision count and the MCP resource holding its provisions) and how many mappings touch it. Binding law first.",
      outputSchema: listFrameworksOutput,
      annotations: READ_ONLY,
    },
    async () => {
      const [options, corpus] = await Promise.all([source.prisma().then((db) => listFrameworkOptions(db)), source.corpus()]);
      const frameworks = options.flatMap((o) => {
        const f = corpus.frameworks.find((x) => x.id === o.id);
        if (!f) return [];
        const versions = o.versions.flatMap((ov) => {
          const v = f.versions.find((x) => x.id === ov.id);
          return v
            ? [{ id: v.id, label: v.label, status: v.status, validFrom: v.validFrom, validTo: v.validTo ?? null, provisions: v.provisions.filter((p) => p.kind !== "heading").length, resourceUri: frameworkVersionUri(f.id, v.id) }]
            : [];
        });
        const mappings = corpus.mappings.filter((m) => frameworkOf(m.source) === f.id || frameworkOf(m.target) === f.id).length;
        return [{ id: f.id, name: o.name, shortName: o.shortName, jurisdiction: f.jurisdiction, binding: f.binding, mappings, versions }];
      });
      const data = { corpusVersion: corpus.corpusVersion, frameworks };
      const summary = [
        `${frameworks.length} frameworks (corpus ${corpus.corpusVersion}):`,
        ...frameworks.map(
          (f) => `- ${f.id}: ${f.name} — ${f.jurisdiction}, ${f.binding ? "binding" : "voluntary"}; versions ${f.versions.map((v) => `${v.id} (${v.status}, ${v.provisions} provisions)`).join(", ")}; ${f.mappings} mappings`,
        ),
      ];
      return answer(listFrameworksOutput, data, summary.join("\n"));
    },
  );

  server.registerTool(
    "crosswalk",
    {
      title: "Crosswalk",
      description:
        "Typed mappings (OSCAL 1.2 / NIST IR 8477 relationships) between two frameworks (`from` and `to`), or every mapping of one provision (`provision`, optionally only those to framework `to`). Each link is read from the `from` side (or the provision's side) and carries the explanation, gap summary, confidence and provenance.",
      inputSchema: crosswalkInput,
      outputSchema: crosswalkOutput,
      annotations: READ_ONLY,
    },
    async ({ from, to, provision, versions }) => {
      const db = await source.prisma();
      let data: z.output<typeof crosswalkOutput>;
      if (provision) {
        if (from && from !== frameworkOf(provision)) return toolError(`from: "${from}" is not the framework of ${provision}; leave it out when you give a provision.`);
        const corpus = await source.corpus();
        const other = to ? corpus.frameworks.find((f) => f.id === to) : null;
        if (to && !other) return unknownFramework(corpus, to);
        const detail = await getProvisionDetail(frameworkOf(provision), provision.slice(provision.indexOf("/") + 1), db, { versions });
        if (!detail) return unknownProvision(provision);
        const self = {
          id: detail.provision.id,
          citation: detail.provision.citation,
          title: detail.provision.title,
          framework: detail.framework.id,
          versionLabel: detail.version.label,
          versionStatus: detail.version.status,
        };
        const links = detail.mappings
          .filter((m) => !to || m.other.frameworkId === to)
          .map((m) => ({
            from: self,
            to: { id: m.other.id, citation: m.other.citation, title: m.other.title, framework: m.other.frameworkId, versionLabel: m.other.versionLabel, versionStatus: m.other.versionStatus },
            ...mappingFields(m),
          }));
        data = {
          from: { id: detail.framework.id, shortName: detail.framework.shortName },
          to: other ? { id: other.id, shortName: other.shortName } : null,
          provision: self,
          total: links.length,
          counts: countBy(links),
          links,
        };
      } else {
        const matrix = await getCrosswalkMatrix(from!, to!, db, { versions });
        if (!matrix || matrix.to.id === "concepts") return unknownFramework(await source.corpus(), from!, to!);
        const end = (item: (typeof matrix.rows)[number]) => ({
          id: item.id,
          citation: item.citation,
          title: item.title,
          framework: frameworkOf(item.id),
          versionLabel: item.versionLabel,
          versionStatus: item.versionStatus,
        });
        const rows = new Map(matrix.rows.map((r) => [r.id, end(r)]));
        const columns = new Map(matrix.columns.map((c) => [c.id, end(c)]));
        const links = matrix.cells.flatMap((cell) =>
          cell.kind !== "mapping"
            ? []
            : cell.mappings.map((m) => ({
                from: rows.get(cell.row)!,
                to: columns.get(cell.col)!,
                mappingId: m.id,
                // Mapping ids are "<source>~<target>" (lib/db/seed.ts): a mapping recorded from the column reads inverted.
                relationship: m.id.startsWith(`${cell.row}~`) ? m.relationship : INVERSE_RELATIONSHIP[m.relationship],
                rationale: m.rationale,
                confidence: m.confidence,
                explanation: m.explanation,
                gapSummary: m.gapSummary,
                gapNotCoveredBy: m.targetCitation,
                provenance: m.provenance,
              })),
        );
        data = { from: { id: matrix.from.id, shortName: matrix.from.shortName }, to: { id: matrix.to.id, shortName: matrix.to.shortName }, provision: null, total: links.length, counts: countBy(links), links };
      }
      const subject = data.provision ? `${data.provision.citation} (${data.provision.id})${data.to ? ` and ${data.to.shortName}` : ""}` : `${data.from!.shortName} and ${data.to!.shortName}`;
      const summary = [
        `${data.total} mapping${data.total === 1 ? "" : "s"} between ${subject}${data.total ? ` (${Object.entries(data.counts).map(([r, n]) => `${n} ${r}`).join(", ")})` : ""}:`,
        // A pair mapped both ways is two records (each with its own explanation and gap summary): one line here.
        ...lines([...new Set(data.links.map((l) => `- ${l.from.id} ${l.relationship} ${l.to.id} (${l.to.citation})`))], 20),
      ];
      return answer(crosswalkOutput, data, summary.join("\n"));
    },
  );

  server.registerTool(
    "gap_report",
    {
      title: "Gap report",
      description:
        "How well framework `to` covers each provision of framework `from`: covered, partial (with what the other side leaves out), checked-none (analysed: no counterpart) or unmapped, from the mappings in either direction. Duty-bearing provisions by default (`scope: \"all\"` for every provision).",
      inputSchema: gapReportInput,
      outputSchema: gapReportOutput,
      annotations: READ_ONLY,
    },
    async ({ from, to, scope, version, versions, coverage }) => {
      const report = await getGapReport({ from, to, scope, version, versions }, await source.prisma());
      if (!report) return unknownFramework(await source.corpus(), from, to);
      if (version && report.version !== version)
        return toolError(`version: "${version}" is not a version of ${from}; its versions are ${report.from.versions.map((v) => v.id).join(", ")}.`);
      const rows = report.rows
        .filter((r) => !coverage || coverage.includes(r.coverage))
        .map((r) => ({
          id: r.id,
          citation: r.citation,
          title: r.title,
          kind: r.kind,
          versionLabel: r.versionLabel,
          versionStatus: r.versionStatus,
          coverage: r.coverage,
          mappings: r.mappings,
        }));
      const head = (f: typeof report.from) => ({ id: f.id, shortName: f.shortName, name: f.name, binding: f.binding });
      const data = { from: head(report.from), to: head(report.to), scope: report.scope, version: report.version, summary: report.summary, rows };
      const s = report.summary;
      const summary = [
        `How ${report.to.shortName} covers ${s.total} ${report.scope === "all" ? "provisions" : "duties"} of ${report.from.shortName}${report.version ? ` (${report.version})` : ""}: ${s.covered} covered, ${s.partial} partial, ${s.checkedNone} checked with no counterpart, ${s.unmapped} not mapped.`,
        ...(coverage ? [`Rows shown: ${rows.length} (${coverage.join(", ")}).`] : []),
        ...lines(rows.filter((r) => r.coverage !== "covered").map((r) => `- ${r.coverage}: ${r.id} (${r.citation} ${r.title})`)),
      ];
      return answer(gapReportOutput, data, summary.join("\n"));
    },
  );

  server.registerTool(
    "assess_system",
    {
      title: "Assess an AI system",
      description:
        "Runs the assessment engine on a system profile as of a date: its class under each law (with reasons and whether it is confirmed), scope findings, prohibited-practice warnings, one de-duplicated cited checklist, every obligation in short (status applies or may-apply, from which date) and the open questions whose answers would settle what is still uncertain. An invalid profile is a tool error listing every problem as `path: message`.",
      inputSchema: assessSystemInput,
      outputSchema: assessSystemOutput,
      annotations: READ_ONLY,
    },
    async ({ profile: raw, asOf }) => {
      const parsed = parseProfile(raw);
      if (!parsed.ok) return parsed.error;
      const corpus = await source.corpus();
      const result = assess(parsed.profile, corpus, asOf ?? today());
      const data = {
        asOf: result.asOf,
        corpusVersion: result.corpusVersion,
        classifications: result.classifications,
        scope: result.scope,
        warnings: result.warnings,
        openQuestions: result.openQuestions,
        checklist: result.checklist,
        obligations: result.obligations.map((o) => ({
          id: o.id,
          framework: o.framework,
          binding: o.binding,
          citation: o.citation,
          title: o.title,
          role: o.role,
          status: o.status,
          appliesFrom: o.appliesFrom,
          alreadyApplies: o.alreadyApplies,
        })),
        versionsUsed: result.versionsUsed,
        stats: result.stats,
      };
      const names = new Map(corpus.frameworks.map((f) => [f.id, f.shortName]));
      const summary = [
        `"${parsed.profile.name}" as of ${result.asOf}:`,
        ...result.classifications.map((c) => `- ${names.get(c.framework) ?? c.framework}${c.subject === "model" ? " (model)" : ""}: ${classLabel(c.class)}${c.confirmed ? "" : " (not confirmed)"}`),
        ...result.scope.map((s) => `- ${names.get(s.framework) ?? s.framework} ${s.applies === false ? "does not apply" : "may not apply"}: ${s.citation}`),
        ...result.warnings.map((w) => `Warning: ${w.message}`),
        `${result.stats.obligations} obligations (${result.stats.mayApply} may apply), in ${result.stats.checklistItems} checklist items.`,
        ...(result.openQuestions.length ? [`Open questions (${result.openQuestions.length}):`, ...result.openQuestions.map((q) => `- ${q.question} (affects ${q.affects.join(", ")})`)] : []),
      ];
      return answer(assessSystemOutput, data, summary.join("\n"));
    },
  );

  server.registerTool(
    "explain_applicability",
    {
      title: "Explain whether a provision applies",
      description:
        "Whether one provision applies to a system profile as of a date, and why: the engine's reasons when it applies (status applies, or may-apply with the open questions that would settle it), or the one-line reason when it does not (role, scope, exemption, condition, a prohibited practice, jurisdiction, a voluntary framework not followed, another version governing on the date).",
      inputSchema: explainApplicabilityInput,
      outputSchema: explainApplicabilityOutput,
      annotations: READ_ONLY,
    },
    async ({ profile: raw, provision, asOf }) => {
      const parsed = parseProfile(raw);
      if (!parsed.ok) return parsed.error;
      const corpus = await source.corpus();
      const found = findProvision(corpus, provision);
      if (!found) return unknownProvision(provision);
      const data = explainApplicability(parsed.profile, corpus, assess(parsed.profile, corpus, asOf ?? today()), found);
      const verdict = data.status === "applies" ? "applies" : data.status === "may-apply" ? "may apply" : "does not apply";
      const summary = [
        `${data.provision.citation} (${data.provision.id}) ${verdict} to "${parsed.profile.name}" ${
          !data.appliesFrom ? `as of ${data.asOf}` : data.alreadyApplies ? `(since ${data.appliesFrom}; as of ${data.asOf})` : `from ${data.appliesFrom} (not yet as of ${data.asOf})`
        }.`,
        ...data.why.map((w) => `- ${w}`),
        ...(data.openQuestions.length ? ["To settle it:", ...data.openQuestions.map((q) => `- ${q.question}`)] : []),
      ];
      return answer(explainApplicabilityOutput, data, summary.join("\n"));
    },
  );
}

function countBy(links: { relationship: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const l of links) counts[l.relationship] = (counts[l.relationship] ?? 0) + 1;
  return counts;
}

/** What every tool says about one mapping, read from the asking provision's side. */
function mappingFields<
  M extends { mappingId: unknown; relationship: unknown; rationale: unknown; confidence: unknown; explanation: unknown; gapSummary: unknown; gapNotCoveredBy: unknown; provenance: unknown },
>(m: M): Pick<M, "mappingId" | "relationship" | "rationale" | "confidence" | "explanation" | "gapSummary" | "gapNotCoveredBy" | "provenance"> {
  const { mappingId, relationship, rationale, confidence, explanation, gapSummary, gapNotCoveredBy, provenance } = m;
  return { mappingId, relationship, rationale, confidence, explanation, gapSummary, gapNotCoveredBy, provenance };
}
