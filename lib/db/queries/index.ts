// The one query layer. Pages, the REST API (app/api/v1), the MCP server and the command-line
// tools read the corpus through these functions only; each takes an optional Prisma client
// last (tests pass their own) and returns plain, serialisable data.
//
//   corpus        the seeded corpus version (footer, API ETags)
//   frameworks    frameworks and their versions
//   provisions    the filtered provision list and the provision page
//   mappings      the mapping list, the crosswalk matrix, pair counts
//   concepts      the concept taxonomy and a concept's provisions
//   gaps          coverage of one framework by another, concept coverage
//   search        ranked full-text and citation search
//   graph         mapping neighbourhoods
//   assessments   assessing a profile that is not stored
export * from "./corpus";
export * from "./frameworks";
export * from "./provisions";
export * from "./mappings";
export * from "./concepts";
export * from "./gaps";
export * from "./search";
export * from "./graph";
export * from "./assessments";
export type { Client, PageWindow, Paged } from "./shared";
