import type { GapReport, Matrix, SearchResult } from "@/lib/db/explorer";
import { HIGHLIGHT_MARKERS } from "@/lib/search/highlight";
import { toCsv } from "./csv";

// Downloads of the explorer's views. CSV has one row per mapping, gap-report provision or search
// hit; JSON carries the same rows plus what the view was (query, frameworks, data version).

const stripMarkers = (s: string) => s.replaceAll(HIGHLIGHT_MARKERS.start, "").replaceAll(HIGHLIGHT_MARKERS.stop, "");

export function matrixToCsv(matrix: Matrix): string {
  const rows = new Map(matrix.rows.map((r) => [r.id, r]));
  const columns = new Map(matrix.columns.map((c) => [c.id, c]));
  if (matrix.to.id === "concepts")
    return toCsv(
      ["provision_id", "citation", "title", "version", "concept_id", "concept"],
      matrix.cells.map((c) => [c.row, rows.get(c.row)?.citation, rows.get(c.row)?.title, rows.get(c.row)?.versionLabel, c.col, columns.get(c.col)?.title]),
    );
  return toCsv(
    ["row_id", "row_citation", "row_title", "relationship_from_row", "column_id", "column_citation", "column_title", "mapping_id", "recorded_relationship", "rationale", "confidence", "explanation", "gap_summary", "provenance", "origin", "created_on", "evidence", "review_status", "reviewed_by", "reviewed_on"],
    matrix.cells.flatMap((c) =>
      c.kind === "mapping"
        ? c.mappings.map((m) => [
            c.row, rows.get(c.row)?.citation, rows.get(c.row)?.title, c.relationship,
            c.col, columns.get(c.col)?.citation, columns.get(c.col)?.title,
            m.id, m.relationship, m.rationale, m.confidence, m.explanation, m.gapSummary ?? "", m.provenance,
            m.origin.kind, m.origin.createdOn ?? "", m.origin.evidence.map((e) => [e.source, e.version, e.locator, `licence: ${e.licence}`].filter(Boolean).join(", ")).join(" | "),
            m.review.status, m.review.by ?? "", m.review.on ?? "",
          ])
        : [],
    ),
  );
}

export function gapReportToCsv(report: GapReport): string {
  return toCsv(
    ["provision_id", "citation", "title", "kind", "version", "coverage_in_" + report.to.id, "counterparts", "explanations", "gap_summaries"],
    report.rows.map((r) => [
      r.id, r.citation, r.title, r.kind, r.versionLabel, r.coverage,
      r.mappings.map((m) => `${m.relationship} ${m.otherCitation}`).join("; "),
      r.mappings.map((m) => `${m.otherCitation}: ${m.explanation}`).join(" | "),
      r.mappings.filter((m) => m.gapSummary).map((m) => `not covered by ${m.gapNotCoveredBy}: ${m.gapSummary}`).join(" | "),
    ]),
  );
}

export function searchToCsv(result: SearchResult): string {
  return toCsv(
    ["rank", "provision_id", "framework", "version", "citation", "title", "kind", "summary", "url_path"],
    result.hits.map((h, i) => [i + 1, h.id, h.frameworkName, h.versionLabel, h.citation, stripMarkers(h.titleHighlighted), h.kind, h.summary, h.href]),
  );
}

export function searchToJson(result: SearchResult) {
  return {
    ...result,
    hits: result.hits.map((h) => ({ ...h, title: stripMarkers(h.titleHighlighted), excerpt: stripMarkers(h.summaryHighlighted), titleHighlighted: undefined, summaryHighlighted: undefined })),
  };
}
