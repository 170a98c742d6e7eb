import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { profile, type ProfileOverrides } from "@/tests/helpers/profiles";
import { assess } from "./assess";
import { changesSincePrevious, detectDrift, diffObligations, explainChanges, type ChangeCause } from "./assessment-diff";
import { readStoredAssessment, upgradeStoredResult } from "./stored-result";
import type { EngineCorpus, EngineProvision } from "./types";

// "What changed" (issue 12): every change between two assessments carries its cause, found by
// replaying the previous assessment one difference at a time (law, then answers, then date).
let corpus: EngineCorpus;
beforeAll(async () => {
  corpus = corpusFilesToEngine(await loadCorpusFiles());
});

const TODAY = "2026-11-29";
const LATER = "2028-01-15";

const provisionIn = (c: EngineCorpus, id: string): EngineProvision => {
  const p = c.frameworks.flatMap((f) => f.versions.flatMap((v) => v.provisions)).find((x) => x.id === id);
  if (!p) throw new Error(`no provision ${id}`);
  return p;
};

/** A corpus update: a copy of the real corpus with one edit and a new data version. */
const CORPUS_UPDATES = {
  "Art. 4 (AI literacy) now applies from 1 Jun 2027": (c: EngineCorpus) => {
    for (const a of provisionIn(c, "eu-ai-act/art-4-1").applies) a.from = "2027-06-01";
  },
  "Art. 26(5) (monitoring) removed": (c: EngineCorpus) => {
    for (const f of c.frameworks) for (const v of f.versions) v.provisions = v.provisions.filter((p) => p.id !== "eu-ai-act/art-26-5");
  },
  "Annex III point 4(a) high-risk duties now apply from 1 Jan 2028": (c: EngineCorpus) => {
    for (const a of provisionIn(c, "eu-ai-act/annex-iii-4-a").applies) a.from = "2028-01-01";
  },
} satisfies Record<string, (c: EngineCorpus) => void>;

function updated(update: keyof typeof CORPUS_UPDATES): EngineCorpus {
  const c = structuredClone(corpus);
  CORPUS_UPDATES[update](c);
  c.corpusVersion = "updated0000";
  return c;
}

const RECRUITING_DEPLOYER: ProfileOverrides = { roles: ["deployer"], system: { useCases: ["employment-recruitment"], consequentialDecision: true } };
const RECRUITING_AND_CREDIT_DEPLOYER: ProfileOverrides = {
  roles: ["deployer"],
  system: { useCases: ["employment-recruitment", "credit"], consequentialDecision: true },
};

type Expected = { id: string; kind: "added" | "removed" | "changed"; cause: ChangeCause; fields?: string[] };
type Row = {
  rule: string;
  before: { answers: ProfileOverrides; asOf: string };
  after: { answers: ProfileOverrides; asOf: string };
  update?: keyof typeof CORPUS_UPDATES;
  /** false: the previous record predates stored answers */
  previousAnswers?: boolean;
  expected: Expected[];
  /** every change must have one of these causes */
  causes: ChangeCause[];
  classes?: { framework: string; from: string | null; to: string | null; cause: ChangeCause }[];
};

