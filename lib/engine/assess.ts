import { DUTY_KINDS } from "@/lib/schemas/framework";
import type { SystemProfile } from "@/lib/schemas/profile";
import type { Condition } from "@/lib/schemas/condition";
import { buildChecklist } from "./checklist";
import { evaluate, explainMatch, type Facts } from "./conditions";
import { profileFacts, rolesUnder } from "./facts";
import type {
  AssessmentResult,
  Classification,
  EngineCorpus,
  EngineFramework,
  EngineProvision,
  EngineVersion,
  Exemption,
  Obligation,
} from "./types";
import { selectVersion } from "./versions";

/** Most severe first: the system's class is the first one triggered. */
const SYSTEM_CLASS_ORDER = ["prohibited", "high-risk", "high-risk-ai-system", "covered-admt", "limited-risk"];
const DEFAULT_CLASS: Record<string, string> = { EU: "minimal-risk" };
const FACT_PREFIX: Record<string, string> = { EU: "eu", "US-CO": "co" };
const HIGH_RISK_CLASSES = new Set(["high-risk", "high-risk-ai-system"]);

const ROLE_WORDS: Record<string, string> = {
  provider: "provider",
  deployer: "deployer",
  importer: "importer",
  distributor: "distributor",
  "product-manufacturer": "product manufacturer",
  "authorised-representative": "authorised representative",
  "gpai-provider": "provider of a general-purpose AI model",
  developer: "developer (you develop or substantially modify the system)",
  organization: "organization that adopted this voluntary framework",
};

function inScope(framework: EngineFramework, profile: SystemProfile): boolean {
  if (framework.binding) return (profile.jurisdictions as string[]).includes(framework.jurisdiction);
  return (profile.voluntaryFrameworks as string[]).includes(framework.id);
}

function annexIIIPoint(citation: string): string | null {
  return /Annex III,? point (\S+)/i.exec(citation)?.[1] ?? null;
}

type FrameworkClassification = {
  facts: Facts;
  /** Earliest date from which the triggered class applies, per derived fact (Art. 113(c)). */
  classDates: Record<string, { from: string; setBy: string }>;
  classifications: Classification[];
  derogations: { provision: EngineProvision }[];
  derivedWhy: Record<string, string>;
  undrogatedFacts: Facts | null;
};

