import type { AssessmentResult, ChecklistItem, Obligation } from "@/lib/engine/types";
import { CHECKLIST_STATUS_LABELS, type ChecklistStatus, type ItemProgress } from "@/lib/schemas/checklist";
import { crosswalkParty, type OscalMetadata, type OscalParty, type OscalResource } from "./catalog";
import { compact, controlId, CROSSWALK_PARTY_NAME, dateTime, oneLine, ourProp, oscalProp, uuidV5, type OscalLink, type OscalProperty } from "./common";

/** The OSCAL release whose official assessment-results JSON Schema these documents are validated against. */
export const ASSESSMENT_RESULTS_OSCAL_VERSION = "1.0.6";

export type AssessmentResultsInput = {
  system: { id: string; name: string; organization: string };
  assessment: { id: string; createdAt: string };
  result: AssessmentResult;
  /** Checklist progress per item key, with when it was last changed (ISO date-time). */
  progress: Record<string, ItemProgress & { updatedAt?: string }>;
  frameworkNames: Record<string, string>;
  /** Where the catalog of a framework version is published (the API route). */
  catalogHref: (framework: string, versionId: string) => string;
  /** The assessment record of the system (JSON), linked from the back matter. */
  recordHref: string;
};

type FindingState = { state: "satisfied" | "not-satisfied"; reason: "pass" | "fail" | "other"; implementation: "implemented" | "partial" | "planned" | "not-applicable"; remarks: string };

/**
 * Checklist progress as an OSCAL objective status. Only work recorded as done satisfies the
 * objective; an item the team marked not applicable is satisfied "other" with implementation
 * status not-applicable (OSCAL has no third state), so a tool that counts open findings does
 * not count it; in progress and not started remain not satisfied.
 */
export const FINDING_STATUS: Record<ChecklistStatus, FindingState> = {
  done: { state: "satisfied", reason: "pass", implementation: "implemented", remarks: "Recorded as done on the checklist." },
  "not-applicable": { state: "satisfied", reason: "other", implementation: "not-applicable", remarks: "Marked not applicable on the checklist." },
  "in-progress": { state: "not-satisfied", reason: "other", implementation: "partial", remarks: "In progress on the checklist." },
  "not-started": { state: "not-satisfied", reason: "other", implementation: "planned", remarks: "Not started on the checklist." },
};

/**
 * A system's latest assessment as OSCAL 1.0.6 assessment-results: one result (the assessment
 * as of its date), one finding per checklist item whose target is the anchor provision's
 * statement in our catalog (`<control-id>_smt`) and whose status comes from the checklist
 * progress, and one observation per item citing every provision the item satisfies, with why
 * it applies, the evidence links and the notes. Reviewed controls list the obligations per
 * framework version.
 */
