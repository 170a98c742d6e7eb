import type { Metadata } from "next";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { PageHeader } from "@/components/ui/page-header";
import { NEW_SYSTEM_DRAFT } from "@/lib/schemas/questionnaire";

export const metadata: Metadata = { title: "Describe a system" };

export default function NewSystemPage() {
  return (
    <>
      <PageHeader title="Describe an AI system" eyebrow="Systems">
        Six short steps in plain language. Every step is saved, so you can stop and come back. At the end you get the risk
        class in each jurisdiction, the obligations that apply and one de-duplicated checklist.
      </PageHeader>
      <Questionnaire systemId={null} initialDraft={NEW_SYSTEM_DRAFT} initialStep={0} />
    </>
  );
}
