import { withImpliedJurisdictions } from "@/lib/schemas/common";
import type { Fact } from "@/lib/schemas/condition";
import { DUTY_KINDS } from "@/lib/schemas/framework";
import type { SystemProfile } from "@/lib/schemas/profile";
import { buildChecklist } from "./checklist";
import {
  and3,
  evaluate3,
  explainFailure,
  explainMatch,
  isUnknown,
  leafFacts,
  not3,
  questionFor,
  questionsOf,
  unknownFact,
  type FactValue,
  type Facts,
  type PartialList,
  type Truth,
} from "./conditions";
import { profileFacts, rolesUnder } from "./facts";
import type {
  AssessmentResult,
  Classification,
  EngineCorpus,
  EngineFramework,
  EngineProvision,
  EngineVersion,
  Exemption,
  Explanation,
  NotApplicable,
  Obligation,
  OpenQuestion,
  ScopeFinding,
} from "./types";
import { selectVersion } from "./versions";

/** Most severe first: the system's class is the most severe one still possible. */
const SYSTEM_CLASS_ORDER = [
  "prohibited",
  "high-risk",
  "high-risk-ai-system",
  "high-impact", // Korea, AI Basic Act Art. 2(4)
  "covered-admt",
  "public-opinion-generative-ai-service", // China, Generative AI Measures Art. 17
  "generative-ai-service", // China, Generative AI Measures Art. 2
  "medium-risk", // Viet Nam, AI Law
  "generative-ai", // Korea, AI Basic Act Art. 2(5)
  "limited-risk",
];
/** The class a binding law gives when none of its rules fires. */
const DEFAULT_CLASS: Record<string, string> = { EU: "minimal-risk", KR: "not-high-impact", VN: "low-risk", CN: "not-covered" };
/**
 * Laws without classification rules that still belong in the classes panel, with the reason:
 * the seed's side-by-side needs Japan's answer ("no classes") as much as Korea's.
 */
const CLASSLESS_LAWS: Record<string, { class: string; reason: string }> = {
  "japan-ai-promotion-act": {
    class: "no-risk-classes",
    reason: "Japan's AI Promotion Act (Act No. 53 of 2025) sets no risk classes and no penalties: businesses have a duty to endeavour and to cooperate (Art. 7).",
  },
};
/** Each law's own class becomes a derived fact its conditions can read (facts are per framework). */
const FACT_PREFIX: Record<string, string> = { EU: "eu", "US-CO": "co", KR: "kr", CN: "cn", VN: "vn" };
const HIGH_RISK_CLASSES = new Set(["high-risk", "high-risk-ai-system"]);
/** Facts about the organization or the model, not the system's use: duties on them bind whatever the use. */
const USE_INDEPENDENT_FACT = /^(organization\.|roles$|jurisdictions$|gpaiModel\.|eu\.gpaiClass$|eu\.establishedOutsideUnion$)/;

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
  if (framework.binding) return withImpliedJurisdictions(profile.jurisdictions).includes(framework.jurisdiction);
  return (profile.voluntaryFrameworks as string[]).includes(framework.id);
}

function annexIIIPoint(citation: string): string | null {
  return /Annex III,? point (\S+)/i.exec(citation)?.[1] ?? null;
}

/** Kleene disjunction. */
function or3(parts: Truth[]): Truth {
  if (parts.includes(true)) return true;
  const open = parts.filter(isUnknown);
  return open.length ? unknownFact(open.flatMap((o) => o.questions)) : false;
}

/** A derived boolean fact: known when settled, open (with its questions) otherwise. */
const asFact = (t: Truth): FactValue => t;

/**
 * A derived enum fact over `candidates` in order of severity: the first that certainly holds,
 * unless a more severe one may still hold — then the fact is open between them, so a duty
 * that reads the more severe value stays "may apply" instead of being dropped.
 */