export function buildOscalAssessmentResults(input: AssessmentResultsInput) {
  const { result, system, assessment } = input;
  const obligations = new Map(result.obligations.map((o) => [o.id, o]));
  const us = crosswalkParty();
  const organization: OscalParty | undefined = system.organization.trim()
    ? { uuid: uuidV5(`party:organization:${system.id}:${system.organization}`), type: "organization", name: oneLine(system.organization) }
    : undefined;
  const componentUuid = uuidV5(`component:${system.id}`);
  const planUuid = uuidV5(`resource:assessment-scope:${assessment.id}`);
  const updated = Object.values(input.progress).map((p) => p.updatedAt).filter((d): d is string => Boolean(d));
  const lastModified = [assessment.createdAt, ...updated].sort().at(-1)!;

  const observations = result.checklist.map((item) => observation(item, obligations, input, componentUuid));
  const findings = result.checklist.map((item, i) => finding(item, obligations, input, observations[i]!.uuid));

  // Obligations per framework version: the controls this assessment reviewed.
  const byVersion = new Map<string, Obligation[]>();
  for (const o of result.obligations) byVersion.set(`${o.framework}|${o.version}`, [...(byVersion.get(`${o.framework}|${o.version}`) ?? []), o]);
  const versionLabels = new Map(result.versionsUsed.map((v) => [`${v.framework}|${v.version}`, v.label]));
  const selections = [...byVersion.entries()].map(([key, list]) => {
    const [framework, version] = key.split("|") as [string, string];
    return {
      description: oneLine(`${input.frameworkNames[framework] ?? framework}: ${versionLabels.get(key) ?? version}`),
      props: [ourProp("framework", framework), ourProp("version", version)],
      links: [{ href: input.catalogHref(framework, version), rel: "reference", text: "OSCAL catalog" }],
      "include-controls": [...new Set(list.map((o) => controlId(o.id.slice(o.id.indexOf("/") + 1))))].map((id) => ({ "control-id": id })),
    };
  });

  const classes = result.classifications.map((c) => `${input.frameworkNames[c.framework] ?? c.framework}: ${c.class}${c.confirmed ? "" : " (not confirmed)"}`);
  const scope = result.scope.map((s) => `${input.frameworkNames[s.framework] ?? s.framework}: ${s.applies === false ? "does not apply" : "may not apply"} (${s.citation}: ${s.reason})`);
  const metadata: OscalMetadata = compact({
    title: oneLine(`AI regulatory assessment: ${system.name}`),
    "last-modified": dateTime(lastModified),
    version: `as-of-${result.asOf}-data-${result.corpusVersion}`,
    "oscal-version": ASSESSMENT_RESULTS_OSCAL_VERSION,
    props: [ourProp("system-id", system.id), ourProp("assessment-id", assessment.id), ourProp("as-of", result.asOf), ourProp("corpus-version", result.corpusVersion)],
    roles: [
      { id: "creator", title: "Creator of this document" },
      ...(organization ? [{ id: "prepared-for", title: "Organization whose system was assessed" }] : []),
    ],
    parties: [us, ...(organization ? [organization] : [])],
    "responsible-parties": [
      { "role-id": "creator", "party-uuids": [us.uuid] },
      ...(organization ? [{ "role-id": "prepared-for", "party-uuids": [organization.uuid] }] : []),
    ],
    remarks: `Generated by the ${CROSSWALK_PARTY_NAME} from the system's latest assessment and its checklist progress. It supports, and does not replace, legal advice.`,
  });
  const planResource: OscalResource = {
    uuid: planUuid,
    title: "Assessment scope: the system profile",
    description: `There is no separate OSCAL assessment plan. The scope is the system profile (the answers as given) assessed by the ${CROSSWALK_PARTY_NAME} engine as of ${result.asOf}; the answers and the full result are in the assessment record.`,
    rlinks: [{ href: input.recordHref, "media-type": "application/json" }],
  };

  return {
    "assessment-results": {
      uuid: uuidV5(`assessment-results:${assessment.id}`),
      metadata,
      "import-ap": { href: `#${planUuid}`, remarks: "Points to the back-matter resource that describes the assessment scope." },
      results: [
        compact({
          uuid: uuidV5(`result:${assessment.id}`),
          title: `Assessment as of ${result.asOf}`,
          description: [
            classes.length ? `Classes: ${classes.join("; ")}.` : "No class assigned.",
            scope.length ? `Scope: ${scope.join("; ")}.` : undefined,
            `${result.checklist.length} checklist items from ${result.obligations.length} obligations${result.stats.mayApply ? ` (${result.stats.mayApply} may apply, pending open questions)` : ""}.`,
            result.openQuestions.length ? `Open questions: ${result.openQuestions.map((q) => q.question).join(" ")}` : undefined,
          ]
            .filter(Boolean)
            .join("\n\n"),
          start: dateTime(assessment.createdAt),
          props: [
            ourProp("as-of", result.asOf),
            ...result.classifications.map((c) => ourProp("class", c.class, { class: c.framework.replace(/[^A-Za-z0-9_.-]/g, "-"), ...(c.reasons.length ? { remarks: c.reasons.join("\n\n") } : {}) })),
            ...result.versionsUsed.map((v) => ourProp("framework-version", v.version, { remarks: `${v.label} (${v.status})` })),
          ],
          "local-definitions": {
            components: [
              {
                uuid: componentUuid,
                type: "this-system",
                title: oneLine(system.name),
                description: `The AI system "${system.name}"${system.organization ? ` of ${system.organization}` : ""}, as described by its profile.`,
                status: { state: "other", remarks: "The operational status is not recorded in the profile." },
              },
            ],
          },
          "reviewed-controls": {
            description: "The obligations that bind the system, per framework version, as controls of our OSCAL catalogs.",
            "control-selections": selections.length ? selections : [{ description: "No obligation of the assessed frameworks binds this system." }],
          },
          observations,
          findings,
        }),
      ],
      "back-matter": { resources: [planResource] },
    },
  };
}