/** Runs the classification rules of one framework version and derives its eu.* / co.* facts. */
function classify(framework: EngineFramework, version: EngineVersion, profile: SystemProfile, base: Facts): FrameworkClassification {
  const prefix = FACT_PREFIX[framework.jurisdiction];
  const rules = version.provisions.filter((p) => p.classifies && evaluate(p.conditions, base));
  const systemHits = rules.filter((p) => p.classifies!.subject === "system");
  const points = systemHits.map((p) => annexIIIPoint(p.citation)).filter((x): x is string => x !== null);
  const highRiskHits = systemHits.filter((p) => HIGH_RISK_CLASSES.has(p.classifies!.class));
  const route = highRiskHits.some((p) => !annexIIIPoint(p.citation)) ? "annex-i" : points.length ? "annex-iii" : "none";

  const facts: Facts = { ...base };
  if (prefix === "eu") Object.assign(facts, { "eu.annexIIIPoints": points, "eu.highRiskRoute": route });

  // Derogations (Art. 6(3), Colorado's narrow-task exclusion) remove a class after it is triggered.
  const derogations = version.provisions
    .filter((p) => p.kind === "exemption" && p.removesClass && evaluate(p.conditions, facts))
    .filter((p) => systemHits.some((h) => h.classifies!.class === p.removesClass))
    .map((provision) => ({ provision }));
  const removed = new Set(derogations.map((d) => d.provision.removesClass));
  const effective = systemHits.filter((p) => !removed.has(p.classifies!.class));

  const classOf = (hits: EngineProvision[]) =>
    SYSTEM_CLASS_ORDER.find((c) => hits.some((h) => h.classifies!.class === c)) ?? DEFAULT_CLASS[framework.jurisdiction] ?? "not-covered";
  const systemClass = classOf(effective);
  const reasonsFor = (hits: EngineProvision[], cls: string) =>
    hits.filter((h) => h.classifies!.class === cls).map((h) => h.classifies!.reason);

  const classifications: Classification[] = [];
  if (framework.binding) {
    const reasons = SYSTEM_CLASS_ORDER.includes(systemClass)
      ? reasonsFor(effective, systemClass)
      : derogations.length
        ? derogations.map((d) => `${d.provision.citation}: ${d.provision.title}`)
        : ["No classification rule of this law is triggered by the profile."];
    classifications.push({ framework: framework.id, subject: "system", class: systemClass, reasons, version: version.id });
  }
  const derivedWhy: Record<string, string> = {};
  const classDates: Record<string, { from: string; setBy: string }> = {};
  const earliest = (hits: EngineProvision[]) =>
    hits
      .map((h) => pickDate(h, facts))
      .filter((d): d is NonNullable<typeof d> => d !== null)
      .sort((a, b) => a.from.localeCompare(b.from))[0];
  const highRiskEffective = effective.filter((p) => HIGH_RISK_CLASSES.has(p.classifies!.class));
  if (prefix === "eu") {
    const modelHits = rules.filter((p) => p.classifies!.subject === "model");
    const gpaiClass = profile.gpaiModel ? (modelHits.length ? "gpai-systemic-risk" : "gpai") : "none";
    if (profile.gpaiModel)
      classifications.push({
        framework: framework.id,
        subject: "model",
        class: gpaiClass,
        reasons: modelHits.length
          ? modelHits.map((h) => h.classifies!.reason)
          : ["The organization provides a general-purpose AI model that does not meet the systemic-risk criteria of Art. 51."],
        version: version.id,
      });
    Object.assign(facts, {
      "eu.class": systemClass,
      "eu.highRisk": highRiskEffective.length > 0,
      "eu.derogated": derogations.length > 0,
      "eu.gpaiClass": gpaiClass,
    });
    const highRiskDate = earliest(highRiskEffective);
    if (highRiskDate) classDates["eu.highRisk"] = highRiskDate;
    if (highRiskEffective.length)
      derivedWhy["eu.highRisk"] = `the system is high-risk (${highRiskEffective.map((h) => shortReason(h.classifies!.reason)).join(", ")})`;
    if (derogations.length) derivedWhy["eu.derogated"] = `the provider relies on the ${derogations[0]!.provision.citation} derogation`;
    if (gpaiClass === "gpai-systemic-risk") derivedWhy["eu.gpaiClass"] = `the model presents systemic risk (${modelHits.map((h) => h.classifies!.reason).join("; ")})`;
  } else if (prefix === "co") {
    facts["co.class"] = systemClass;
    const coDate = earliest(effective.filter((h) => h.classifies!.class === systemClass));
    if (coDate) classDates["co.class"] = coDate;
    if (systemClass !== "not-covered") derivedWhy["co.class"] = reasonsFor(effective, systemClass).join("; ");
  }
  // What the facts would be without derogations: lets us report the obligations they removed.
  const undrogatedFacts = derogations.length
    ? { ...facts, "eu.highRisk": prefix === "eu" ? true : facts["eu.highRisk"], "eu.derogated": false, ...(prefix === "co" ? { "co.class": classOf(systemHits) } : {}), ...(prefix === "eu" ? { "eu.class": classOf(systemHits) } : {}) }
    : null;
  return { facts, classDates, classifications, derogations, derivedWhy, undrogatedFacts };
}

/** "Annex III point 4(a): recruitment…" → "Annex III point 4(a)". */
function shortReason(reason: string): string {
  const head = reason.split(":")[0]!.trim();
  return head.length <= 40 ? head : reason;
}

function pickDate(p: EngineProvision, facts: Facts) {
  return p.applies.find((d) => d.when && evaluate(d.when, facts)) ?? p.applies.find((d) => !d.when) ?? null;
}

/**
 * A duty's own date, but never earlier than the date its triggering class applies: e.g.
 * Art. 43 applies from 2 Aug 2026, yet a system is high-risk under Annex III only from
 * 2 Dec 2027 (Art. 113(c)(i)), so the conformity assessment is due then.
 */
function effectiveDate(p: EngineProvision, facts: Facts, classDates: Record<string, { from: string; setBy: string }>) {
  const own = pickDate(p, facts);
  let result = own ? { from: own.from, setBy: own.setBy } : null;
  for (const fact of leafFacts(p.conditions)) {
    const gate = classDates[fact];
    if (gate && (!result || gate.from > result.from))
      result = { from: gate.from, setBy: `${result ? `${result.setBy}; ` : ""}class applies from ${gate.from} (${gate.setBy})` };
  }
  return result;
}

function leafFacts(c: Condition | undefined): string[] {
  if (!c) return [];
  if ("all" in c) return c.all.flatMap(leafFacts);
  if ("any" in c) return c.any.flatMap(leafFacts);
  if ("not" in c) return leafFacts(c.not);
  return [c.fact];
}