function enumFact(candidates: { value: string; truth: Truth }[], fallback: string): FactValue {
  const possible: string[] = [];
  const questions: string[] = [];
  let settled = false;
  for (const c of candidates) {
    if (c.truth === false) continue;
    possible.push(c.value);
    if (c.truth === true) {
      settled = true;
      break;
    }
    questions.push(...questionsOf(c.truth));
  }
  if (!settled) possible.push(fallback);
  return possible.length === 1 ? possible[0]! : unknownFact(questions, possible);
}

type Hit = { provision: EngineProvision; truth: Truth };

type FrameworkClassification = {
  facts: Facts;
  /** Earliest date from which the triggered class applies, per derived fact (Art. 113(c)). */
  classDates: Record<string, { from: string; setBy: string }>;
  classifications: Classification[];
  derogations: { provision: EngineProvision; truth: Truth }[];
  derivedWhy: Record<string, string>;
  /** The facts as they would be without a derogation that certainly applies (to report what it removed). */
  undrogatedFacts: Facts | null;
  prohibited: Truth;
};

/** Runs the classification rules of one framework version and derives its eu.* / co.* facts. */
function classify(framework: EngineFramework, version: EngineVersion, profile: SystemProfile, base: Facts, roles: Set<string>, asOf: string): FrameworkClassification {
  const prefix = FACT_PREFIX[framework.jurisdiction];
  const hits: Hit[] = version.provisions
    .filter((p) => p.classifies)
    .map((provision) => ({ provision, truth: evaluate3(provision.conditions, base) }))
    .filter((h) => h.truth !== false)
    // A prohibition is a class only for the operators it binds (Art. 5(1)(h) bans the use: deployers).
    .filter((h) => h.provision.kind !== "prohibition" || !h.provision.binds.length || h.provision.binds.some((r) => roles.has(r)));
  const systemHits = hits.filter((h) => h.provision.classifies!.subject === "system");
  const annexIIIHits = systemHits.filter((h) => annexIIIPoint(h.provision.citation));
  const highRiskHits = systemHits.filter((h) => HIGH_RISK_CLASSES.has(h.provision.classifies!.class));
  const annexIHit = or3(highRiskHits.filter((h) => !annexIIIPoint(h.provision.citation)).map((h) => h.truth));
  const annexIIIHit = or3(annexIIIHits.map((h) => h.truth));

  const facts: Facts = { ...base };
  if (prefix === "eu") {
    const points: PartialList = { sure: [], maybe: {} };
    for (const h of annexIIIHits) {
      const point = annexIIIPoint(h.provision.citation)!;
      if (h.truth === true) points.sure.push(point);
      else points.maybe[point] = questionsOf(h.truth);
    }
    // A system listed in Annex III takes the Annex III dates even if it is also an Annex I product
    // (Art. 113(c)(i): Chapter III applies "as regards AI systems classified as high-risk pursuant to
    // Article 6(2)"); Annex-I-specific duties test eu.annexIHighRisk instead.
    facts["eu.annexIIIPoints"] = points;
    facts["eu.annexIHighRisk"] = asFact(annexIHit);
    facts["eu.highRiskRoute"] = enumFact(
      [
        { value: "annex-iii", truth: annexIIIHit },
        { value: "annex-i", truth: and3(annexIHit, not3(annexIIIHit)) },
      ],
      "none",
    );
  }

  // Derogations (Art. 6(3), Colorado's narrow-task exclusion) remove a class after it is triggered.
  const derogations = version.provisions
    .filter((p) => p.kind === "exemption" && p.removesClass && systemHits.some((h) => h.provision.classifies!.class === p.removesClass))
    .map((provision) => ({ provision, truth: evaluate3(provision.conditions, facts) }))
    .filter((d) => d.truth !== false);
  const derogationOf = (cls: string) => or3(derogations.filter((d) => d.provision.removesClass === cls).map((d) => d.truth));
  const isAnnexIRule = (h: Hit) => prefix === "eu" && HIGH_RISK_CLASSES.has(h.provision.classifies!.class) && !annexIIIPoint(h.provision.citation);
  // A derogation removes what Annex III triggered (Art. 6(3) derogates from Art. 6(2)), never an Annex I classification.
  const truthOfClass = (cls: string, withDerogation: boolean, only: (h: Hit) => boolean = () => true) =>
    or3(
      systemHits
        .filter((h) => h.provision.classifies!.class === cls && only(h))
        .map((h) => (withDerogation && !isAnnexIRule(h) ? and3(h.truth, not3(derogationOf(cls))) : h.truth)),
    );

  const defaultClass = CLASSLESS_LAWS[framework.id]?.class ?? DEFAULT_CLASS[framework.jurisdiction] ?? "not-covered";
  const classTruths = SYSTEM_CLASS_ORDER.map((cls) => ({ value: cls, truth: truthOfClass(cls, true) }));
  // The class is the most severe one still possible; it is confirmed only when its rule certainly holds.
  const top = classTruths.find((c) => c.truth !== false);
  const systemClass = top?.value ?? defaultClass;
  const confirmed = !top || top.truth === true;
  const reasonsFor = (cls: string) =>
    systemHits
      .filter((h) => h.provision.classifies!.class === cls)
      .map((h) => (h.truth === true ? h.provision.classifies!.reason : `Possibly — ${h.provision.classifies!.reason} (not confirmed)`));

  const classifications: Classification[] = [];
  // A binding law with classes of its own (or a stated default) shows its class; one without
  // any (SB 243, Local Law 144) only has duties.
  const hasClasses = version.provisions.some((p) => p.classifies?.subject === "system") || framework.id in CLASSLESS_LAWS;
  if (framework.binding && hasClasses) {
    const certainDerogations = derogations.filter((d) => d.truth === true);
    const reasons = top
      ? reasonsFor(systemClass)
      : certainDerogations.length
        ? certainDerogations.map((d) => `${d.provision.citation}: ${d.provision.title}`)
        : [CLASSLESS_LAWS[framework.id]?.reason ?? "No classification rule of this law is triggered by the profile."];
    const openQuestions = top && isUnknown(top.truth) ? top.truth.questions : [];
    classifications.push({
      framework: framework.id,
      subject: "system",
      class: systemClass,
      confirmed,
      reasons,
      openQuestions: openQuestions.map(toQuestion),
      version: version.id,
    });
  }

  const derivedWhy: Record<string, string> = {};
  const classDates: Record<string, { from: string; setBy: string }> = {};
  const earliest = (list: Hit[], f: Facts) =>
    list
      .map((h) => pickDate(h.provision, f))
      .filter((d): d is NonNullable<typeof d> => d !== null)
      .sort((a, b) => a.from.localeCompare(b.from))[0];
  const highRisk = or3([...HIGH_RISK_CLASSES].map((c) => truthOfClass(c, true)));
  const highRiskEffective = highRiskHits.filter((h) => !(annexIIIPoint(h.provision.citation) && derogationOf(h.provision.classifies!.class) === true));
  if (prefix === "eu") {
    const modelHits = hits.filter((h) => h.provision.classifies!.subject === "model");
    const systemic = or3(modelHits.map((h) => h.truth));
    const modelUnsure = profile.gpaiModel === "not-sure";
    const gpaiClass: FactValue = modelUnsure
      ? unknownFact(["gpaiModel.present"], ["none", "gpai", "gpai-systemic-risk"])
      : profile.gpaiModel
        ? systemic === true
          ? "gpai-systemic-risk"
          : systemic === false
            ? "gpai"
            : unknownFact(systemic.questions, ["gpai", "gpai-systemic-risk"])
        : "none";
    if (profile.gpaiModel)
      classifications.push({
        framework: framework.id,
        subject: "model",
        class: systemic === false && !modelUnsure ? "gpai" : "gpai-systemic-risk",
        confirmed: !isUnknown(systemic) && !modelUnsure,
        reasons:
          systemic === false
            ? ["The organization provides a general-purpose AI model that does not meet the systemic-risk criteria of Art. 51."]
            : modelHits.map((h) => (h.truth === true ? h.provision.classifies!.reason : `Possibly — ${h.provision.classifies!.reason} (not confirmed)`)),
        openQuestions: (modelUnsure ? ["gpaiModel.present"] : questionsOf(systemic)).map(toQuestion),
        version: version.id,
      });
    facts["eu.class"] = enumFact(classTruths, defaultClass);
    facts["eu.highRisk"] = asFact(highRisk);
    facts["eu.derogated"] = asFact(and3(or3(derogations.map((d) => d.truth)), annexIIIHit));
    facts["eu.gpaiClass"] = gpaiClass;
    const highRiskDate = earliest(highRiskEffective, facts);
    if (highRiskDate) classDates["eu.highRisk"] = highRiskDate;
    if (highRisk !== false)
      derivedWhy["eu.highRisk"] = `the system is ${highRisk === true ? "" : "possibly "}high-risk (${highRiskEffective.map((h) => shortReason(h.provision.classifies!.reason)).join(", ")})`;
    if (derogations.length) derivedWhy["eu.derogated"] = `the provider relies on the ${derogations[0]!.provision.citation} derogation`;
    if (gpaiClass !== "gpai" && gpaiClass !== "none")
      derivedWhy["eu.gpaiClass"] = `the model ${isUnknown(gpaiClass) ? "may present" : "presents"} systemic risk (${modelHits.map((h) => h.provision.classifies!.reason).join("; ")})`;
  } else if (prefix) {
    const classFact = `${prefix}.class` as Fact;
    facts[classFact] = enumFact(classTruths, defaultClass);
    const classDate = earliest(systemHits.filter((h) => h.provision.classifies!.class === systemClass), facts);
    if (classDate) classDates[classFact] = classDate;
    if (top) derivedWhy[classFact] = reasonsFor(systemClass).join("; ");
  }
  // What the facts would be without derogations that certainly apply: lets us report the obligations they removed.
  const certain = derogations.filter((d) => d.truth === true);
  const undrogatedFacts = certain.length
    ? {
        ...facts,
        ...(prefix === "eu"
          ? { "eu.highRisk": or3(highRiskHits.map((h) => h.truth)), "eu.derogated": false, "eu.class": enumFact(SYSTEM_CLASS_ORDER.map((cls) => ({ value: cls, truth: truthOfClass(cls, false) })), defaultClass) }
          : prefix
            ? { [`${prefix}.class`]: enumFact(SYSTEM_CLASS_ORDER.map((cls) => ({ value: cls, truth: truthOfClass(cls, false) })), defaultClass) }
            : {}),
      }
    : null;
  // The stop sign: a prohibition that binds this organization and already applies (Art. 113(a): (ba)/(bb) from 2 Dec 2026).
  const inForce = (h: Hit) => (pickDate(h.provision, facts)?.from ?? "0000-00-00") <= asOf;
  return { facts, classDates, classifications, derogations, derivedWhy, undrogatedFacts, prohibited: truthOfClass("prohibited", true, inForce) };
}

