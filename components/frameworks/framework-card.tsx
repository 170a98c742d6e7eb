import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS, plural } from "@/lib/format";
import { JURISDICTION_LABELS } from "@/lib/schemas/common";

type Props = {
  framework: {
    id: string;
    name: string;
    shortName: string;
    jurisdiction: string;
    binding: boolean;
    kind: string;
    description: string;
    mappingCount: number;
    versions: { id: string; label: string; status: string; _count: { provisions: number } }[];
  };
};

export function FrameworkCard({ framework: f }: Props) {
  const current = f.versions[0];
  const provisions = f.versions.reduce((n, v) => n + v._count.provisions, 0);
  return (
    <Link
      href={`/frameworks/${f.id}`}
      className="group flex flex-col rounded-lg border border-slate-200 bg-white p-5 text-slate-900 no-underline shadow-sm transition hover:border-brand-600 hover:no-underline"
    >
      <div className="mb-2 flex flex-wrap gap-2">
        <Badge tone={f.kind === "treaty" ? "amber" : f.binding ? "blue" : "violet"}>{f.kind === "treaty" ? "Treaty (binds states)" : f.binding ? "Binding law" : "Voluntary"}</Badge>
        <Badge>{JURISDICTION_LABELS[f.jurisdiction as keyof typeof JURISDICTION_LABELS] ?? f.jurisdiction}</Badge>
      </div>
      <h2 className="text-lg font-semibold group-hover:text-brand-700">{f.shortName}</h2>
      <p className="mt-1 line-clamp-3 text-sm text-slate-600">{f.description}</p>
      <dl className="mt-4 grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-slate-500">Provisions</dt>
          <dd className="font-medium" data-testid="framework-provisions">{provisions.toLocaleString("en-GB")}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Mappings</dt>
          <dd className="font-medium">{f.mappingCount.toLocaleString("en-GB")}</dd>
        </div>
      </dl>
      {current && (
        <p className="mt-3 text-xs text-slate-500">
          {current.label} · {STATUS_LABELS[current.status] ?? current.status}
          {f.versions.length > 1 && ` · ${plural(f.versions.length, "version")}`}
        </p>
      )}
    </Link>
  );
}
