import { listAllAuditEvents } from "@/lib/db/audit";
import { getSystem } from "@/lib/db/systems";
import { toCsv } from "@/lib/export/csv";
import { download } from "@/lib/export/download";
import { systemIdSchema } from "@/lib/schemas/system";

export const dynamic = "force-dynamic";

/** The system's audit trail as CSV: one row per changed field, newest first. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = systemIdSchema.safeParse((await params).id);
  const system = id.success ? await getSystem(id.data) : null;
  if (!system) return Response.json({ error: "no system has this id" }, { status: 404 });
  const events = await listAllAuditEvents(system.id);
  const value = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));
  const rows = events.flatMap((e) => {
    const fields = Object.entries(e.changes);
    const base = [e.at.toISOString(), e.actor ?? "", e.entity, e.entityId, e.action];
    return fields.length ? fields.map(([field, c]) => [...base, field, value(c.before), value(c.after)]) : [[...base, "", "", ""]];
  });
  return download(toCsv(["at", "actor", "entity", "entityId", "action", "field", "before", "after"], rows), `${stem(system.name)}-history`, "csv");
}

const stem = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "system";
