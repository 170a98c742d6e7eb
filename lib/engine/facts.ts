import { USE_CASE_AREAS, type SystemProfile, type UseCase } from "@/lib/schemas/profile";
import type { Facts } from "./conditions";

// Art. 22 and Art. 54 concern providers "established in third countries": outside the 27 member states.
export const EU_MEMBER_STATES = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
  "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);

/** Area codes stand for every point of their area, so a coarse answer never under-classifies. */
export function expandUseCases(useCases: readonly UseCase[]): string[] {
  const out = new Set<string>();
  for (const u of useCases) {
    out.add(u);
    for (const implied of USE_CASE_AREAS[u] ?? []) out.add(implied);
  }
  return [...out];
}

/** Facts taken straight from the profile (derived eu.* and co.* facts are added by the engine). */
export function profileFacts(profile: SystemProfile): Facts {
  const s = profile.system;
  return {
    "organization.country": profile.organization.country,
    "organization.employees": profile.organization.employees,
    "organization.isPublicAuthority": profile.organization.isPublicAuthority,
    "organization.hipaaCoveredEntity": profile.organization.hipaaCoveredEntity,
    "organization.coloradoRegulatedInsurer": profile.organization.coloradoRegulatedInsurer,
    "organization.providesPublicServices": profile.organization.providesPublicServices,
    roles: [...profile.roles],
    jurisdictions: [...profile.jurisdictions],
    "system.useCases": expandUseCases([
      ...s.useCases,
      // A biometric capability puts the system in Annex III area 1 whatever use cases were ticked.
      ...(s.remoteBiometricIdentification !== "none" || s.biometricCategorisation || s.emotionRecognition ? (["biometrics"] as const) : []),
    ]),
    "system.consequentialDecision": s.consequentialDecision,
    "system.interactsWithNaturalPersons": s.interactsWithNaturalPersons,
    "system.syntheticContent": s.syntheticContent,
    "system.deepFake": s.deepFake,
    "system.emotionRecognition": s.emotionRecognition,
    "system.biometricCategorisation": s.biometricCategorisation,
    "system.remoteBiometricIdentification": s.remoteBiometricIdentification,
    "system.socialScoring": s.socialScoring,
    "system.safetyComponentOfRegulatedProduct": s.safetyComponentOfRegulatedProduct,
    "system.profilesNaturalPersons": s.profilesNaturalPersons,
    "system.narrowProceduralTask": s.narrowProceduralTask,
    "system.trainsOnOwnData": s.trainsOnOwnData,
    "system.manipulativeTechniques": s.manipulativeTechniques,
    "system.exploitsVulnerabilities": s.exploitsVulnerabilities,
    "system.predictivePolicingProfiling": s.predictivePolicingProfiling,
    "system.untargetedFacialScraping": s.untargetedFacialScraping,
    "system.biometricCategorisationSensitive": s.biometricCategorisationSensitive,
    "system.nonConsensualIntimateImagery": s.nonConsensualIntimateImagery,
    "system.childSexualAbuseMaterial": s.childSexualAbuseMaterial,
    "system.emotionRecognitionMedicalOrSafety": s.emotionRecognitionMedicalOrSafety,
    "system.publicTextOnMatterOfPublicInterest": s.publicTextOnMatterOfPublicInterest,
    "system.fdaRegulatedMedicalDevice": s.fdaRegulatedMedicalDevice,
    "system.thirdPartyConformityAssessmentRequired": s.thirdPartyConformityAssessmentRequired,
    "system.placedOnMarketBefore": s.placedOnMarketBefore,
    "gpaiModel.present": profile.gpaiModel !== null,
    "gpaiModel.trainingComputeFlops": profile.gpaiModel?.trainingComputeFlops ?? null,
    "gpaiModel.designatedSystemicRisk": profile.gpaiModel?.designatedSystemicRisk ?? null,
    "gpaiModel.openSourceLicence": profile.gpaiModel?.openSourceLicence ?? null,
    "eu.establishedOutsideUnion": !EU_MEMBER_STATES.has(profile.organization.country),
  };
}

/**
 * The roles an organization holds under a framework. EU roles come from the profile; a
 * GPAI model makes it a GPAI model provider; in Colorado a provider (or product
 * manufacturer) is a developer; a voluntary framework binds any adopting organization.
 */
export function rolesUnder(framework: { id: string; binding: boolean; jurisdiction: string }, profile: SystemProfile): Set<string> {
  if (!framework.binding) return new Set(["organization"]);
  if (framework.jurisdiction === "US-CO") {
    const roles = new Set<string>();
    if (profile.roles.includes("provider") || profile.roles.includes("product-manufacturer")) roles.add("developer");
    if (profile.roles.includes("deployer")) roles.add("deployer");
    return roles;
  }
  const roles = new Set<string>(profile.roles);
  if (profile.gpaiModel) roles.add("gpai-provider");
  return roles;
}
