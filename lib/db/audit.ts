import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "./client";

// The audit trail of a system: profiles, assessments, checklist items and evidence. Every
// writer in lib/db/systems.ts records its event with the transaction client it changes data
// with, so a change and its audit row commit or roll back together.

/** Accounts come later (issue 11); until then every change is made by the one local user. */
export const LOCAL_ACTOR = "local user";

export type AuditEntity = "system" | "assessment" | "checklist-item" | "evidence";
export type AuditAction = "create" | "update" | "delete" | "restore" | "add" | "remove";
export type FieldChange = { before: unknown; after: unknown };
export type AuditChanges = Record<string, FieldChange>;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * The fields that differ between two records, by dotted path ("system.useCases"): nested
 * objects are compared field by field up to `depth` levels, lists and values as a whole.
 */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null, depth = 3, prefix = ""): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const a = before?.[key];
    const b = after?.[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (depth > 1 && (isPlainObject(a) || isPlainObject(b)) && (a === undefined || isPlainObject(a)) && (b === undefined || isPlainObject(b))) {
      Object.assign(changes, diffFields((a as Record<string, unknown>) ?? null, (b as Record<string, unknown>) ?? null, depth - 1, path));
    } else if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes[path] = { before: a ?? null, after: b ?? null }; // unset and null are the same answer
  }
  return changes;
}

export type AuditInput = { systemId: string; entity: AuditEntity; entityId: string; action: AuditAction; changes: AuditChanges };

/** Records one event with the caller's transaction client. */
export async function recordAudit(tx: Prisma.TransactionClient, event: AuditInput) {
  await tx.auditEvent.create({
    data: { ...event, changes: event.changes as Prisma.InputJsonValue, actor: LOCAL_ACTOR },
  });
}

export type AuditEventRow = { id: string; at: Date; entity: string; entityId: string; action: string; actor: string | null; changes: AuditChanges };

export const HISTORY_PAGE_SIZE = 20;

/** One page (1-based) of a system's history, newest first. */
export async function listAuditEvents(systemId: string, page = 1, pageSize = HISTORY_PAGE_SIZE) {
  const db = await prisma();
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where: { systemId } }),
    db.auditEvent.findMany({
      where: { systemId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { events: rows.map(toRow), total, page: Math.max(1, page), pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A system's whole history for export, newest first (capped: an export is a file, not a stream). */
export async function listAllAuditEvents(systemId: string, limit = 100_000): Promise<AuditEventRow[]> {
  const db = await prisma();
  const rows = await db.auditEvent.findMany({ where: { systemId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit });
  return rows.map(toRow);
}

function toRow(r: { id: string; at: Date; entity: string; entityId: string; action: string; actor: string | null; changes: unknown }): AuditEventRow {
  return { id: r.id, at: r.at, entity: r.entity, entityId: r.entityId, action: r.action, actor: r.actor, changes: isPlainObject(r.changes) ? (r.changes as AuditChanges) : {} };
}
