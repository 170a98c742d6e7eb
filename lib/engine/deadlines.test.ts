import { describe, expect, it } from "vitest";
import { checklistItem } from "@/tests/helpers/checklist";
import type { ItemProgress } from "@/lib/schemas/checklist";
import { deadlinesAcrossSystems, deadlinesFromAssessment, groupDeadlinesByMonth, summarizeDeadlines, type AssessedSystemInput } from "./deadlines";

const progress = (status: ItemProgress["status"], owner = ""): ItemProgress => ({ status, owner, notes: "", evidence: [] });

function system(checklist: AssessedSystemInput["result"]["checklist"], extra: Partial<AssessedSystemInput> = {}): AssessedSystemInput {
  return { systemId: "sys1", systemName: "Resume screener", result: { checklist }, progress: {}, frameworkNames: { "eu-ai-act": "EU AI Act" }, ...extra };
}

describe("deadlines from an assessment", () => {
  it("keeps binding items with a due date, sorted by date, and skips undated and voluntary ones", () => {
    const events = deadlinesFromAssessment(
      system([
        checklistItem("eu-ai-act/art-9", { dueDate: "2027-12-02" }),
        checklistItem("eu-ai-act/art-4", { dueDate: "2025-02-02" }),
        checklistItem("eu-ai-act/art-99", { dueDate: null }),
        checklistItem("nist-ai-rmf/govern-1", { dueDate: "2023-01-26", binding: false }),
      ]),
      { asOf: "2026-11-29" },
    );
    expect(events.map((e) => [e.itemId, e.dueDate])).toEqual([
      ["eu-ai-act/art-4", "2025-02-02"],
      ["eu-ai-act/art-9", "2027-12-02"],
    ]);
    expect(events[0]).toMatchObject({ systemId: "sys1", systemName: "Resume screener", citations: [{ citation: "Art. 4(1)", frameworkName: "EU AI Act" }] });
  });

  it("includes voluntary items when asked", () => {
    const events = deadlinesFromAssessment(system([checklistItem("nist-ai-rmf/govern-1", { dueDate: "2023-01-26", binding: false })]), {
      asOf: "2026-11-29",
      includeVoluntary: true,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ binding: false, citations: [{ frameworkName: "nist-ai-rmf" }] });
  });

  it.each([
    // [case, due date, status, timing, overdue]
    ["a duty that binds since last year and is not started is overdue", "2025-02-02", undefined, "past", true],
    ["a duty in progress past its date is still overdue", "2025-02-02", "in-progress", "past", true],
    ["a duty done is past, not overdue", "2025-02-02", "done", "past", false],
    ["a duty marked not applicable is past, not overdue", "2025-02-02", "not-applicable", "past", false],
    ["a duty that binds from the as-of day itself already binds", "2026-11-29", "not-started", "past", true],
    ["a duty that binds from tomorrow is upcoming", "2026-11-30", "not-started", "upcoming", false],
  ] as const)("%s", (_, dueDate, status, timing, overdue) => {
    const [event] = deadlinesFromAssessment(
      system([checklistItem("eu-ai-act/art-4", { dueDate })], { progress: status ? { "eu-ai-act/art-4": progress(status, "Dana") } : {} }),
      { asOf: "2026-11-29" },
    );
    expect(event).toMatchObject({ timing, overdue, status: status ?? "not-started", owner: status ? "Dana" : "" });
  });

  it("carries whether an item may apply, and the question that would settle it", () => {
    const [event] = deadlinesFromAssessment(
      system([checklistItem("eu-ai-act/art-9", { status: "may-apply", openQuestions: [{ fact: "system.narrowProceduralTask", question: "Is it a narrow procedural task?" }] })]),
      { asOf: "2026-11-29" },
    );
    expect(event).toMatchObject({ applicability: "may-apply", openQuestions: ["Is it a narrow procedural task?"] });
  });

  it("merges systems on one timeline by date, then system name", () => {
    const a = system([checklistItem("eu-ai-act/art-9", { dueDate: "2027-12-02" }), checklistItem("eu-ai-act/art-4", { dueDate: "2025-02-02" })], { systemId: "a", systemName: "Zeta" });
    const b = system([checklistItem("eu-ai-act/art-9", { dueDate: "2027-12-02" })], { systemId: "b", systemName: "Alpha" });
    const events = deadlinesAcrossSystems([a, b], { asOf: "2026-11-29" });
    expect(events.map((e) => `${e.dueDate} ${e.systemName}`)).toEqual(["2025-02-02 Zeta", "2027-12-02 Alpha", "2027-12-02 Zeta"]);
  });
});

describe("timeline grouping and summary", () => {
  const events = deadlinesFromAssessment(
    system(
      [
        checklistItem("eu-ai-act/art-4", { dueDate: "2025-02-02" }),
        checklistItem("eu-ai-act/art-50", { dueDate: "2026-08-02" }),
        checklistItem("colorado-ai-act/6-1-1704", { dueDate: "2027-01-01" }),
        checklistItem("eu-ai-act/art-9", { dueDate: "2027-12-02" }),
        checklistItem("eu-ai-act/art-10", { dueDate: "2027-12-02" }),
      ],
      { progress: { "eu-ai-act/art-50": progress("done") } },
    ),
    { asOf: "2026-11-29" },
  );

  it("groups by month in date order", () => {
    expect(groupDeadlinesByMonth(events).map((g) => [g.month, g.events.length])).toEqual([
      ["2025-02", 1],
      ["2026-08", 1],
      ["2027-01", 1],
      ["2027-12", 2],
    ]);
  });

  it("counts overdue and upcoming deadlines and names the next one", () => {
    const summary = summarizeDeadlines(events);
    expect(summary).toMatchObject({ total: 5, overdue: 1, upcoming: 3 });
    expect(summary.next?.itemId).toBe("colorado-ai-act/6-1-1704");
    expect(summarizeDeadlines([])).toEqual({ total: 0, overdue: 0, upcoming: 0, next: null });
  });
});
