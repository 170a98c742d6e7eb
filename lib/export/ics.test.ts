import { describe, expect, it } from "vitest";
import { checklistItem } from "@/tests/helpers/checklist";
import { deadlinesFromAssessment, type DeadlineEvent } from "@/lib/engine/deadlines";
import { deadlinesToIcs, escapeText, foldLine } from "./ics";

const NOW = new Date("2026-11-29T16:05:09.123Z");
const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

function eventsFor(checklist: Parameters<typeof checklistItem>[1][], systemId = "sys1", systemName = "Resume screener"): DeadlineEvent[] {
  return deadlinesFromAssessment(
    {
      systemId,
      systemName,
      result: { checklist: checklist.map((o, i) => checklistItem(`eu-ai-act/art-${i + 1}`, o)) },
      progress: { "eu-ai-act/art-1": { status: "in-progress", owner: "Dana Smith", notes: "", evidence: [] } },
      frameworkNames: { "eu-ai-act": "EU AI Act" },
    },
    { asOf: "2026-11-29" },
  );
}

function veventBlocks(ics: string): string[] {
  return [...unfold(ics).matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map((m) => m[1]!);
}

describe("RFC 5545 text", () => {
  it.each([
    ["backslash", "a\\b", "a\\\\b"],
    ["semicolon", "Art. 26(1); Art. 27", "Art. 26(1)\\; Art. 27"],
    ["comma", "notice, disclosure", "notice\\, disclosure"],
    ["newline", "line 1\nline 2\r\nline 3", "line 1\\nline 2\\nline 3"],
    ["all at once, backslash first", "\\;,\n", "\\\\\\;\\,\\n"],
    ["control characters dropped, tab kept", "a\u0007b\tc", "ab\tc"],
  ])("escapes %s", (_, input, expected) => expect(escapeText(input)).toBe(expected));

  it("leaves a line of 75 octets alone", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
  });

  it("folds a long multi-byte line at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"Überprüfung für Kinder — 日本語のテキスト 🇪🇺 ".repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const [i, l] of physical.entries()) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      if (i > 0) expect(l.startsWith(" ")).toBe(true);
      expect(l).not.toContain("\uFFFD");
    }
    // Each physical line is valid UTF-8 on its own: re-encoding round-trips.
    for (const l of physical) expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(l))).toBe(l);
    expect(unfold(folded)).toBe(line);
    // Fills lines: a fold only happens when the next character would not fit.
    expect(octets(physical[0]!)).toBeGreaterThan(71);
  });
});

describe("deadlinesToIcs", () => {
  const events = eventsFor([{ dueDate: "2025-02-02" }, { dueDate: null }, { dueDate: "2027-12-02", title: "Risk management, testing; and logs" }, { dueDate: "2027-12-31" }]);
  const ics = deadlinesToIcs(events, { calendarName: "Deadlines: Resume screener, EU", now: NOW, baseUrl: "https://crosswalk.example.org" });

  it("writes a calendar with CRLF line endings and the calendar properties", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const l of ics.split("\r\n")) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(ics).toContain("\r\nCALSCALE:GREGORIAN\r\n");
    expect(ics).toContain("\r\nX-WR-CALNAME:Deadlines: Resume screener\\, EU\r\n");
  });

  it("writes one all-day event per dated item and skips items without a due date", () => {
    const blocks = veventBlocks(ics);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toContain("DTSTART;VALUE=DATE:20250202\r\n");
    expect(blocks[0]).toContain("DTEND;VALUE=DATE:20250203\r\n");
    // The end of an all-day event is the next day, across a year boundary too.
    expect(blocks[2]).toContain("DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n");
    for (const b of blocks) expect(b).toContain("DTSTAMP:20261129T160509Z\r\n");
  });

  it("names system and item, cites every provision and says the status, owner and link", () => {
    const [first, second] = veventBlocks(ics);
    expect(first).toContain("SUMMARY:Resume screener: Item eu-ai-act/art-1\r\n");
    expect(first).toContain("Citations: Art. 1(1) (EU AI Act)");
    expect(first).toContain("Status: In progress (overdue)\\nOwner: Dana Smith");
    expect(first).toContain("URL:https://crosswalk.example.org/systems/sys1\r\n");
    expect(second).toContain("SUMMARY:Resume screener: Risk management\\, testing\\; and logs\r\n");
    expect(second).toContain("Status: Not started\\nOwner: not assigned");
  });

  it("gives stable UIDs: the same for the same system, item and date; different otherwise", () => {
    const uids = (s: string) => veventBlocks(s).map((b) => /UID:(.*)\r\n/.exec(b)![1]);
    const again = deadlinesToIcs(eventsFor([{ dueDate: "2025-02-02" }, { dueDate: null }, { dueDate: "2027-12-02" }, { dueDate: "2027-12-31" }]), {
      calendarName: "other",
      now: new Date("2027-01-01T00:00:00Z"),
    });
    expect(uids(again)).toEqual(uids(ics));
    expect(new Set(uids(ics)).size).toBe(3);
    expect(uids(ics)[0]).toBe("sys1/eu-ai-act/art-1/20250202@ai-regulatory-crosswalk");
    const otherSystem = deadlinesToIcs(eventsFor([{ dueDate: "2025-02-02" }], "sys2"), { calendarName: "x", now: NOW });
    expect(uids(otherSystem)[0]).not.toBe(uids(ics)[0]);
  });

  it("omits the URL without a base URL and marks items that may apply as tentative", () => {
    const tentative = eventsFor([{ status: "may-apply", openQuestions: [{ fact: "f", question: "Is it a narrow procedural task?" }] }]);
    const out = unfold(deadlinesToIcs(tentative, { calendarName: "x", now: NOW }));
    expect(out).not.toContain("URL:");
    expect(out).toContain("STATUS:TENTATIVE");
    expect(out).toContain("May apply\\, depending on: Is it a narrow procedural task?");
  });

  it("writes the calendar frame alone when nothing is dated", () => {
    expect(deadlinesToIcs([], { calendarName: "Empty", now: NOW })).toBe(
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//AI Regulatory Crosswalk//Deadlines//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Empty\r\nEND:VCALENDAR\r\n",
    );
  });
});