/** "Annex III point 4(a): recruitment…" → "Annex III point 4(a)". */
function shortReason(reason: string): string {
  const head = reason.split(":")[0]!.trim();
  return head.length <= 40 ? head : reason;
}

/** The date entry that certainly applies: a conditional date only when its condition certainly holds. */
function pickDate(p: EngineProvision, facts: Facts) {
  return p.applies.find((d) => d.when && evaluate3(d.when, facts) === true) ?? p.applies.find((d) => !d.when) ?? null;
}

/**
 * A duty's own date, but never earlier than the date its triggering class applies: e.g. a
 * system is high-risk under Annex III only from 2 Dec 2027 (Art. 113(c)(i)), so a duty that
 * depends on that class cannot bind it before then.
 */
function effectiveDate(p: EngineProvision, facts: Facts, classDates: Record<string, { from: string; setBy: string }>) {
  const own = pickDate(p, facts);
  let result = own ? { from: own.from, setBy: own.setBy, note: own.note ?? null, contested: own.contested ?? null } : null;
  for (const fact of leafFacts(p.conditions)) {
    const gate = classDates[fact];
    if (gate && (!result || gate.from > result.from))
      result = {
        from: gate.from,
        setBy: `${result ? `${result.setBy}; ` : ""}class applies from ${gate.from} (${gate.setBy})`,
        note: result?.note ?? null,
        contested: result?.contested ?? null,
      };
  }
  return result;
}

