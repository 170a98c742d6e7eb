import { profileSchema, type SystemProfile, type SystemProfileInput } from "@/lib/schemas/profile";


/** A minimal-risk EU provider and deployer: each test changes only what its rule is about. */
export const BASE_PROFILE: SystemProfileInput = {
  name: "Test system",
  organization: { name: "Acme", country: "IE", employees: 250, isPublicAuthority: false, providesPublicServices: false },
  roles: ["provider", "deployer"],
  jurisdictions: ["EU"],
  voluntaryFrameworks: [],
  system: {
    useCases: [],
    consequentialDecision: false,
    interactsWithNaturalPersons: false,
    syntheticContent: "none",
    deepFake: false,
    emotionRecognition: false,
    biometricCategorisation: false,
    remoteBiometricIdentification: "none",
    socialScoring: false,
    safetyComponentOfRegulatedProduct: false,
    profilesNaturalPersons: false,
    narrowProceduralTask: false,
    trainsOnOwnData: false,
  },
  gpaiModel: null,
};

/**
 * Loosely typed on purpose: rule tests write profiles as literals (often `as const`), and
 * `profile()` validates them with the real zod schema at run time, which names any mistake.
 */
export type ProfileOverrides = { [K in keyof Omit<SystemProfileInput, "system" | "organization">]?: unknown } & {
  system?: { [K in keyof SystemProfileInput["system"]]?: unknown };
  organization?: { [K in keyof SystemProfileInput["organization"]]?: unknown };
};

export function profile(overrides: ProfileOverrides = {}): SystemProfile {
  return profileSchema.parse({
    ...BASE_PROFILE,
    ...overrides,
    organization: { ...BASE_PROFILE.organization, ...(overrides.organization ?? {}) },
    system: { ...BASE_PROFILE.system, ...(overrides.system ?? {}) },
  });
}
