"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { assessSystemAction, saveStepAction } from "@/app/(workspace)/systems/actions";
import type { Problem } from "@/lib/schemas/issues";
import { QUESTIONNAIRE_STEPS } from "@/lib/schemas/questionnaire";
import { ANNEX_I_PRODUCTS, USE_CASES, type UseCase } from "@/lib/schemas/profile";
import { Choice, DateField, MultiChoice, TextField, YesNo } from "./fields";

type Draft = Record<string, any>;

const USE_CASE_GROUPS: { title: string; hint?: string; codes: UseCase[] }[] = [
  { title: "Employment", codes: ["employment-recruitment", "employment-management"] },
  { title: "Education and training", codes: ["education-admission", "education-assessment", "education-level", "education-proctoring"] },
  {
    title: "Access to essential services",
    codes: ["credit", "financial-services", "insurance-life-health", "insurance", "housing", "healthcare", "legal-services", "essential-public-services", "emergency-services"],
  },
  { title: "Biometrics and infrastructure", codes: ["biometrics", "critical-infrastructure"] },
  { title: "Law enforcement", hint: "Used by or for law-enforcement authorities.", codes: ["law-enforcement-victim-risk", "law-enforcement-polygraph", "law-enforcement-evidence", "law-enforcement-offending-risk", "law-enforcement-profiling"] },
  { title: "Migration, asylum and borders", codes: ["migration-polygraph", "migration-risk", "migration-applications", "migration-identification"] },
  { title: "Justice and democracy", codes: ["justice-administration", "elections-influence"] },
  { title: "Anything else", codes: ["other"] },
];

function get(draft: Draft, path: string): any {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), draft);
}
function set(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split(".");
  if (!rest.length) return { ...draft, [head!]: value };
  return { ...draft, [head!]: set((draft[head!] as Draft) ?? {}, rest.join("."), value) };
}