function toQuestion(fact: string): OpenQuestion {
  return { fact, question: questionFor(fact) };
}

function matchesKeyPattern(key: string, pattern: string): boolean {
  return pattern.endsWith("*") ? key.startsWith(pattern.slice(0, -1)) : key === pattern;
}

/** Which candidate duties an exemption reaches. */
function reaches(ex: EngineProvision, duty: EngineProvision, role: string): boolean {
  if (ex.exempts?.includes(duty.key)) return true;
  const where = ex.exemptsWhere;
  if (!where) return false;
  if (where.exceptKeys.some((pattern) => matchesKeyPattern(duty.key, pattern))) return false;
  if (where.roles && !where.roles.includes(role)) return false;
  if (where.dependsOn && !leafFacts(duty.conditions).some((f) => where.dependsOn!.includes(f))) return false;
  return true;
}

type Candidate = { provision: EngineProvision; role: string; truth: Truth };

function candidateDuties(version: EngineVersion, roles: Set<string>, facts: Facts): Candidate[] {
  const out: Candidate[] = [];
  for (const p of version.provisions) {
    if (!DUTY_KINDS.has(p.kind)) continue;
    const role = p.binds.find((r) => roles.has(r));
    if (!role) continue;
    const truth = evaluate3(p.conditions, facts);
    if (truth !== false) out.push({ provision: p, role, truth });
  }
  return out;
}

