import { withImpliedJurisdictions } from "@/lib/schemas/common";
import type { Draft, Question } from "./questions";

/**
 * Questions only some jurisdictions' laws need (US states, Korea, China). Each is shown only
 * when a jurisdiction that reads it is chosen; an unanswered or "Not sure" answer keeps the
 * duties that depend on it on the list as "may apply".
 */
const chosen = (d: Draft, ...codes: string[]) => {
  const list = withImpliedJurisdictions(((d.jurisdictions as string[] | undefined) ?? []).filter((j) => typeof j === "string"));
  return codes.some((c) => list.includes(c));
};
const value = (d: Draft, path: string) => path.split(".").reduce<unknown>((o, k) => (o == null ? undefined : (o as Draft)[k]), d);
const yesOrUnsure = (d: Draft, path: string) => value(d, path) === true || value(d, path) === null;
const generates = (d: Draft) => value(d, "system.syntheticContent") !== "none";

export const JURISDICTION_QUESTIONS: Question[] = [
  // Roles and markets: who the organization is under the state and Asian laws.
  {
    id: "organization.ccpaBusiness",
    step: "scope",
    kind: "yesno",
    path: "organization.ccpaBusiness",
    visible: (d) => chosen(d, "US-CA"),
    label: "California: is your organization a “business” under the CCPA?",
    help: "Cal. Civ. Code § 1798.140(d): a for-profit doing business in California with annual gross revenue above the adjusted threshold (USD 26,625,000 from 2025), or that buys, sells or shares personal information of 100,000+ consumers or households, or earns half its revenue from selling or sharing it. The CPPA's ADMT, risk-assessment and audit rules bind businesses.",
  },
  {
    id: "organization.ccpaSignificantSecurityRisk",
    step: "scope",
    kind: "yesno",
    path: "organization.ccpaSignificantSecurityRisk",
    visible: (d) => chosen(d, "US-CA") && yesOrUnsure(d, "organization.ccpaBusiness"),
    label: "California: does your processing of personal information meet the cybersecurity-audit thresholds?",
    help: "11 CCR § 7120: half or more of annual revenue from selling or sharing personal information, or revenue above the CCPA threshold and personal information of 250,000+ consumers or sensitive personal information of 50,000+ consumers in the last year.",
  },
  {
    id: "organization.annualRevenueUsd",
    step: "scope",
    kind: "amount",
    path: "organization.annualRevenueUsd",
    visible: (d) => chosen(d, "US-CA", "US-NY"),
    label: "Annual gross revenue, with affiliates (USD)",
    help: "Frontier-model laws add duties above USD 500 million (Bus. & Prof. Code § 22757.11, SB 53; New York's RAISE Act); CCPA audit deadlines depend on revenue (11 CCR § 7121). Leave empty if you are not sure.",
  },
  {
    id: "organization.regulatedOccupation",
    step: "scope",
    kind: "yesno",
    path: "organization.regulatedOccupation",
    visible: (d) => chosen(d, "US-UT"),
    label: "Utah: do you provide the services of an occupation the state licenses (for example health care, law, accounting)?",
    help: "Utah Code § 13-77-103: a person in a regulated occupation must say up front when a consumer is interacting with generative AI in a high-risk interaction.",
  },
  {
    id: "organization.contentDistributionPlatform",
    step: "scope",
    kind: "yesno",
    path: "organization.contentDistributionPlatform",
    visible: (d) => chosen(d, "US-CA", "CN"),
    label: "Do you run a platform that distributes or hosts content for users (social media, messaging, file sharing, search, app store)?",
    help: "California's AI Transparency Act as amended by AB 853 and China's AI labelling measures give such platforms their own labelling and detection duties.",
  },
  {
    id: "organization.koreaRepresentativeThresholds",
    step: "scope",
    kind: "yesno",
    path: "organization.koreaRepresentativeThresholds",
    visible: (d) => chosen(d, "KR") && value(d, "organization.country") !== "KR",
    label: "Korea: does your organization meet the thresholds for a domestic representative?",
    help: "AI Basic Act Art. 36 and its Enforcement Decree: an operator without an address in Korea must appoint a domestic representative when its revenue, AI-service revenue or number of daily users in Korea exceeds the thresholds the decree sets.",
  },

  // What the system is used for.
  {
    id: "system.decisionRole",
    step: "use",
    kind: "choice",
    path: "system.decisionRole",
    unsure: true,
    visible: (d) => chosen(d, "US-CA", "US-NYC"),
    label: "How far does the system's output decide about people?",
    help: "California's ADMT rules cover technology that replaces or substantially replaces human decision-making (11 CCR § 7001); New York City's bias-audit law covers tools that substantially assist or replace discretionary employment decisions (6 RCNY § 5-300).",
    options: [
      { value: "replaces-human", label: "It decides, or people follow its output without meaningful review" },
      { value: "substantially-assists", label: "It weighs more than any other factor, or can overrule people's conclusions" },
      { value: "supports-human", label: "It is one input that people review and can override" },
    ],
  },
  {
    id: "system.offeredToPublic",
    step: "use",
    kind: "yesno",
    path: "system.offeredToPublic",
    visible: (d) => chosen(d, "US-CA", "CN", "KR"),
    label: "Is the system or service made available to the public or to consumers (not only used internally)?",
    help: "California's training-data (Civ. Code § 3111) and AI Transparency Act duties, China's Generative AI Measures (Art. 2) and Korea's notice and labelling duties (AI Basic Act Art. 31; not for purely internal use, Enforcement Decree Art. 23(4)) depend on it.",
  },
  {
    id: "system.monthlyUsers",
    step: "use",
    kind: "amount",
    path: "system.monthlyUsers",
    visible: (d) => chosen(d, "US-CA") && yesOrUnsure(d, "system.offeredToPublic"),
    label: "Monthly users or visitors of the system",
    help: "California's AI Transparency Act binds providers of generative systems with over 1,000,000 monthly users (Bus. & Prof. Code § 22757.1). Leave empty if you are not sure.",
  },
  {
    id: "system.trainsOnOwnData",
    step: "use",
    kind: "yesno",
    path: "system.trainsOnOwnData",
    visible: (d) => chosen(d, "US-CA"),
    label: "Do you train the system on your own data, such as personal information you collect?",
    help: "11 CCR § 7150(b)(6): processing personal information to train automated decision-making, facial-recognition, emotion-recognition or other biometric technology needs a risk assessment.",
  },
  {
    id: "system.mentalHealthChatbot",
    step: "use",
    kind: "yesno",
    path: "system.mentalHealthChatbot",
    visible: (d) => chosen(d, "US-UT"),
    label: "Utah: is it a mental-health chatbot (conversations like those with a licensed therapist)?",
    help: "Utah Code Title 13, Chapter 72a (H.B. 452, 2025) sets disclosure, advertising and data rules for mental-health chatbots.",
  },

  // Capabilities.
  {
    id: "system.companionChatbot",
    step: "capabilities",
    kind: "yesno",
    path: "system.companionChatbot",
    visible: (d) => chosen(d, "US-CA", "CN") && value(d, "system.interactsWithNaturalPersons") !== false,
    label: "Is it a companion chatbot — one that offers users an adaptive, human-like social relationship?",
    help: "California SB 243 (Bus. & Prof. Code § 22601 ff.) and China's measures on anthropomorphic AI interaction services set duties for such chatbots.",
  },
  {
    id: "system.minorsAmongUsers",
    step: "capabilities",
    kind: "yesno",
    path: "system.minorsAmongUsers",
    visible: (d) => chosen(d, "US-CA", "CN") && value(d, "system.interactsWithNaturalPersons") !== false,
    label: "Do minors use it, or do you know that some users are minors?",
    help: "SB 243 adds duties towards users the operator knows are minors (Bus. & Prof. Code § 22602); Chinese measures require protections for minors.",
  },
  {
    id: "system.publicOpinionCapability",
    step: "capabilities",
    kind: "yesno",
    path: "system.publicOpinionCapability",
    visible: (d) => chosen(d, "CN") && generates(d),
    label: "China: does the service have public-opinion attributes or the capacity for social mobilisation?",
    help: "Art. 17 of the Generative AI Measures: such services need a security assessment and algorithm filing (for example forums, social feeds, live streams, news-like services).",
  },
];
