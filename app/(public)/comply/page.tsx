import type { Metadata } from "next";
import { ComplyForm } from "@/components/comply/comply-form";
import { ComplyReportView } from "@/components/comply/comply-report";
import { DownloadLinks } from "@/components/crosswalk/download-links";
import { Notice, ProblemList } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { listConcepts } from "@/lib/db/queries/concepts";
import { getComplyReport } from "@/lib/db/queries/comply";
import { complyQuerySchema } from "@/lib/schemas/api";
import { JURISDICTIONS } from "@/lib/schemas/common";
import { toProblems } from "@/lib/schemas/issues";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Comply once" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComplyPage({ searchParams }: { searchParams: Search }) {
  const raw = await searchParams;
  const asked = raw.jurisdictions !== undefined || raw.frameworks !== undefined;
  // First visit: every jurisdiction with binding AI law in the graph.
  const parsed = complyQuerySchema.safeParse(asked ? raw : { ...raw, jurisdictions: [...JURISDICTIONS] });
  const [concepts, report] = await Promise.all([
    listConcepts(),
    parsed.success ? getComplyReport({ ...parsed.data, voluntary: parsed.data.voluntary === "1" }) : null,
  ]);
  const ready = report && !report.unknown && !report.empty ? report : null;
  const exportHref = (format: string) => {
    if (!parsed.success) return "#";
    const q = parsed.data;
    const params = new URLSearchParams({
      ...(q.jurisdictions ? { jurisdictions: q.jurisdictions.join(",") } : {}),
      ...(q.frameworks ? { frameworks: q.frameworks.join(",") } : {}),
      ...(q.concept ? { concept: q.concept } : {}),
      ...(ready ? { asOf: ready.asOf } : {}),
      ...(q.voluntary ? { voluntary: q.voluntary } : {}),
      format,
    });
    return `/comply/export?${params}`;
  };
  const frameworkNames = new Map((ready?.versions ?? []).map((v) => [v.frameworkId, v.shortName]));
  const conceptName = concepts.find((c) => c.id === parsed.data?.concept)?.name;

  return (
    <>
      <PageHeader eyebrow="Comply once, evidence many" title={conceptName ? `Comply once: ${conceptName}` : "Comply once"} actions={ready ? <DownloadLinks href={exportHref} /> : undefined}>
        One practice per concept that satisfies every chosen law: the strictest value of each parameter (deadline, frequency, retention…) and the provision that sets it,
        what only one law asks, and where laws conflict rather than nest. Read from the comparisons recorded on our mappings; not legal advice.
      </PageHeader>

      <div className="mb-8">
        <ComplyForm
          concepts={concepts}
          jurisdictions={parsed.data?.jurisdictions ?? []}
          concept={parsed.data?.concept}
          asOf={ready?.asOf ?? parsed.data?.asOf}
          voluntary={parsed.data?.voluntary === "1"}
        />
      </div>

      {!parsed.success && (
        <Notice title="This selection cannot be harmonised">
          <ProblemList problems={toProblems(parsed.error)} />
        </Notice>
      )}
      {report?.unknown && <Notice title={`Unknown ${report.unknown === "concept" ? "concept" : "framework"}`}>“{report.value}” is not in the graph; pick one from the form.</Notice>}
      {report?.empty && <Notice title="No framework chosen">No framework of these jurisdictions has a version in force or enacted on {report.asOf}.</Notice>}
      {ready && (
        <>
          <p className="mb-6 text-sm text-slate-600" data-testid="comply-versions">
            As of {ready.asOf}, {ready.versions.length} framework{ready.versions.length === 1 ? "" : "s"}, each in the version governing that day:{" "}
            {ready.versions.map((v) => (v.status === "enacted" ? `${v.shortName} (${v.label.split(" (")[0]}, enacted, not yet applicable)` : v.shortName)).join(", ")}.
          </p>
          <ComplyReportView report={ready} frameworkNames={frameworkNames} />
        </>
      )}
    </>
  );
}
