import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFiles } from "@/lib/corpus/load";
import { corpusFilesToEngine } from "@/lib/corpus/to-engine";
import { complyInput, harmonise, strictestOfComparisons, type ComplyDuty, type ComplyMapping, type ComplyParameter, type ConceptHarmonisation } from "./comply";

function duty(id: string, citation: string, concepts = ["incident-reporting"]): ComplyDuty {
  const frameworkId = id.split("/")[0]!;
  return { id, frameworkId, frameworkName: frameworkId, versionId: `${frameworkId}@1`, binding: true, citation, title: `Duty ${citation}`, summary: "A duty.", concepts, sourceUrl: "https://example.org" };
}
const side = (d: ComplyDuty, value: string) => ({ id: d.id, citation: d.citation, framework: d.frameworkId, value });

// Incident deadlines as the statutes set them: SB 53 "within 15 days" (§ 22757.13(c)(1)), the RAISE
// Act "within 72 hours" (GBL § 1422(3)(a)), the EU AI Act "not later than 15 days" (Art. 73(2)).
const sb53 = duty("california-sb-53/c-1", "§ 22757.13(c)(1)");
const raise = duty("ny-raise-act/3-a", "GBL § 1422(3)(a)");
const eu = duty("eu-ai-act/art-73-2", "Art. 73(2)");
const gpai = duty("eu-ai-act/art-55-1-c", "Art. 55(1)(c)");
const link = (source: ComplyDuty, target: ComplyDuty, comparisons: ComplyMapping["comparisons"], extra: Partial<ComplyMapping> = {}): ComplyMapping => ({
  source: source.id,
  target: target.id,
  relationship: "intersects-with",
  comparisons,
  ...extra,
});

describe("strictestOfComparisons: one parameter", () => {
  const deadline = (a: ComplyDuty, av: string, b: ComplyDuty, bv: string, stricter: "source" | "target" | "same" | "not-comparable") => ({ a: side(a, av), b: side(b, bv), stricter });

  it("picks the value that wins every comparison, as the checklist does (72 hours beats 15 days twice)", () => {
    const p = strictestOfComparisons("deadline", [deadline(sb53, "15 days", raise, "72 hours", "target"), deadline(raise, "72 hours", eu, "15 days", "source")]);
    expect(p).toMatchObject({ status: "strictest", value: "72 hours", setBy: [{ citation: "GBL § 1422(3)(a)" }] });
    expect(p.status === "strictest" && p.over.map((s) => s.citation).sort()).toEqual(["Art. 73(2)", "§ 22757.13(c)(1)"]);
    expect(p.line).toBe("Deadline: 72 hours (GBL § 1422(3)(a)) — also meets 15 days (§ 22757.13(c)(1)), 15 days (Art. 73(2))");
  });

  it("keeps the winner when another value is not comparable, and lists that value to meet separately", () => {
    const p = strictestOfComparisons("deadline", [deadline(raise, "72 hours", eu, "15 days", "source"), deadline(raise, "72 hours", gpai, "without undue delay", "not-comparable")]);
    expect(p.status).toBe("strictest");
    expect(p.status === "strictest" && p.separately.map((s) => s.citation)).toEqual(["Art. 55(1)(c)"]);
    expect(p.line).toContain("not comparable, meet separately: without undue delay (Art. 55(1)(c))");
  });

  it("treats values recorded as the same as one winner set by both provisions", () => {
    const a = duty("california-sb-53/c-2", "§ 22757.13(c)(2)");
    const b = duty("ny-raise-act/3-b", "GBL § 1422(3)(b)");
    const c = duty("eu-ai-act/art-73-4", "Art. 73(4)");
    const p = strictestOfComparisons("deadline", [deadline(a, "24 hours", b, "24 hours", "same"), deadline(a, "24 hours", c, "10 days", "source"), deadline(b, "24 hours", c, "10 days", "source")]);
    expect(p).toMatchObject({ status: "strictest", value: "24 hours" });
    expect(p.status === "strictest" && p.setBy.map((s) => s.citation)).toEqual(["§ 22757.13(c)(2)", "GBL § 1422(3)(b)"]);
  });

  it("says the comparisons contradict each other when every value also loses (A beats B, B beats A)", () => {
    const p = strictestOfComparisons("audience", [deadline(sb53, "Cal OES", raise, "DFS", "source"), deadline(raise, "DFS", sb53, "Cal OES", "source")]);
    expect(p.status).toBe("undetermined");
  });

  it("keeps every winner when two values each beat others but were never compared (never drops one)", () => {
    const ccpa = duty("california-ccpa-admt/s-7155-c", "§ 7155(c)", ["record-keeping"]);
    const co = duty("colorado-ai-act/6-1-1703", "6-1-1703", ["record-keeping"]);
    const art18 = duty("eu-ai-act/art-18-1", "Art. 18(1)", ["record-keeping"]);
    const kr = duty("korea-ai-basic-act/decree-art-27-2", "Decree Art. 27(2)", ["record-keeping"]);
    const p = strictestOfComparisons("retention", [
      { a: side(ccpa, "processing or 5 years"), b: side(co, "3 years"), stricter: "source" },
      { a: side(kr, "5 years"), b: side(art18, "10 years"), stricter: "target" },
      { a: side(kr, "5 years"), b: side(co, "3 years"), stricter: "source" },
    ]);
    expect(p.status).toBe("several");
    if (p.status !== "several") return;
    const byCitation = Object.fromEntries(p.winners.map((w) => [w.setBy[0]!.citation, w.over.map((s) => s.citation).sort()]));
    // Art. 18(1) beats Korea directly and Colorado through Korea.
    expect(byCitation).toEqual({ "§ 7155(c)": ["6-1-1703"], "Art. 18(1)": ["6-1-1703", "Decree Art. 27(2)"] });
  });

  it("reports values that were only ever judged not comparable as 'meet each', and equal values as the same", () => {
    expect(strictestOfComparisons("audience", [deadline(sb53, "Cal OES", raise, "DFS", "not-comparable")]).status).toBe("separate");
    expect(strictestOfComparisons("deadline", [deadline(sb53, "15 days", eu, "15 days", "same")])).toMatchObject({ status: "same", value: "15 days" });
  });
});

