// The query layer is lib/db/queries/ (one module per resource); importing "@/lib/db/queries"
// gets all of it.
export * from "./queries/index";