export function Questionnaire({ systemId, initialDraft, initialStep }: { systemId: string | null; initialDraft: Draft; initialStep: number }) {
  const router = useRouter();
  const storageKey = `questionnaire:${systemId ?? "new"}`;
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [stepIndex, setStepIndex] = useState(Math.min(initialStep, QUESTIONNAIRE_STEPS.length - 1));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [pending, startTransition] = useTransition();
  const [restored, setRestored] = useState(false);
  const step = QUESTIONNAIRE_STEPS[stepIndex]!;
  const isLast = stepIndex === QUESTIONNAIRE_STEPS.length - 1;

  // Unsaved answers of the current step survive a reload (saved answers live in the database).
  useEffect(() => {
    const saved = window.localStorage.getItem(storageKey);
    if (saved) {
      try {
        setDraft((d) => ({ ...d, ...JSON.parse(saved), system: { ...d.system, ...JSON.parse(saved).system } }));
      } catch {
        window.localStorage.removeItem(storageKey);
      }
    }
    setRestored(true);
  }, [storageKey]);
  useEffect(() => {
    if (restored) window.localStorage.setItem(storageKey, JSON.stringify(draft));
  }, [draft, restored, storageKey]);

  const errors = useMemo(() => Object.fromEntries(problems.map((p) => [p.path.replace(/\[\d+\]$/, ""), p.message])), [problems]);
  const bind = (path: string) => ({ value: get(draft, path), onChange: (v: any) => setDraft((d) => set(d, path, v)), error: errors[path] });
  /** A follow-up is asked when the answer it follows is "yes" or "not sure". */
  const yesOrUnsure = (path: string) => get(draft, path) === true || get(draft, path) === null;
  const roles: string[] = get(draft, "roles") ?? [];
  const inEU = (get(draft, "jurisdictions") ?? []).includes("EU");
  const inColorado = (get(draft, "jurisdictions") ?? []).includes("US-CO");

  function goTo(index: number, id: string | null) {
    setProblems([]);
    setStepIndex(index);
    if (id) router.replace(`/systems/${id}/edit?step=${index + 1}`, { scroll: false });
    window.scrollTo({ top: 0 });
  }

  function next() {
    startTransition(async () => {
      // The step's schema keeps only its own answers, so the whole draft can be sent.
      const result = await saveStepAction({ systemId, step: step.id, answers: draft });
      if (!result.ok) return setProblems(result.problems);
      window.localStorage.removeItem(storageKey);
      const id = result.systemId ?? systemId;
      if (!isLast) return goTo(stepIndex + 1, id);
      const assessed = await assessSystemAction({ systemId: id });
      if (!assessed.ok) return setProblems(assessed.problems);
      router.push(`/systems/${id}`);
    });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Questionnaire progress">
        <p className="mb-2 text-sm text-slate-500" aria-live="polite">
          Step {stepIndex + 1} of {QUESTIONNAIRE_STEPS.length}
        </p>
        <div className="mb-4 h-2 rounded-full bg-slate-200" role="progressbar" aria-valuemin={0} aria-valuemax={QUESTIONNAIRE_STEPS.length} aria-valuenow={stepIndex + 1}>
          <div className="h-2 rounded-full bg-brand-600 transition-all" style={{ width: `${((stepIndex + 1) / QUESTIONNAIRE_STEPS.length) * 100}%` }} />
        </div>
        <ol className="space-y-1 text-sm">
          {QUESTIONNAIRE_STEPS.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                disabled={!systemId || i > Math.max(initialStep, stepIndex)}
                onClick={() => goTo(i, systemId)}
                className={`w-full rounded-md px-2 py-1 text-left ${i === stepIndex ? "bg-brand-50 font-medium text-brand-900" : "text-slate-600 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50"}`}
                aria-current={i === stepIndex ? "step" : undefined}
              >
                {i + 1}. {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <form
        className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
        noValidate
      >
        <h2 className="mb-1 text-xl font-semibold">{step.title}</h2>
        {problems.length > 0 && (
          <div role="alert" className="my-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-medium">Please fix {problems.length === 1 ? "this answer" : `these ${problems.length} answers`}:</p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((p) => <li key={p.path}>{labelFor(p.path)}: {p.message}</li>)}
            </ul>
          </div>
        )}
        <div className="mt-4 space-y-6">
          {step.id === "organization" && (
            <>
              <TextField id="name" label="Name of the AI system" hint="How you refer to it internally, e.g. “Resume screener”." maxLength={200} {...bind("name")} />
              <TextField id="organization.name" label="Your organization" maxLength={200} {...bind("organization.name")} />
              <TextField
                id="organization.country"
                label="Country where your organization is established"
                hint="Two-letter ISO code, e.g. IE, DE, US. Decides whether an EU authorised representative is needed (Art. 22 and 54 EU AI Act)."
                maxLength={2}
                value={get(draft, "organization.country") ?? ""}
                onChange={(v) => setDraft((d) => set(d, "organization.country", v.toUpperCase()))}
                error={errors["organization.country"]}
              />
              <TextField
                id="organization.employees"
                type="number"
                label="Number of employees"
                hint="Colorado's repealed SB 24-205 exempted some deployers with fewer than 50."
                value={get(draft, "organization.employees") ?? ""}
                onChange={(v) => setDraft((d) => set(d, "organization.employees", v === "" ? undefined : Number(v)))}
                error={errors["organization.employees"]}
              />
              <YesNo id="organization.isPublicAuthority" label="Is your organization a public authority or a body governed by public law?" {...bind("organization.isPublicAuthority")} />
              <YesNo
                id="organization.providesPublicServices"
                label="Do you provide public services (e.g. education, healthcare, social services, housing) even as a private entity?"
                hint="Public bodies and providers of public services must assess fundamental-rights impacts before using a high-risk system (Art. 27 EU AI Act)."
                {...bind("organization.providesPublicServices")}
              />
              <YesNo
                id="organization.hipaaCoveredEntity"
                label="Is your organization a HIPAA covered entity, or a business associate serving one?"
                hint="Colorado's ADMT law mostly does not apply to them, except for employment decisions (C.R.S. 6-1-1708(3))."
                {...bind("organization.hipaaCoveredEntity")}
              />
              {yesOrUnsure("organization.hipaaCoveredEntity") && (
                <YesNo
                  id="organization.healthCareProvider"
                  label="Is it a health-care provider (as defined in 45 CFR 160.103)?"
                  hint="For a health-care provider the Colorado HIPAA exemption applies only if it operates from a location within Colorado (C.R.S. 6-1-1708(3)(b))."
                  {...bind("organization.healthCareProvider")}
                />
              )}
              {yesOrUnsure("organization.healthCareProvider") && (
                <YesNo id="organization.operatesFromColoradoLocation" label="Does the health-care provider operate from a location within Colorado?" {...bind("organization.operatesFromColoradoLocation")} />
              )}
              <YesNo
                id="organization.ferpaSubject"
                label="Is your organization subject to FERPA (US student-records law)?"
                hint="For education decisions, a FERPA deployer meets Colorado's notice and correction duties through its FERPA processes (C.R.S. 6-1-1704(9), 6-1-1705(2)). The duties stay."
                {...bind("organization.ferpaSubject")}
              />
              <YesNo
                id="organization.coloradoRegulatedInsurer"
                label="Is your organization an insurer (or an affiliate) subject to Colorado's insurance AI rules, C.R.S. 10-3-1104.9?"
                hint="Such insurers are deemed to comply with Colorado's ADMT law in the practice of insurance (C.R.S. 6-1-1708(1))."
                {...bind("organization.coloradoRegulatedInsurer")}
              />
            </>
          )}
          {step.id === "scope" && (
            <>
              <MultiChoice
                id="roles"
                label="What do you do with this system?"
                hint={<>Choose every role that fits; the EU AI Act defines each one in Art. 3 (<a href="/frameworks/eu-ai-act/art-3-3">provider</a>, <a href="/frameworks/eu-ai-act/art-3-4">deployer</a>, <a href="/frameworks/eu-ai-act/art-3-6">importer</a>, <a href="/frameworks/eu-ai-act/art-3-7">distributor</a>). A provider doing business in Colorado is a Colorado “developer”.</>}
                options={[
                  { value: "provider", label: "We develop it, or have it developed, and offer it under our name (provider)" },
                  { value: "deployer", label: "We use it in our own operations under our authority (deployer)" },
                  { value: "importer", label: "We bring a non-EU provider's system onto the EU market (importer)" },
                  { value: "distributor", label: "We resell or pass it on without changing it (distributor)" },
                  { value: "product-manufacturer", label: "We build it into a product we sell under our name (product manufacturer)" },
                  { value: "authorised-representative", label: "We act in the EU for a provider established elsewhere (authorised representative)" },
                ]}
                value={get(draft, "roles") ?? []}
                onChange={(v) => setDraft((d) => set(d, "roles", v))}
                error={errors["roles"]}
              />
              <MultiChoice
                id="jurisdictions"
                label="Where is it placed on the market, used, or affects people?"
                options={[
                  { value: "EU", label: "European Union", hint: "EU AI Act" },
                  { value: "US-CO", label: "Colorado, USA", hint: "C.R.S. 6-1-1701 et seq. (SB 26-189)" },
                ]}
                value={get(draft, "jurisdictions") ?? []}
                onChange={(v) => setDraft((d) => set(d, "jurisdictions", v))}
                error={errors["jurisdictions"]}
              />
              <MultiChoice
                id="voluntaryFrameworks"
                label="Voluntary frameworks you follow (optional)"
                hint="Their outcomes are added to the checklist and merged with legal duties they overlap."
                options={[
                  { value: "nist-ai-rmf", label: "NIST AI Risk Management Framework 1.0" },
                  { value: "iso-42001", label: "ISO/IEC 42001:2023 AI management system" },
                  { value: "hiroshima-code", label: "G7 Hiroshima Code of Conduct (advanced AI systems)" },
                ]}
                value={get(draft, "voluntaryFrameworks") ?? []}
                onChange={(v) => setDraft((d) => set(d, "voluntaryFrameworks", v))}
                error={errors["voluntaryFrameworks"]}
              />
              {inEU && (
                <div className="space-y-6 rounded-md border border-slate-200 bg-slate-50 p-4">
                  <p className="text-sm text-slate-700">
                    <strong>Does the EU AI Act apply at all?</strong> Art. 2 takes some systems outside it. Most systems answer “No” to each of these.
                  </p>
                  <YesNo id="system.exclusivelyMilitaryDefence" label="Is the system placed on the market, put into service or used exclusively for military, defence or national security purposes?" hint="Art. 2(3). “Exclusively”: a dual-use system is in scope." {...bind("system.exclusivelyMilitaryDefence")} />
                  <YesNo id="system.scientificResearchOnly" label="Is it developed and put into service for the sole purpose of scientific research and development?" hint="Art. 2(6)." {...bind("system.scientificResearchOnly")} />
                  <YesNo id="system.preMarketResearchOnly" label="Is it still only in research, testing or development, not yet placed on the market or put into service?" hint="Art. 2(8). Testing in real-world conditions is not covered by this exclusion." {...bind("system.preMarketResearchOnly")} />
                  {roles.includes("provider") && (
                    <YesNo id="system.realWorldTesting" label="Do you test it in real-world conditions, outside a regulatory sandbox, before placing it on the market?" hint={<>Arts. 60–61: a testing plan approved by the authority, informed consent and more. See <a href="/frameworks/eu-ai-act/art-3-57">“testing in real-world conditions”</a>.</>} {...bind("system.realWorldTesting")} />
                  )}
                  {roles.includes("deployer") && (
                    <YesNo id="system.purelyPersonalUse" label="Do you use it as a private individual, in a purely personal, non-professional activity?" hint="Art. 2(10): then your duties as a deployer do not apply." {...bind("system.purelyPersonalUse")} />
                  )}
                  <YesNo id="system.freeOpenSourceLicence" label="Is the system released under a free and open-source licence?" hint="Art. 2(12): open-source systems are outside the Act unless they are high-risk, prohibited, or subject to the Art. 50 transparency duties." {...bind("system.freeOpenSourceLicence")} />
                </div>
              )}
            </>
          )}
          {step.id === "use" && (
            <>
              <fieldset>
                <legend className="font-medium text-slate-800">What is the system used for?</legend>
                <p className="text-sm text-slate-600">These are the uses the EU AI Act (Annex III) and Colorado's law single out. Tick all that apply.</p>
                {errors["system.useCases"] && <p className="mt-1 text-sm text-red-700">{errors["system.useCases"]}</p>}
                <div className="mt-3 grid gap-4 md:grid-cols-2">
                  {USE_CASE_GROUPS.map((g) => (
                    <MultiChoice
                      key={g.title}
                      id={`useCases-${g.title}`}
                      label={g.title}
                      hint={g.hint}
                      options={g.codes.map((c) => ({ value: c, label: USE_CASES[c] }))}
                      value={(get(draft, "system.useCases") ?? []).filter((c: UseCase) => g.codes.includes(c))}
                      onChange={(v) => setDraft((d) => set(d, "system.useCases", [...(get(d, "system.useCases") ?? []).filter((c: UseCase) => !g.codes.includes(c)), ...v]))}
                    />
                  ))}
                </div>
              </fieldset>
              <YesNo
                id="system.consequentialDecision"
                label="Does it make, or materially influence, decisions about people's access to jobs, education, credit, insurance, housing, healthcare or public services?"
                hint="Colorado calls these “consequential decisions”; an output that is a real factor in the decision counts, a clerical one does not."
                {...bind("system.consequentialDecision")}
              />
              <YesNo id="system.profilesNaturalPersons" label="Does it profile people, i.e. evaluate personal aspects such as performance, reliability or behaviour?" hint="A profiling system listed in Annex III is always high-risk (Art. 6(3) EU AI Act)." {...bind("system.profilesNaturalPersons")} />
              <YesNo
                id="system.narrowProceduralTask"
                label="Is it only meant to do one of these: a narrow procedural task; improve the result of a human activity already completed; detect decision-making patterns or deviations without replacing or influencing the human assessment; or a preparatory task for an assessment?"
                hint="The four conditions of Art. 6(3)(a)–(d), e.g. converting documents or sorting files. An Annex III system that only does this and does not profile people is not high-risk, but the provider must document why (Art. 6(4)) and register it (Art. 49(2)), from 2 Dec 2027."
                {...bind("system.narrowProceduralTask")}
              />
              {roles.includes("deployer") && (
                <YesNo
                  id="system.usedAtWorkplace"
                  label="Are you an employer using the system at the workplace, where it affects your workers?"
                  hint="Before using a high-risk system at the workplace, employers must inform workers' representatives and the workers affected (Art. 26(7))."
                  {...bind("system.usedAtWorkplace")}
                />
              )}
              {inColorado && yesOrUnsure("organization.hipaaCoveredEntity") && (
                <YesNo
                  id="system.financialAssistanceEligibility"
                  label="Does the system decide a patient's eligibility for financial assistance (including discounted care)?"
                  hint="Then the covered entity owes the patient specific disclosures (C.R.S. 6-1-1708(3)(d))."
                  {...bind("system.financialAssistanceEligibility")}
                />
              )}
              <YesNo
                id="system.fdaRegulatedMedicalDevice"
                label="Is the system a medical device overseen by the US FDA, or used in FDA-overseen pharmaceutical or device research?"
                hint="Colorado's ADMT law does not apply to it (C.R.S. 6-1-1708(4))."
                {...bind("system.fdaRegulatedMedicalDevice")}
              />
            </>
          )}
          {step.id === "capabilities" && (
            <>
              <YesNo id="system.interactsWithNaturalPersons" label="Does it interact directly with people (e.g. a chatbot or voice assistant)?" {...bind("system.interactsWithNaturalPersons")} />
              <Choice
                id="system.syntheticContent"
                label="Does it generate synthetic content?"
                unsure
                options={[
                  { value: "none", label: "No" },
                  { value: "text", label: "Text" },
                  { value: "image-audio-video", label: "Images, audio or video" },
                ]}
                {...bind("system.syntheticContent")}
              />
              <YesNo id="system.deepFake" label="Does it create or alter realistic images, audio or video of real people, places or events (deep fakes)?" {...bind("system.deepFake")} />
              <YesNo id="system.publicTextOnMatterOfPublicInterest" label="Do you publish AI-generated text to inform the public on matters of public interest?" {...bind("system.publicTextOnMatterOfPublicInterest")} />
              <YesNo id="system.emotionRecognition" label="Does it infer people's emotions or intentions from biometric data (face, voice)?" hint={<>An <a href="/frameworks/eu-ai-act/art-3-39">emotion recognition system</a> is high-risk (Annex III point 1(c)).</>} {...bind("system.emotionRecognition")} />
              {yesOrUnsure("system.emotionRecognition") && (
                <>
                  <YesNo
                    id="system.emotionInferenceWorkplaceEducation"
                    label="Does it infer the emotions of people at a workplace or in an education institution (workers, job candidates at work, students)?"
                    hint="Prohibited in the EU unless it is for medical or safety reasons (Art. 5(1)(f))."
                    {...bind("system.emotionInferenceWorkplaceEducation")}
                  />
                  <YesNo id="system.emotionRecognitionMedicalOrSafety" label="Is the emotion recognition for medical or safety reasons only?" {...bind("system.emotionRecognitionMedicalOrSafety")} />
                </>
              )}
              <YesNo id="system.biometricCategorisation" label="Does it sort people into categories based on biometric data?" hint={<>See <a href="/frameworks/eu-ai-act/art-3-40">biometric categorisation system</a>.</>} {...bind("system.biometricCategorisation")} />
              {yesOrUnsure("system.biometricCategorisation") && (
                <>
                  <YesNo
                    id="system.biometricCategorisationSensitive"
                    label="Does it infer race, political opinions, trade-union membership, religion, sex life or sexual orientation?"
                    hint="That is prohibited in the EU (Art. 5(1)(g))."
                    {...bind("system.biometricCategorisationSensitive")}
                  />
                  <YesNo
                    id="system.biometricCategorisationProtectedAttributes"
                    label="Does it categorise people by sensitive or protected attributes or characteristics, such as sex, age, ethnic origin or disability?"
                    hint="Then it is high-risk (Annex III point 1(b)). Categorising by features that are not protected, e.g. hair colour, is not."
                    {...bind("system.biometricCategorisationProtectedAttributes")}
                  />
                </>
              )}
              <Choice
                id="system.remoteBiometricIdentification"
                label="Does it identify people at a distance from biometric data?"
                hint={<>See <a href="/frameworks/eu-ai-act/art-3-41">remote biometric identification system</a>. Any such system is high-risk (Annex III point 1(a)).</>}
                unsure
                options={[
                  { value: "none", label: "No", hint: "Verifying that someone is who they claim to be (e.g. unlocking a phone) does not count." },
                  { value: "post", label: "Yes, after the fact (post remote identification)" },
                  { value: "real-time-other", label: "Yes, in real time, but not by or for law enforcement in publicly accessible spaces" },
                  { value: "real-time-public-law-enforcement", label: "Yes, in real time in publicly accessible spaces for law enforcement" },
                ]}
                {...bind("system.remoteBiometricIdentification")}
              />
              {(get(draft, "system.remoteBiometricIdentification") === "real-time-public-law-enforcement" || get(draft, "system.remoteBiometricIdentification") === null) && (
                <YesNo
                  id="system.realTimeRbiPermittedObjective"
                  label="Is each use strictly necessary for, and limited to, one of these objectives: a targeted search for specific victims of abduction, trafficking or sexual exploitation, or for missing persons; preventing a specific, substantial and imminent threat to life or a genuine terrorist threat; or locating or identifying a suspect of an Annex II offence punishable by at least four years?"
                  hint="Only then is it not prohibited (Art. 5(1)(h)(i)–(iii)); each use then needs prior authorisation and the other safeguards of Art. 5(2)–(4)."
                  {...bind("system.realTimeRbiPermittedObjective")}
                />
              )}
              <YesNo
                id="system.safetyComponentOfRegulatedProduct"
                label="Is it a product, or a safety component of a product, covered by EU product-safety law (machinery, toys, medical devices, vehicles, lifts…)?"
                hint={<>The Union harmonisation legislation listed in Annex I of the AI Act. See <a href="/frameworks/eu-ai-act/art-3-14">safety component</a>.</>}
                {...bind("system.safetyComponentOfRegulatedProduct")}
              />
              {yesOrUnsure("system.safetyComponentOfRegulatedProduct") && (
                <>
                  <div>
                    <label htmlFor="system.annexIProduct" className="block font-medium text-slate-800">Which product law covers it?</label>
                    <p className="text-sm text-slate-600">
                      It decides which rules apply: for products in Annex I Section B (vehicles, aviation, rail, marine equipment and, since 2026, machinery) only Art. 6(1), 60a and 102–112 of the AI Act apply (Art. 2(2)); Section A products get the full high-risk requirements.
                    </p>
                    <select
                      id="system.annexIProduct"
                      value={get(draft, "system.annexIProduct") ?? ""}
                      onChange={(e) => setDraft((d) => set(d, "system.annexIProduct", e.target.value || null))}
                      className="mt-1 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2"
                    >
                      <option value="">Not sure / not listed</option>
                      {(["A", "B"] as const).map((section) => (
                        <optgroup key={section} label={`Annex I, Section ${section}`}>
                          {Object.entries(ANNEX_I_PRODUCTS).filter(([, p]) => p.section === section).map(([code, p]) => (
                            <option key={code} value={code}>{`Point ${p.point}: ${p.label}`}</option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                    {errors["system.annexIProduct"] && <p className="mt-1 text-sm text-red-700">{errors["system.annexIProduct"]}</p>}
                  </div>
                  <YesNo id="system.thirdPartyConformityAssessmentRequired" label="Does that product need a third-party conformity assessment (a notified body) under that law, for reasons of health and safety?" hint="Art. 6(1)(b) and 6(1c): only then is the AI system high-risk through Annex I." {...bind("system.thirdPartyConformityAssessmentRequired")} />
                </>
              )}
              <YesNo id="system.trainsOnOwnData" label="Do you train or fine-tune the system with your own data?" {...bind("system.trainsOnOwnData")} />
              <DateField
                id="system.placedOnMarketBefore"
                label="When was it first placed on the market or put into service? (optional)"
                hint="Leave empty if not yet. Systems already on the market get transitional periods (Art. 111 EU AI Act)."
                {...bind("system.placedOnMarketBefore")}
              />
              {get(draft, "system.placedOnMarketBefore") && (
                <>
                  <YesNo
                    id="system.significantDesignChangeSince"
                    label="Has its design changed significantly since the high-risk rules started to apply to it (2 Dec 2027 for Annex III uses, 2 Aug 2028 for products)?"
                    hint="A high-risk system already on the market before that date is outside the high-risk rules until its design changes significantly (Art. 111(2))."
                    {...bind("system.significantDesignChangeSince")}
                  />
                  <YesNo
                    id="system.intendedForPublicAuthorities"
                    label="Is it intended to be used by public authorities?"
                    hint="Then it must comply by 2 Aug 2030 in any case (Art. 111(2), second sentence)."
                    {...bind("system.intendedForPublicAuthorities")}
                  />
                </>
              )}
            </>
          )}
          {step.id === "practices" && (
            <>
              <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                These practices are banned in the EU (Art. 5 AI Act). Answer honestly: a “yes” is shown as a blocking warning, not hidden in a list.
              </p>
              <YesNo id="system.manipulativeTechniques" label="Does it use subliminal, manipulative or deceptive techniques that materially distort behaviour and can cause significant harm?" {...bind("system.manipulativeTechniques")} />
              <YesNo id="system.exploitsVulnerabilities" label="Does it exploit vulnerabilities due to age, disability or social or economic situation?" {...bind("system.exploitsVulnerabilities")} />
              <YesNo id="system.socialScoring" label="Does it score people on social behaviour or personal traits, leading to unjustified or unrelated detrimental treatment?" {...bind("system.socialScoring")} />
              <YesNo id="system.predictivePolicingProfiling" label="Does it predict whether a person will commit a crime based solely on profiling or personality traits?" {...bind("system.predictivePolicingProfiling")} />
              <YesNo id="system.untargetedFacialScraping" label="Does it build facial-recognition databases by untargeted scraping of images from the internet or CCTV?" {...bind("system.untargetedFacialScraping")} />
              <YesNo
                id="system.nonConsensualIntimateImagery"
                label="Is generating intimate or sexually explicit images of identifiable people without their consent its intended purpose, or an outcome it can foreseeably and reproducibly produce without reasonable and adequate safeguards? If you only deploy it: do you use it for that?"
                hint="Prohibited from 2 Dec 2026 (Art. 5(1)(ba) read with Art. 5(1a), added by Regulation (EU) 2026/1744). A generator that merely could be misused, with adequate safeguards in place, is not caught."
                {...bind("system.nonConsensualIntimateImagery")}
              />
              <YesNo
                id="system.childSexualAbuseMaterial"
                label="Is generating child sexual abuse material its intended purpose, or an outcome it can foreseeably and reproducibly produce without reasonable and adequate safeguards? If you only deploy it: do you use it for that?"
                hint="Prohibited from 2 Dec 2026 (Art. 5(1)(bb) read with Art. 5(1a))."
                {...bind("system.childSexualAbuseMaterial")}
              />
            </>
          )}
          {step.id === "model" && (
            <>
              <YesNo
                id="gpai"
                label="Does your organization provide a general-purpose AI model (a model that can perform a wide range of tasks and is integrated into other systems)?"
                value={get(draft, "gpaiModel") === undefined ? undefined : get(draft, "gpaiModel") !== null}
                onChange={(v) => setDraft((d) => set(d, "gpaiModel", v ? { trainingComputeFlops: undefined, designatedSystemicRisk: false, openSourceLicence: false, ...(d.gpaiModel ?? {}) } : null))}
                error={errors["gpaiModel"]}
              />
              {get(draft, "gpaiModel") && (
                <>
                  <TextField
                    id="gpaiModel.trainingComputeFlops"
                    label="Cumulative training compute (FLOP)"
                    hint="Write it as a number, e.g. 3e24. Above 10^25 FLOP the model is presumed to have systemic risk (Art. 51(2))."
                    value={get(draft, "gpaiModel.trainingComputeFlops") === undefined ? "" : String(get(draft, "gpaiModel.trainingComputeFlops"))}
                    onChange={(v) => setDraft((d) => set(d, "gpaiModel.trainingComputeFlops", v.trim() === "" || Number.isNaN(Number(v)) ? v : Number(v)))}
                    error={errors["gpaiModel.trainingComputeFlops"]}
                  />
                  <YesNo id="gpaiModel.designatedSystemicRisk" label="Has the European Commission designated the model as presenting systemic risk?" {...bind("gpaiModel.designatedSystemicRisk")} />
                  <YesNo id="gpaiModel.openSourceLicence" label="Is the model released under a free and open-source licence with public weights?" hint="Such models are exempt from some documentation duties unless they present systemic risk (Art. 53(2))." {...bind("gpaiModel.openSourceLicence")} />
                  <DateField
                    id="gpaiModel.placedOnMarketBefore"
                    label="When was the model first placed on the market? (optional)"
                    hint="Models placed on the market before 2 Aug 2025 have until 2 Aug 2027 to comply (Art. 111(3)). Leave empty for a newer model."
                    {...bind("gpaiModel.placedOnMarketBefore")}
                  />
                  <YesNo id="gpaiModel.adheresToCodeOfPractice" label="Do you adhere to an approved code of practice for general-purpose AI models?" hint="Providers may rely on it to demonstrate compliance; those who do not must show other adequate means (Art. 53(4), 55(2))." {...bind("gpaiModel.adheresToCodeOfPractice")} />
                  <YesNo id="organization.suppliesToHighRiskProviders" label="Do you supply the model (or other AI systems, tools or components) to providers of high-risk AI systems?" hint="Then you and the provider must agree in writing on the information and help it needs (Art. 25(4))." {...bind("organization.suppliesToHighRiskProviders")} />
                </>
              )}
            </>
          )}
        </div>
        <div className="mt-8 flex items-center justify-between border-t border-slate-200 pt-4">
          <button type="button" disabled={stepIndex === 0 || pending} onClick={() => goTo(stepIndex - 1, systemId)} className="rounded-md border border-slate-300 px-4 py-2 text-sm disabled:opacity-40">
            Back
          </button>
          <span className="text-sm text-slate-500" aria-live="polite">{pending ? (isLast ? "Assessing…" : "Saving…") : systemId ? "Answers are saved at every step" : ""}</span>
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 text-sm font-medium text-white hover:bg-brand-600 disabled:opacity-60">
            {isLast ? "Save and assess" : "Save and continue"}
          </button>
        </div>
      </form>
    </div>
  );
}


const LABELS: Record<string, string> = {
  name: "System name",
  "organization.name": "Organization",
  "organization.country": "Country",
  "organization.employees": "Employees",
  roles: "Roles",
  jurisdictions: "Where it is used",
  "gpaiModel.trainingComputeFlops": "Training compute",
};
function labelFor(path: string) {
  return LABELS[path.replace(/\[\d+\]$/, "")] ?? path;
}
