import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { PageHeader } from "@/components/ui/page-header";
import { getSystem } from "@/lib/db/systems";
import { NEW_SYSTEM_DRAFT, QUESTIONNAIRE_STEPS, mergeDraft } from "@/lib/schemas/questionnaire";

export const metadata: Metadata = { title: "Edit system" };

export default async function EditSystemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string }> }) {
  const system = await getSystem((await params).id);
  if (!system) notFound();
  const requested = Number((await searchParams).step ?? 1) - 1;
  const step = Number.isInteger(requested) && requested >= 0 ? Math.min(requested, system.draftStep, QUESTIONNAIRE_STEPS.length) : 0;
  return (
    <>
      <PageHeader title={system.name} eyebrow="Systems · answers">
        {system.complete ? "Change any answer, then review and re-assess. Checklist progress is kept." : "Continue where you left off."}
      </PageHeader>
      <Questionnaire systemId={system.id} initialDraft={mergeDraft(NEW_SYSTEM_DRAFT, system.profile as Record<string, unknown>)} initialStep={step} />
    </>
  );
}