function applicableDuties(version: EngineVersion, roles: Set<string>, facts: Facts) {
  return version.provisions.filter(
    (p) => DUTY_KINDS.has(p.kind) && p.binds.some((r) => roles.has(r)) && evaluate(p.conditions, facts),
  );
}

/**
 * Decides which obligations apply to the system described by `profile` at `asOf`
 * (YYYY-MM-DD), why, which exemptions removed any, and groups them into one checklist.
 */
export function assess(profile: SystemProfile, corpus: EngineCorpus, asOf: string): AssessmentResult {
  const base = profileFacts(profile);
  const classifications: Classification[] = [];
  const obligations: Obligation[] = [];
  const exemptions: Exemption[] = [];
  const warnings: AssessmentResult["warnings"] = [];
  const versionsUsed: AssessmentResult["versionsUsed"] = [];

  for (const framework of corpus.frameworks) {
    if (!inScope(framework, profile)) continue;
    const version = selectVersion(framework, asOf);
    if (!version) continue;
    versionsUsed.push({ framework: framework.id, version: version.id, label: version.label, status: version.status });
    const roles = rolesUnder(framework, profile);
    const { facts, classDates, classifications: classes, derogations, derivedWhy, undrogatedFacts } = classify(framework, version, profile, base);
    classifications.push(...classes);

    let duties = applicableDuties(version, roles, facts);
    const removedIds = new Set<string>();
    for (const ex of version.provisions) {
      if (ex.kind !== "exemption" || !ex.exempts?.length) continue;
      if (ex.binds.length && !ex.binds.some((r) => roles.has(r))) continue;
      if (!evaluate(ex.conditions, facts)) continue;
      const ids = ex.exempts.map((k) => `${framework.id}/${k}`).filter((id) => duties.some((d) => d.id === id));
      if (!ids.length) continue;
      ids.forEach((id) => removedIds.add(id));
      exemptions.push({ framework: framework.id, citation: ex.citation, removes: ids, reason: `${ex.title}: ${ex.summary}`, source: ex.sourceUrl });
    }
    if (undrogatedFacts) {
      const without = applicableDuties(version, roles, undrogatedFacts).map((p) => p.id);
      const kept = new Set(duties.map((d) => d.id));
      for (const { provision } of derogations)
        exemptions.push({
          framework: framework.id,
          citation: provision.citation,
          removes: without.filter((id) => !kept.has(id)),
          reason: `${provision.title}: ${provision.summary}`,
          source: provision.sourceUrl,
        });
    }
    duties = duties.filter((d) => !removedIds.has(d.id));

    for (const p of duties) {
      const role = p.binds.find((r) => roles.has(r))!;
      const date = effectiveDate(p, facts, classDates);
      const why = [`you act as ${ROLE_WORDS[role] ?? role}`];
      const derived = new Set<string>();
      for (const f of leafFacts(p.conditions)) if (derivedWhy[f]) derived.add(derivedWhy[f]);
      const plain = explainMatch(p.conditions, facts).filter((w) => !/^(the system is high-risk under|EU AI Act risk class|Colorado classification|GPAI model class|the provider relies on)/.test(w));
      why.push(...derived, ...plain);
      if (!framework.binding) why.push(`you listed ${framework.shortName} among the voluntary frameworks you follow`);
      obligations.push({
        id: p.id,
        framework: framework.id,
        binding: framework.binding,
        version: version.id,
        citation: p.citation,
        title: p.title,
        summary: p.summary,
        kind: p.kind,
        role,
        appliesFrom: date?.from ?? null,
        appliesFromSetBy: date?.setBy ?? null,
        alreadyApplies: date ? date.from <= asOf : true,
        why: [...new Set(why)],
        concepts: p.concepts,
        verified: p.verified,
        source: p.sourceUrl,
      });
      if (p.kind === "prohibition")
        warnings.push({
          framework: framework.id,
          citation: p.citation,
          message: `${p.citation} prohibits this practice${date && date.from > asOf ? ` from ${date.from}` : ""}: ${p.classifies?.reason ?? p.title}. The system must not be placed on the market, put into service or used as described.`,
        });
    }
  }

  const checklist = buildChecklist(obligations, corpus.mappings);
  return {
    asOf,
    classifications,
    obligations,
    exemptions,
    checklist,
    warnings,
    versionsUsed,
    stats: { obligations: obligations.length, checklistItems: checklist.length, collapsed: obligations.length - checklist.length },
    corpusVersion: corpus.corpusVersion,
  };
}