describe("harmonise: requirements per concept", () => {
  const notice = duty("colorado-ai-act/notice", "6-1-1704(1)", ["notice-to-affected-persons"]);
  const concepts = [
    { id: "incident-reporting", name: "Incident reporting" },
    { id: "notice-to-affected-persons", name: "Notice to affected persons" },
  ];

  it("groups linked duties of two frameworks, keeps unlinked ones as 'only one asks', and names silent frameworks", () => {
    const lone = duty("california-sb-53/a", "§ 22757.13(a)");
    const [incidents, notices] = harmonise({
      concepts,
      duties: [sb53, raise, eu, lone, notice],
      mappings: [link(sb53, raise, [{ parameter: "deadline", source: "15 days", target: "72 hours", stricter: "target" }], { gapSummary: "California also counts deceptive subversion of controls." })],
    });
    expect(incidents!.requirements).toHaveLength(1);
    expect(incidents!.requirements[0]!.members.map((m) => m.citation)).toEqual(["§ 22757.13(c)(1)", "GBL § 1422(3)(a)"]);
    expect(incidents!.requirements[0]!.leftOver).toEqual([expect.objectContaining({ citation: "§ 22757.13(c)(1)", beyond: "GBL § 1422(3)(a)" })]);
    expect(incidents!.onlyOne.map((m) => m.citation).sort()).toEqual(["Art. 73(2)", "§ 22757.13(a)"]);
    expect(incidents!.silent.map((f) => f.id)).toEqual(["colorado-ai-act"]);
    expect(notices!.silent.map((f) => f.id).sort()).toEqual(["california-sb-53", "eu-ai-act", "ny-raise-act"]);
  });

  it("records a conflict as such and never merges the two provisions", () => {
    const forbid = duty("china-genai-measures/x", "Art. X", ["notice-to-affected-persons"]);
    const [notices] = harmonise({ concepts, duties: [notice, forbid], mappings: [link(notice, forbid, [], { conflict: { description: "One requires the disclosure the other forbids." } })] });
    expect(notices!.conflicts).toEqual([expect.objectContaining({ a: expect.objectContaining({ citation: "6-1-1704(1)" }), b: expect.objectContaining({ citation: "Art. X" }), description: "One requires the disclosure the other forbids." })]);
    expect(notices!.requirements).toEqual([]);
  });

  it("ignores no-relationship mappings and duties whose primary concept is another one", () => {
    const secondary = duty("eu-ai-act/art-20-2", "Art. 20(2)", ["corrective-action", "incident-reporting"]);
    const [incidents] = harmonise({ concepts, duties: [sb53, raise, secondary], mappings: [{ ...link(sb53, raise, []), relationship: "no-relationship" }] }, ["incident-reporting"]);
    expect(incidents!.requirements).toEqual([]);
    expect(incidents!.onlyOne.map((m) => m.citation)).toEqual(["§ 22757.13(c)(1)", "GBL § 1422(3)(a)"]);
  });

  it("lets a duty tagged with the concept secondarily join the group it is linked to, without bridging two groups", () => {
    const art18 = duty("eu-ai-act/art-18-1", "Art. 18(1)", ["technical-documentation", "record-keeping"]);
    const kr = duty("korea-ai-basic-act/27-2", "Decree Art. 27(2)", ["record-keeping"]);
    const co = duty("colorado-ai-act/1703", "6-1-1703", ["record-keeping"]);
    const [records] = harmonise(
      {
        concepts: [{ id: "record-keeping", name: "Record-keeping" }],
        duties: [art18, kr, co],
        mappings: [link(kr, art18, [{ parameter: "retention", source: "5 years", target: "10 years", stricter: "target" }]), link(co, art18, [])],
      },
      ["record-keeping"],
    );
    expect(records!.requirements).toHaveLength(1);
    expect(records!.requirements[0]!.members.map((m) => m.citation)).toEqual(["Art. 18(1)", "Decree Art. 27(2)"]);
    expect(records!.onlyOne.map((m) => m.citation)).toEqual(["6-1-1703"]);
    expect(records!.requirements[0]!.parameters[0]).toMatchObject({ status: "strictest", value: "10 years" });
  });
});

