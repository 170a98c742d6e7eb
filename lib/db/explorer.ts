// The explorer's read queries now live in lib/db/queries/, split by resource; this module
// re-exports what it always exported so existing importers keep working.
export { listFrameworkOptions, type FrameworkOption } from "./queries/frameworks";
export { getProvisionDetail, type MappedProvision, type ProvisionDetail } from "./queries/provisions";
export { SEARCH_LIMIT, searchConcepts, searchProvisions, type SearchHit, type SearchResult } from "./queries/search";
export {
  getCrosswalkMatrix,
  listMappingPairs,
  type Matrix,
  type MatrixAxisItem,
  type MatrixCell,
  type MatrixMapping,
} from "./queries/mappings";
export { getConceptCoverage, getGapReport, type GapMapping, type GapReport, type GapRow } from "./queries/gaps";
export { getConceptDetail } from "./queries/concepts";
export {
  MAX_GRAPH_NODES,
  getConceptNeighbourhood,
  getFullGraph,
  getProvisionNeighbourhood,
  type GraphData,
  type GraphEdge,
  type GraphNode,
} from "./queries/graph";