function memberLinks(item: ChecklistItem, obligations: Map<string, Obligation>): OscalLink[] {
  return item.members.map((m) => ({ href: obligations.get(m.id)?.source ?? "#", rel: "reference", text: oneLine(m.citation) }));
}

function observation(item: ChecklistItem, obligations: Map<string, Obligation>, input: AssessmentResultsInput, componentUuid: string) {
  const progress = input.progress[item.id];
  const why = item.members.flatMap((m) => {
    const o = obligations.get(m.id);
    return o ? [`${input.frameworkNames[m.framework] ?? m.framework} ${m.citation}: ${o.why.join(" ") || o.summary}`] : [];
  });
  // An evidence entry is a link or a document reference without spaces (checklistItemUpdateSchema).
  const evidence = (progress?.evidence ?? []).filter((e) => !/\s/.test(e)).map((href) => ({ href, description: "Evidence recorded on the checklist" }));
  return compact({
    uuid: uuidV5(`observation:${input.assessment.id}:${item.id}`),
    title: oneLine(item.title),
    description: [`Applies to the system (${item.status === "applies" ? "confirmed" : "may apply: depends on an open answer"}).`, ...why].join("\n\n"),
    props: item.members.map((m) => ourProp("cites", m.id, { remarks: m.citation })),
    links: memberLinks(item, obligations),
    methods: ["EXAMINE"],
    types: ["control-objective"],
    subjects: [{ "subject-uuid": componentUuid, type: "component" }],
    "relevant-evidence": evidence,
    collected: dateTime(progress?.updatedAt ?? input.assessment.createdAt),
    remarks: progress?.notes?.trim() ? progress.notes : undefined,
  });
}

function finding(item: ChecklistItem, obligations: Map<string, Obligation>, input: AssessmentResultsInput, observationUuid: string) {
  const progress = input.progress[item.id];
  const status: ChecklistStatus = progress?.status ?? "not-started";
  const s = FINDING_STATUS[status];
  const anchor = item.members[0];
  const anchorKey = item.id.slice(item.id.indexOf("/") + 1);
  const props: OscalProperty[] = [
    ourProp("checklist-item", item.id),
    ourProp("checklist-status", status, { remarks: CHECKLIST_STATUS_LABELS[status] }),
    ourProp("applies", item.status),
    ourProp("binding", String(item.binding)),
    ...(item.dueDate ? [ourProp("due-date", item.dueDate)] : []),
    ...(progress?.owner?.trim() ? [ourProp("owner", progress.owner)] : []),
    ...item.concepts.map((c) => ourProp("concept", c)),
  ];
  return compact({
    uuid: uuidV5(`finding:${input.assessment.id}:${item.id}`),
    title: oneLine(item.title),
    description: item.description,
    props,
    links: memberLinks(item, obligations),
    target: {
      type: "statement-id" as const,
      "target-id": `${controlId(anchorKey)}_smt`,
      title: oneLine(`${input.frameworkNames[anchor?.framework ?? ""] ?? anchor?.framework ?? ""} ${anchor?.citation ?? item.id}`),
      props: [oscalProp("label", anchor?.citation ?? item.id), ourProp("framework", anchor?.framework ?? item.id.split("/")[0]!)],
      status: { state: s.state, reason: s.reason, remarks: s.remarks },
      "implementation-status": { state: s.implementation },
    },
    "related-observations": [{ "observation-uuid": observationUuid }],
    remarks: item.openQuestions.length ? `Open questions: ${item.openQuestions.map((q) => q.question).join(" ")}` : undefined,
  });
}