/** A duty binds whatever the system is used for when its conditions read no fact about the system's use. */
function bindsRegardlessOfUse(p: EngineProvision): boolean {
  return p.kind === "prohibition" || leafFacts(p.conditions).every((f) => USE_INDEPENDENT_FACT.test(f));
}

/**
 * Decides which obligations apply to the system described by `profile` at `asOf`
 * (YYYY-MM-DD), why, which exemptions removed any, and groups them into one checklist.
 * Unknown answers (`null`) never yield the lighter regime: the class is the most severe one
 * still possible, and duties that depend on an open answer stay listed as "may-apply".
 */
export function assess(profile: SystemProfile, corpus: EngineCorpus, asOf: string): AssessmentResult {
  const base = profileFacts(profile);
  const classifications: Classification[] = [];
  const obligations: Obligation[] = [];
  const ifNotProhibited: Obligation[] = [];
  const notApplicable: NotApplicable[] = [];
  const exemptions: Exemption[] = [];
  const explanations: Explanation[] = [];
  const scope: ScopeFinding[] = [];
  const warnings: AssessmentResult["warnings"] = [];
  const versionsUsed: AssessmentResult["versionsUsed"] = [];

  for (const framework of corpus.frameworks) {
    if (!inScope(framework, profile)) continue;
    const version = selectVersion(framework, asOf);
    if (!version) continue;
    versionsUsed.push({ framework: framework.id, version: version.id, label: version.label, status: version.status });
    const roles = rolesUnder(framework, profile);
    const cls = classify(framework, version, profile, base, roles, asOf);
    const { facts, classDates, derivedWhy } = cls;
    classifications.push(...cls.classifications);

    const candidates = candidateDuties(version, roles, facts);
    const exemptionRules = version.provisions
      .filter((ex) => ex.kind === "exemption" && (ex.exempts?.length || ex.exemptsWhere))
      .filter((ex) => !ex.binds.length || ex.binds.some((r) => roles.has(r)))
      .map((ex) => ({ ex, truth: evaluate3(ex.conditions, facts) }))
      .filter((e) => e.truth !== false);

    // Scope: an exclusion that certainly holds puts the system outside the law (Art. 2).
    const outside = exemptionRules.filter((e) => e.ex.outOfScope && e.truth === true);
    for (const { ex } of outside)
      scope.push({ framework: framework.id, citation: ex.citation, applies: false, reason: `${ex.title}: ${ex.summary}`, source: ex.sourceUrl });
    for (const { ex, truth } of exemptionRules.filter((e) => e.ex.outOfScope && isUnknown(e.truth)))
      scope.push({
        framework: framework.id,
        citation: ex.citation,
        applies: "unless",
        reason: `${ex.title}: the law may not apply if this exclusion holds — ${questionsOf(truth).map(questionFor).join(" ")}`,
        source: ex.sourceUrl,
      });
    if (outside.length) {
      const systemClass = cls.classifications.find((c) => c.subject === "system");
      if (systemClass && candidates.every((c) => outside.some((o) => reaches(o.ex, c.provision, c.role)))) {
        systemClass.reasons = [
          `The ${framework.shortName} does not apply: ${outside.map((o) => `${o.ex.citation} (${o.ex.title})`).join("; ")}. Without the exclusion: ${systemClass.class}.`,
        ];
        systemClass.class = "out-of-scope";
        systemClass.confirmed = true;
        systemClass.openQuestions = [];
      }
    }

    const removedBy = new Map<string, string[]>();
    for (const cand of candidates) {
      const p = cand.provision;
      let truth = cand.truth;
      let deferral: { from: string; setBy: string } | null = null;
      let removed = false;
      for (const { ex, truth: exTruth } of exemptionRules) {
        if (!reaches(ex, p, cand.role)) continue;
        if (exTruth === true) {
          if (ex.defersTo) {
            if (!deferral || ex.defersTo.from > deferral.from) deferral = { from: ex.defersTo.from, setBy: `${ex.citation}: ${ex.defersTo.setBy}` };
            continue;
          }
          removed = true;
          removedBy.set(ex.id, [...(removedBy.get(ex.id) ?? []), p.id]);
          break;
        }
        // An exemption that may hold leaves the duty listed, but only as "may apply".
        if (!ex.defersTo) truth = and3(truth, not3(exTruth));
      }
      if (removed) continue;

      const date = effectiveDate(p, facts, classDates);
      // Art. 111(2), second sentence: a deferral moves the date later, never earlier.
      const deferred = deferral !== null && (!date || deferral.from > date.from);
      const appliesFrom = deferred ? deferral!.from : (date?.from ?? null);
      const appliesFromSetBy = deferred ? deferral!.setBy : (date?.setBy ?? null);
      const why = [`you act as ${ROLE_WORDS[cand.role] ?? cand.role}`];
      const derived = new Set<string>();
      for (const f of leafFacts(p.conditions)) if (derivedWhy[f]) derived.add(derivedWhy[f]);
      const plain = explainMatch(p.conditions, facts).filter(
        (w) => !/^(possibly: )?(the system is high-risk under|EU AI Act risk class|Colorado classification|Korean AI Basic Act class|Chinese Generative AI Measures class|Vietnamese AI Law class|GPAI model class|the provider relies on|high-risk route|Annex III point)/.test(w),
      );
      why.push(...derived, ...plain);
      if (!framework.binding) why.push(`you listed ${framework.shortName} among the voluntary frameworks you follow`);
      const open = questionsOf(truth);
      const obligation: Obligation = {
        id: p.id,
        framework: framework.id,
        binding: framework.binding,
        version: version.id,
        citation: p.citation,
        title: p.title,
        summary: p.summary,
        kind: p.kind,
        role: cand.role,
        status: open.length ? "may-apply" : "applies",
        openQuestions: open.map(toQuestion),
        appliesFrom,
        appliesFromSetBy,
        appliesFromNote: date?.note ?? null,
        appliesFromContested: date?.contested ?? null,
        alreadyApplies: appliesFrom ? appliesFrom <= asOf : true,
        why: [...new Set(why)],
        concepts: p.concepts,
        penalties: penaltiesFor(p, version),
        verified: p.verified,
        source: p.sourceUrl,
      };
      // A confirmed prohibition is a stop sign: duties for the same use would not make it lawful.
      if (cls.prohibited === true && framework.jurisdiction === "EU" && !bindsRegardlessOfUse(p)) ifNotProhibited.push(obligation);
      else obligations.push(obligation);
      // A prohibition whose conditions describe the practice is a stop sign for this system; one
      // without conditions (an intent-based ban the profile cannot detect) is a standing duty only.
      if (p.kind === "prohibition" && p.conditions)
        warnings.push({
          framework: framework.id,
          citation: p.citation,
          message: `${p.citation} ${open.length ? "may prohibit" : "prohibits"} this practice${appliesFrom && appliesFrom > asOf ? ` from ${appliesFrom}` : ""}: ${withoutCitation(p.classifies?.reason ?? p.title, p.citation)}. ${
            open.length
              ? `Settle first: ${open.map(questionFor).join(" ")}`
              : "The system must not be placed on the market, put into service or used as described."
          }`,
        });
    }
    // Considered and not applicable (binding laws only): every duty an organization could owe that this one does not.
    if (framework.binding) {
      const listed = new Set([...obligations, ...ifNotProhibited].map((o) => o.id));
      const removedIds = new Map([...removedBy].flatMap(([exId, ids]) => ids.map((id) => [id, exId] as const)));
      const roleWords = [...roles].map((r) => ROLE_WORDS[r] ?? r).join(", ");
      for (const p of version.provisions) {
        if (!DUTY_KINDS.has(p.kind) || listed.has(p.id) || p.binds.every((r) => r === "authority")) continue;
        const exId = removedIds.get(p.id);
        const ex = exId ? version.provisions.find((x) => x.id === exId) : undefined;
        const entry = (because: NotApplicable["because"], reason: string) =>
          notApplicable.push({ id: p.id, framework: framework.id, citation: p.citation, title: p.title, because, reason, source: p.sourceUrl });
        if (!p.binds.some((r) => roles.has(r)))
          entry("role", `binds the ${p.binds.filter((r) => r !== "authority").map((r) => ROLE_WORDS[r] ?? r).join(" or ")}; you act as ${roleWords || "none of these"}`);
        else if (ex) entry(ex.outOfScope ? "scope" : "exemption", `${ex.citation}: ${ex.title}`);
        else if (cls.undrogatedFacts && cls.derogations.some((d) => d.truth === true) && evaluate3(p.conditions, cls.undrogatedFacts) !== false)
          entry("exemption", `${cls.derogations.find((d) => d.truth === true)!.provision.citation}: ${cls.derogations.find((d) => d.truth === true)!.provision.title}`);
        else entry("condition", explainFailure(p.conditions, facts) || "its conditions do not hold for this system");
      }
    }
    for (const [exId, removes] of removedBy) {
      const ex = version.provisions.find((p) => p.id === exId)!;
      exemptions.push({ framework: framework.id, citation: ex.citation, removes, reason: `${ex.title}: ${ex.summary}`, source: ex.sourceUrl });
    }
    if (cls.undrogatedFacts) {
      const kept = new Set(candidates.map((c) => c.provision.id));
      const without = candidateDuties(version, roles, cls.undrogatedFacts).map((c) => c.provision.id);
      for (const { provision } of cls.derogations.filter((d) => d.truth === true))
        exemptions.push({
          framework: framework.id,
          citation: provision.citation,
          removes: without.filter((id) => !kept.has(id)),
          reason: `${provision.title}: ${provision.summary}`,
          source: provision.sourceUrl,
        });
    }
    const dependsOnClass = (c: Candidate) => leafFacts(c.provision.conditions).includes("eu.highRisk");
    const highRiskDutiesGone =
      candidates.some(dependsOnClass) && ![...obligations, ...ifNotProhibited].some((o) => o.framework === framework.id && candidates.some((c) => c.provision.id === o.id && dependsOnClass(c)));
    // Rules that create no duty of their own but explain the result (Art. 25(1), FERPA routes, deferrals).
    // Only rules with a condition explain something about this system; under a confirmed
    // prohibition only those that hold whatever the use.
    for (const p of version.provisions) {
      const isDeferral = p.kind === "exemption" && p.defersTo;
      if ((p.kind !== "status" && !isDeferral) || !p.conditions) continue;
      if (cls.prohibited === true && framework.jurisdiction === "EU" && !bindsRegardlessOfUse(p)) continue;
      // After Art. 2(2) or Art. 111(2) took every high-risk duty away, rules about high-risk duties explain nothing.
      if (!isDeferral && highRiskDutiesGone && leafFacts(p.conditions).includes("eu.highRisk")) continue;
      if (p.binds.length && !p.binds.some((r) => roles.has(r))) continue;
      const truth = evaluate3(p.conditions, facts);
      if (truth === false) continue;
      explanations.push({
        framework: framework.id,
        citation: p.citation,
        title: p.title,
        summary: p.summary,
        confirmed: truth === true,
        openQuestions: questionsOf(truth).map(toQuestion),
        source: p.sourceUrl,
      });
    }
  }

  const checklist = buildChecklist(obligations, corpus.mappings);
  const shortNames = new Map(corpus.frameworks.map((f) => [f.id, f.shortName]));
  const openQuestions = collectQuestions(classifications, obligations, explanations, shortNames);
  return {
    asOf,
    classifications,
    scope,
    obligations,
    ifNotProhibited,
    notApplicable,
    exemptions,
    explanations,
    openQuestions,
    checklist,
    warnings,
    versionsUsed,
    stats: {
      obligations: obligations.length,
      mayApply: obligations.filter((o) => o.status === "may-apply").length,
      checklistItems: checklist.length,
      collapsed: obligations.length - checklist.length,
    },
    corpusVersion: corpus.corpusVersion,
  };
}