const ROWS: Row[] = [
  {
    rule: "answers changed: a provider who adds recruitment gets the Art. 9(1) risk-management duty, and the EU class becomes high-risk",
    before: { answers: { roles: ["provider"] }, asOf: TODAY },
    after: { answers: { roles: ["provider"], system: { useCases: ["employment-recruitment"], consequentialDecision: true } }, asOf: TODAY },
    expected: [{ id: "eu-ai-act/art-9-1", kind: "added", cause: "answers-changed" }],
    causes: ["answers-changed"],
    classes: [{ framework: "eu-ai-act", from: "minimal-risk", to: "high-risk", cause: "answers-changed" }],
  },
  {
    rule: "time passed: Art. 26(1) begins to apply to a deployer of a recruitment system between 29 Nov 2026 and 15 Jan 2028 (Art. 113(c)(i): 2 Dec 2027)",
    before: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    after: { answers: RECRUITING_DEPLOYER, asOf: LATER },
    expected: [{ id: "eu-ai-act/art-26-1", kind: "changed", cause: "time-passed", fields: ["alreadyApplies"] }],
    causes: ["time-passed"],
  },
  {
    rule: "the law changed: a corpus update moves the date of Art. 4",
    before: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    after: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    update: "Art. 4 (AI literacy) now applies from 1 Jun 2027",
    expected: [{ id: "eu-ai-act/art-4-1", kind: "changed", cause: "law-changed", fields: ["appliesFrom", "alreadyApplies"] }],
    causes: ["law-changed"],
  },
  {
    rule: "the law changed: a corpus update removes Art. 26(5)",
    before: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    after: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    update: "Art. 26(5) (monitoring) removed",
    expected: [{ id: "eu-ai-act/art-26-5", kind: "removed", cause: "law-changed" }],
    causes: ["law-changed"],
  },
  {
    rule: "nothing changed: same answers, same corpus, same date",
    before: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    after: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    expected: [],
    causes: [],
  },
  {
    rule: "all three at once: the Art. 4 date moved (law), credit scoring added Art. 27 (answers), Art. 26(1) began to apply (time)",
    before: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    after: { answers: RECRUITING_AND_CREDIT_DEPLOYER, asOf: LATER },
    update: "Art. 4 (AI literacy) now applies from 1 Jun 2027",
    expected: [
      { id: "eu-ai-act/art-4-1", kind: "changed", cause: "law-changed", fields: ["appliesFrom"] },
      { id: "eu-ai-act/art-27-1", kind: "added", cause: "answers-changed" },
      { id: "eu-ai-act/art-26-1", kind: "changed", cause: "time-passed", fields: ["alreadyApplies"] },
    ],
    causes: ["law-changed", "answers-changed", "time-passed"],
  },
  {
    rule: "one duty, two causes: the update moves the high-risk date (law) and the later as-of date passes it (time)",
    before: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    after: { answers: RECRUITING_DEPLOYER, asOf: LATER },
    update: "Annex III point 4(a) high-risk duties now apply from 1 Jan 2028",
    expected: [
      { id: "eu-ai-act/art-26-1", kind: "changed", cause: "law-changed", fields: ["appliesFrom"] },
      { id: "eu-ai-act/art-26-1", kind: "changed", cause: "time-passed", fields: ["alreadyApplies"] },
    ],
    causes: ["law-changed", "time-passed"],
  },
  {
    rule: "a later as-of date that selects SB 26-189 instead of SB 24-205 is the law changing, not time passing",
    before: { answers: { ...RECRUITING_DEPLOYER, jurisdictions: ["US-CO"] }, asOf: "2026-03-01" },
    after: { answers: { ...RECRUITING_DEPLOYER, jurisdictions: ["US-CO"] }, asOf: TODAY },
    expected: [],
    causes: ["law-changed"],
    classes: [{ framework: "colorado-ai-act", from: "high-risk-ai-system", to: "covered-admt", cause: "law-changed" }],
  },
  {
    rule: 'an earlier record without its answers: law and answers share the cause "unknown", time is still told apart',
    before: { answers: RECRUITING_DEPLOYER, asOf: TODAY },
    after: { answers: RECRUITING_AND_CREDIT_DEPLOYER, asOf: LATER },
    previousAnswers: false,
    expected: [
      { id: "eu-ai-act/art-27-1", kind: "added", cause: "unknown" },
      { id: "eu-ai-act/art-26-1", kind: "changed", cause: "time-passed", fields: ["alreadyApplies"] },
    ],
    causes: ["unknown", "time-passed"],
  },
];

