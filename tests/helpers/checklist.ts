import type { ChecklistItem } from "@/lib/engine/types";

/** A binding, certain checklist item with one EU member; each test changes only what it is about. */
export function checklistItem(id: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id,
    title: `Item ${id}`,
    description: "",
    concepts: [],
    satisfies: [id],
    members: [{ id, citation: `Art. ${id.split("-").at(-1)}(1)`, framework: id.split("/")[0] ?? "eu-ai-act", beyondSharedCore: null }],
    dueDate: "2027-12-02",
    blocking: false,
    binding: true,
    status: "applies",
    openQuestions: [],
    ...overrides,
  };
}
