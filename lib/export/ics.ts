import type { DeadlineEvent } from "@/lib/engine/deadlines";
import { formatDate } from "@/lib/format";
import { CHECKLIST_STATUS_LABELS } from "@/lib/schemas/checklist";

export type IcsOptions = {
  calendarName: string;
  /** Stamps every event (DTSTAMP): when this calendar was written. */
  now: Date;
  /** e.g. "https://crosswalk.example.org": each event then links to its system page (URL). */
  baseUrl?: string;
};

const CRLF = "\r\n";

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space. Counts UTF-8
 * octets and never splits a character (the continuation's leading space counts towards its 75).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2027-12-02 → 20271202; throws on anything that is not a calendar date, as that is a bug upstream. */
function icsDate(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) throw new Error(`not a calendar date: ${iso}`);
  return iso.replace(/-/g, "");
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function icsTimestamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Stable across downloads, so a re-import updates an event instead of duplicating it (while its date holds). */
export function deadlineUid(e: Pick<DeadlineEvent, "systemId" | "itemId" | "dueDate">): string {
  return `${e.systemId}/${e.itemId}/${icsDate(e.dueDate)}@ai-regulatory-crosswalk`;
}

function systemUrl(baseUrl: string, systemId: string): string {
  return new URL(`/systems/${encodeURIComponent(systemId)}`, baseUrl).toString();
}

function description(e: DeadlineEvent, url: string | null): string {
  const lines = [
    `${e.binding ? "Binds" : "Voluntary framework, dated"} from ${formatDate(e.dueDate)}.`,
    `Citations: ${e.citations.map((c) => `${c.citation} (${c.frameworkName})`).join("; ")}`,
    `Status: ${CHECKLIST_STATUS_LABELS[e.status]}${e.overdue ? " (overdue)" : ""}`,
    `Owner: ${e.owner.trim() || "not assigned"}`,
  ];
  if (e.blocking) lines.push("Prohibited practice: the system cannot be used as described.");
  if (e.applicability === "may-apply") lines.push(`May apply, depending on: ${e.openQuestions.join(" ")}`);
  if (url) lines.push(`System: ${url}`);
  return lines.join("\n");
}

/**
 * An RFC 5545 calendar with one all-day event per deadline. With no events the calendar is
 * still written (name and stamp only): calendar applications import it as an empty calendar.
 */
export function deadlinesToIcs(events: DeadlineEvent[], opts: IcsOptions): string {
  const stamp = icsTimestamp(opts.now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//AI Regulatory Crosswalk//Deadlines//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(opts.calendarName)}`,
  ];
  for (const e of events) {
    const url = opts.baseUrl ? systemUrl(opts.baseUrl, e.systemId) : null;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(deadlineUid(e))}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.dueDate)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(e.dueDate))}`,
      `SUMMARY:${escapeText(`${e.systemName}: ${e.title}`)}`,
      `DESCRIPTION:${escapeText(description(e, url))}`,
      ...(url ? [`URL:${url}`] : []),
      // An item that depends on an open answer is not certain.
      `STATUS:${e.applicability === "may-apply" ? "TENTATIVE" : "CONFIRMED"}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