describe("changesSincePrevious: each change with its cause", () => {
  it.each(ROWS)("$rule", (row) => {
    const newCorpus = row.update ? updated(row.update) : corpus;
    const previous = assess(profile(row.before.answers), corpus, row.before.asOf);
    const result = assess(profile(row.after.answers), newCorpus, row.after.asOf);
    const changes = changesSincePrevious(
      { result: previous, profile: row.previousAnswers === false ? null : profile(row.before.answers), assessedAt: "2026-11-29T10:00:00.000Z" },
      profile(row.after.answers),
      result,
      newCorpus,
    );
    expect(changes.since).toEqual({ asOf: row.before.asOf, corpusVersion: corpus.corpusVersion, assessedAt: "2026-11-29T10:00:00.000Z" });
    for (const e of row.expected) {
      const hit = changes.changes.find((c) => c.id === e.id && c.cause === e.cause);
      expect(hit, `${e.id} (${e.cause}) in ${JSON.stringify(changes.changes.map((c) => [c.id, c.cause]))}`).toMatchObject({ kind: e.kind });
      if (e.fields) expect(hit!.fields.map((f) => f.field).sort()).toEqual([...e.fields].sort());
    }
    for (const c of [...changes.changes, ...changes.classes]) expect(row.causes, `${"id" in c ? c.id : c.framework}: ${c.cause}`).toContain(c.cause);
    for (const e of row.classes ?? [])
      expect(changes.classes).toContainEqual(expect.objectContaining({ framework: e.framework, before: e.from ? expect.objectContaining({ class: e.from }) : null, after: e.to ? expect.objectContaining({ class: e.to }) : null, cause: e.cause }));
    if (!row.causes.length) expect(changes).toMatchObject({ changes: [], classes: [], versions: [], summary: { added: 0, removed: 0, changed: 0, classes: 0 } });
  });

  it("the law step names what changed: the data versions for a corpus update, both version labels for a new framework version", () => {
    const newCorpus = updated("Art. 26(5) (monitoring) removed");
    const p = profile(RECRUITING_DEPLOYER);
    const update = changesSincePrevious({ result: assess(p, corpus, TODAY), profile: p }, p, assess(p, newCorpus, TODAY), newCorpus);
    expect(update.changes[0]?.detail).toBe(`data update ${corpus.corpusVersion} → updated0000`);

    const co = profile({ ...RECRUITING_DEPLOYER, jurisdictions: ["US-CO"] });
    const switched = changesSincePrevious({ result: assess(co, corpus, "2026-03-01"), profile: co }, co, assess(co, corpus, TODAY), corpus);
    expect(switched.changes.length).toBeGreaterThan(0);
    expect(switched.changes.every((c) => c.detail?.startsWith("SB 26-189") && c.detail.includes("in place of SB 24-205"))).toBe(true);
    expect(switched.versions).toEqual([
      { framework: "colorado-ai-act", before: expect.objectContaining({ version: "colorado-ai-act@sb24-205" }), after: expect.objectContaining({ version: "colorado-ai-act@sb26-189" }) },
    ]);
  });

  it("the summary counts distinct obligations: one duty changed by two causes counts once", () => {
    const newCorpus = updated("Annex III point 4(a) high-risk duties now apply from 1 Jan 2028");
    const p = profile(RECRUITING_DEPLOYER);
    const changes = changesSincePrevious({ result: assess(p, corpus, TODAY), profile: p }, p, assess(p, newCorpus, LATER), newCorpus);
    const changedIds = new Set(changes.changes.filter((c) => c.kind === "changed").map((c) => c.id));
    expect(changes.changes.filter((c) => c.id === "eu-ai-act/art-26-1")).toHaveLength(2);
    expect(changes.summary.changed).toBe(changedIds.size);
  });

  it("explainChanges takes the four results directly (A previous, B law, C answers, D new)", () => {
    const p = profile(RECRUITING_DEPLOYER);
    const a = assess(p, corpus, TODAY);
    const d = assess(p, corpus, LATER);
    const changes = explainChanges(a, a, a, d);
    expect(changes.since).toEqual({ asOf: TODAY, corpusVersion: corpus.corpusVersion });
    expect(changes.changes.every((c) => c.cause === "time-passed")).toBe(true);
    expect(changes.changes.find((c) => c.id === "eu-ai-act/art-26-1")?.fields).toEqual([{ field: "alreadyApplies", before: false, after: true }]);
  });
});

