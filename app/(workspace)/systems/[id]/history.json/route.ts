import { listAllAuditEvents } from "@/lib/db/audit";
import { getSystem } from "@/lib/db/systems";
import { download } from "@/lib/export/download";
import { systemIdSchema } from "@/lib/schemas/system";

export const dynamic = "force-dynamic";

/** The system's audit trail as JSON: every event with its changed fields (before/after), newest first. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = systemIdSchema.safeParse((await params).id);
  const system = id.success ? await getSystem(id.data) : null;
  if (!system) return Response.json({ error: "no system has this id" }, { status: 404 });
  const events = await listAllAuditEvents(system.id);
  const body = {
    system: { id: system.id, name: system.name },
    exportedAt: new Date().toISOString(),
    events: events.map((e) => ({ at: e.at.toISOString(), actor: e.actor, entity: e.entity, entityId: e.entityId, action: e.action, changes: e.changes })),
  };
  const stem = system.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "system";
  return download(JSON.stringify(body, null, 2), `${stem}-history`, "json");
}