// Done when: for the EU + Colorado (current) + the new US and Asian laws, the harmonised
// requirement of six concepts, checked against the numbers in the laws themselves.
describe("harmonised requirements of the corpus (EU, Colorado, US states, Korea, China, Japan, Viet Nam)", () => {
  const JURISDICTIONS = ["EU", "US-CO", "US-CA", "US-NY", "US-NYC", "US-IL", "US-TX", "US-UT", "KR", "CN", "JP", "VN"];
  let byConcept: Map<string, ConceptHarmonisation>;
  let versions: string[];
  beforeAll(async () => {
    const files = await loadCorpusFiles();
    const engine = corpusFilesToEngine(files);
    const chosen = engine.frameworks.filter((f) => f.binding && JURISDICTIONS.includes(f.jurisdiction)).map((f) => f.id);
    const input = complyInput({ ...engine, mappings: files.mappings }, chosen, "2026-11-29");
    versions = input.versions.map((v) => v.versionId);
    byConcept = new Map(harmonise(input).map((c) => [c.concept.id, c]));
  });
  const requirementWith = (concept: string, citation: string) => {
    const r = byConcept.get(concept)!.requirements.find((x) => x.members.some((m) => m.citation === citation));
    expect(r, `${concept}: a requirement with ${citation}`).toBeDefined();
    return r!;
  };
  const parameter = (params: ComplyParameter[], name: string, setBy: string) => {
    const p = params.find((x) => x.parameter === name && (x.status === "strictest" || x.status === "same" ? x.setBy : x.status === "several" ? x.winners.flatMap((w) => w.setBy) : []).some((s) => s.citation === setBy));
    expect(p, `${name} set by ${setBy}`).toBeDefined();
    return p!;
  };

  it("uses each framework's version governing the day: Colorado SB 26-189, never the repealed SB 24-205", () => {
    expect(versions).toContain("colorado-ai-act@sb26-189");
    expect(versions).not.toContain("colorado-ai-act@sb24-205");
    expect(versions).toEqual(expect.arrayContaining(["eu-ai-act@2026-1744", "ny-raise-act@ch96-2026", "korea-ai-basic-act@21311", "china-ai-labelling@2025-2", "vietnam-ai-law@134-2025-qh15"]));
  });

  it("incident reporting: RAISE GBL § 1422(3)(a) 72 hours is stricter than SB 53 § 22757.13(c)(1) 15 days and EU Art. 73(2) 15 days", () => {
    const r = requirementWith("incident-reporting", "Gen. Bus. Law § 1422(3)(a)");
    // Over the whole set a stricter deadline may land (an Asian law's "at once"): 72 hours then
    // sits among the values it meets. Either way the 15-day deadlines are met by the winner.
    const p = r.parameters.find((x) => x.parameter === "deadline" && x.status === "strictest" && [...x.setBy, ...x.over].some((s) => s.citation === "Gen. Bus. Law § 1422(3)(a)"));
    expect(p, "a strictest deadline that 72 hours takes part in").toBeDefined();
    if (p?.status !== "strictest") return;
    expect([...p.setBy, ...p.over].find((s) => s.citation === "Gen. Bus. Law § 1422(3)(a)")!.value).toBe("72 hours");
    expect(p.over.map((s) => [s.citation, s.value])).toEqual(
      expect.arrayContaining([
        ["Bus. & Prof. Code § 22757.13(c)(1)", "15 days"],
        ["Art. 73(2)", "15 days after becoming aware"],
      ]),
    );
  });

  it("incident reporting across the EU, Colorado, California and New York: 72 hours (GBL § 1422(3)(a)) is the deadline to meet", async () => {
    const files = await loadCorpusFiles();
    const engine = corpusFilesToEngine(files);
    const chosen = engine.frameworks.filter((f) => f.binding && ["EU", "US-CO", "US-CA", "US-NY"].includes(f.jurisdiction)).map((f) => f.id);
    const [incidents] = harmonise(complyInput({ ...engine, mappings: files.mappings }, chosen, "2026-11-29"), ["incident-reporting"]);
    const r = incidents!.requirements.find((x) => x.members.some((m) => m.citation === "Gen. Bus. Law § 1422(3)(a)"))!;
    const p = parameter(r.parameters, "deadline", "Gen. Bus. Law § 1422(3)(a)");
    expect(p).toMatchObject({ status: "strictest", value: "72 hours" });
    expect(p.line).toContain("Deadline: 72 hours (Gen. Bus. Law § 1422(3)(a)) — also meets");
    // Art. 55(1)(c) "without undue delay" cannot be ranked against 72 hours: it stays a separate duty.
    expect(p.status === "strictest" && p.separately.map((s) => s.citation)).toContain("Art. 55(1)(c)");
  });

  it("incident reporting: imminent danger, 24 hours (SB 53 § 22757.13(c)(2) and GBL § 1422(3)(b)) beats the EU's 10 days for a death (Art. 73(4))", () => {
    const r = requirementWith("incident-reporting", "Art. 73(4)");
    const p = parameter(r.parameters, "deadline", "Gen. Bus. Law § 1422(3)(b)");
    expect(p).toMatchObject({ status: "strictest" });
    if (p.status !== "strictest") return;
    expect(p.setBy.map((s) => s.citation).sort()).toEqual(["Bus. & Prof. Code § 22757.13(c)(2)", "Gen. Bus. Law § 1422(3)(b)"]);
    expect(p.value).toMatch(/^24 hours/);
    expect(p.over).toEqual([expect.objectContaining({ citation: "Art. 73(4)", value: expect.stringMatching(/^10 days/) })]);
  });

  it("impact assessment: CCPA 11 CCR § 7155(a)(3) 45 days after a material change and § 7155(a)(2) every three years outdo EU Art. 27(2)", () => {
    const r = requirementWith("impact-assessment", "Art. 27(2)");
    expect(parameter(r.parameters, "deadline", "11 CCR § 7155(a)(3)")).toMatchObject({ status: "strictest", value: expect.stringContaining("45 calendar days") });
    const frequency = parameter(r.parameters, "frequency", "11 CCR § 7155(a)(2)");
    expect(frequency).toMatchObject({ status: "strictest", value: expect.stringContaining("three years") });
    expect(frequency.status === "strictest" && frequency.over.map((s) => s.citation)).toEqual(["Art. 27(2)"]);
    // The FRIA (Art. 27(1)) and the CCPA risk assessment (§ 7150(a)) are one requirement.
    expect(requirementWith("impact-assessment", "Art. 27(1)").members.map((m) => m.citation)).toContain("11 CCR § 7150(a)");
  });

  it("transparency to affected persons: NYC's notice at least 10 business days before use is a winning deadline over EU Art. 26(7) and Colorado 6-1-1704(1)", () => {
    const r = requirementWith("notice-to-affected-persons", "Admin. Code § 20-871(b)(1)");
    const p = parameter(r.parameters, "deadline", "Admin. Code § 20-871(b)(1)");
    const winner = p.status === "several" ? p.winners.find((w) => w.setBy.some((s) => s.citation === "Admin. Code § 20-871(b)(1)")) : p.status === "strictest" ? p : undefined;
    expect(winner?.value).toBe("at least 10 business days before use");
    expect(winner?.over.map((s) => s.citation)).toEqual(expect.arrayContaining(["Art. 26(7)", "6-1-1704(1)"]));
    // The AI-interaction disclosure: Art. 50(1) covers every system interacting with people, SB 243 § 22602(a) only companion chatbots.
    const chat = requirementWith("notice-to-affected-persons", "Art. 50(1)");
    expect(parameter(chat.parameters, "scope", "Art. 50(1)")).toMatchObject({ status: "strictest", over: [expect.objectContaining({ citation: "Bus. & Prof. Code § 22602(a)" })] });
  });

  it("human oversight: oversight throughout use (EU Art. 26(2), Korea Art. 34(1)(4)) meets Colorado's review on request after an adverse outcome; only the EU asks two-person verification (Art. 14(5))", () => {
    const r = requirementWith("human-oversight", "6-1-1705(1)(a)(II)");
    const p = parameter(r.parameters, "frequency", "Art. 26(2)");
    expect(p).toMatchObject({ status: "strictest", value: "throughout use of the system" });
    expect(p.status === "strictest" && p.setBy.map((s) => s.citation).sort()).toEqual(["Art. 26(2)", "Art. 34(1)(4)"]);
    expect(p.status === "strictest" && p.over.map((s) => s.citation)).toEqual(["6-1-1705(1)(a)(II)"]);
    expect(byConcept.get("human-oversight")!.onlyOne.map((m) => m.citation)).toContain("Art. 14(5)");
  });

  it("record keeping: EU Art. 18(1) 10 years beats Korea Decree Art. 27(2) 5 years and Colorado's 3 years; CCPA § 7155(c) (processing or 5 years) is kept as its own winner", () => {
    const r = requirementWith("record-keeping", "Enforcement Decree Art. 27(2)");
    const p = parameter(r.parameters, "retention", "Art. 18(1)");
    expect(p.status).toBe("several");
    if (p.status !== "several") return;
    const eu18 = p.winners.find((w) => w.setBy[0]!.citation === "Art. 18(1)")!;
    expect(eu18.value).toMatch(/^10 years/);
    expect(eu18.over.map((s) => [s.citation, s.value])).toEqual(
      expect.arrayContaining([
        ["Enforcement Decree Art. 27(2)", "5 years"],
        ["6-1-1702(4)", "at least 3 years after each record is created"],
        ["Art. 26(6)", "at least 6 months (logs)"],
      ]),
    );
    const ccpa = p.winners.find((w) => w.setBy[0]!.citation === "11 CCR § 7155(c)")!;
    expect(ccpa.value).toContain("5 years after the assessment");
    // EU Art. 19(1) (provider logs, at least six months) is linked to no other law's duty.
    expect(byConcept.get("record-keeping")!.onlyOne.map((m) => m.citation)).toContain("Art. 19(1)");
  });

  it("content labelling: China's Measures Art. 5 (all generated text, audio, images, video and virtual scenes) is the widest scope, over SB 942, EU Art. 50(2) and Viet Nam Art. 11(2)", () => {
    const r = requirementWith("content-provenance", "Art. 50(2)");
    const p = parameter(r.parameters, "scope", "Art. 5");
    expect(p.status).toBe("strictest");
    expect(p.status === "strictest" && p.over.map((s) => s.citation)).toEqual(
      expect.arrayContaining(["Bus. & Prof. Code § 22757.3(a)", "Art. 50(2)", "Art. 11(2)"]),
    );
    // SB 942's latent disclosure fixes its fields (provider, system, time, unique ID): stricter content than Art. 50(2).
    const content = parameter(r.parameters, "content", "Bus. & Prof. Code § 22757.3(a)");
    const sb942 = content.status === "several" ? content.winners.find((w) => w.setBy.some((x) => x.citation === "Bus. & Prof. Code § 22757.3(a)")) : content.status === "strictest" ? content : undefined;
    expect(sb942?.over.map((x) => x.citation)).toContain("Art. 50(2)");
  });
});
