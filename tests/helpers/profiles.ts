import { profileSchema, type SystemProfile, type SystemProfileInput } from "@/lib/schemas/profile";

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | T[K] : T[K] };

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

export type ProfileOverrides = Omit<DeepPartial<SystemProfileInput>, "system"> & { system?: Partial<SystemProfileInput["system"]> };

export function profile(overrides: ProfileOverrides = {}): SystemProfile {
  return profileSchema.parse({
    ...BASE_PROFILE,
    ...overrides,
    organization: { ...BASE_PROFILE.organization, ...(overrides.organization ?? {}) },
    system: { ...BASE_PROFILE.system, ...(overrides.system ?? {}) },
  });
}