/** "Art. 5(1)(c): social scoring…" → "social scoring…" when the message already names the citation. */
function withoutCitation(reason: string, citation: string): string {
  return reason.startsWith(`${citation}: `) ? reason.slice(citation.length + 2) : reason;
}

function penaltiesFor(p: EngineProvision, version: EngineVersion) {
  return version.provisions
    .filter((tier) => tier.kind === "penalty" && tier.sanctions?.some((pattern) => matchesKeyPattern(p.key, pattern)))
    .map((tier) => ({ citation: tier.citation, summary: tier.summary, source: tier.sourceUrl }));
}

/** Every open question once, with the citations that depend on it (classes first, then duties). */
function collectQuestions(
  classifications: Classification[],
  obligations: Obligation[],
  explanations: Explanation[],
  shortNames: Map<string, string>,
): AssessmentResult["openQuestions"] {
  const byFact = new Map<string, { fact: string; question: string; affects: string[] }>();
  const add = (q: OpenQuestion, what: string) => {
    const entry = byFact.get(q.fact) ?? { ...q, affects: [] };
    if (!entry.affects.includes(what)) entry.affects.push(what);
    byFact.set(q.fact, entry);
  };
  for (const c of classifications) for (const q of c.openQuestions) add(q, `the ${shortNames.get(c.framework) ?? c.framework} ${c.subject === "model" ? "model" : ""} class`.replace("  ", " "));
  for (const o of obligations) for (const q of o.openQuestions) add(q, o.citation);
  for (const e of explanations) for (const q of e.openQuestions) add(q, e.citation);
  return [...byFact.values()];
}