describe("diffObligations", () => {
  it("reports status changes when an answer becomes 'not sure' (applies → may-apply)", () => {
    const sure = assess(profile({ roles: ["provider"], system: { useCases: ["credit"], narrowProceduralTask: false } }), corpus, LATER);
    const unsure = assess(profile({ roles: ["provider"], system: { useCases: ["credit"], narrowProceduralTask: null } }), corpus, LATER);
    expect(diffObligations(sure, unsure)).toContainEqual(
      expect.objectContaining({ id: "eu-ai-act/art-9-1", kind: "changed", fields: [{ field: "status", before: "applies", after: "may-apply" }] }),
    );
  });

  it("is empty for the same result", () => {
    const r = assess(profile(RECRUITING_DEPLOYER), corpus, TODAY);
    expect(diffObligations(r, structuredClone(r))).toEqual([]);
  });
});

describe("detectDrift: stored assessments the current corpus would change", () => {
  it("a stored assessment the current corpus still gives is not flagged", () => {
    const p = profile(RECRUITING_DEPLOYER);
    expect(detectDrift(assess(p, corpus, TODAY), p, corpus)).toBeNull();
  });

  it("an assessment stored before SB 26-189 was in the data is flagged as affected by the SB 26-189 update", () => {
    const before = structuredClone(corpus);
    const colorado = before.frameworks.find((f) => f.id === "colorado-ai-act")!;
    colorado.versions = colorado.versions.filter((v) => v.id !== "colorado-ai-act@sb26-189");
    before.corpusVersion = "old000000000";
    const p = profile({ ...RECRUITING_DEPLOYER, jurisdictions: ["EU", "US-CO"] });
    const drift = detectDrift(assess(p, before, TODAY), p, corpus);
    expect(drift?.frameworks).toEqual([expect.objectContaining({ framework: "colorado-ai-act", name: "Colorado", version: "colorado-ai-act@sb26-189" })]);
    expect(drift?.classes).toEqual([expect.objectContaining({ before: { class: "high-risk-ai-system", confirmed: true }, after: expect.objectContaining({ class: "covered-admt" }) })]);
    expect(drift?.corpusVersion).toEqual({ stored: "old000000000", current: corpus.corpusVersion });
  });
});

describe("stored results", () => {
  it("an assessment stored before 'What changed' reads with changesSincePrevious null", () => {
    const { changesSincePrevious: _none, ...old } = assess(profile(RECRUITING_DEPLOYER), corpus, TODAY);
    expect(upgradeStoredResult(old).changesSincePrevious).toBeNull();
  });

  it("a stored diff is validated: a malformed one is dropped rather than shown", () => {
    const r = assess(profile(RECRUITING_DEPLOYER), corpus, TODAY);
    expect(upgradeStoredResult({ ...r, changesSincePrevious: { since: "yesterday" } }).changesSincePrevious).toBeNull();
    const p = profile(RECRUITING_DEPLOYER);
    const good = changesSincePrevious({ result: r, profile: p }, p, assess(p, corpus, LATER), corpus);
    expect(upgradeStoredResult(JSON.parse(JSON.stringify({ ...r, changesSincePrevious: good }))).changesSincePrevious).toEqual(good);
  });

  it("the answers stored beside the result are read back validated, and are not part of the result", () => {
    const p = profile(RECRUITING_DEPLOYER);
    const stored = JSON.parse(JSON.stringify({ ...assess(p, corpus, TODAY), profileUsed: p }));
    const read = readStoredAssessment(stored);
    expect(read.profileUsed).toEqual(p);
    expect(read.result).not.toHaveProperty("profileUsed");
    expect(readStoredAssessment({ ...stored, profileUsed: { name: "" } }).profileUsed).toBeNull();
    expect(readStoredAssessment({ ...stored, profileUsed: undefined }).profileUsed).toBeNull();
  });
});
