import { assess } from "@/lib/engine/assess";
import type { AssessmentResult } from "@/lib/engine/types";
import type { SystemProfile } from "@/lib/schemas/profile";
import { loadEngineCorpus } from "../corpus";
import { getEngineCorpus } from "../systems";
import type { Client } from "./shared";

// Assessing a profile that is not stored: the API's POST /assessments and MCP's assess_system.
// (Stored systems and their checklists live in lib/db/systems.ts.)

/** The assessment contract for a validated profile on the seeded corpus, as of a YYYY-MM-DD date. */
export async function assessProfile(profile: SystemProfile, asOf: string, db?: Client): Promise<AssessmentResult> {
  const corpus = db ? await loadEngineCorpus(db) : await getEngineCorpus();
  return assess(profile, corpus, asOf);
}
