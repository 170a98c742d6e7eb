"use client";

import Link from "next/link";
import { Fragment, useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Matrix, MatrixAxisItem, MatrixCell } from "@/lib/db/explorer";
import { RELATIONSHIP_STYLES, RelationshipBadge } from "./relationship";

const cellKey = (row: string, col: string) => `${row}~${col}`;
const RATIONALE_LABELS: Record<string, string> = {
  syntactic: "Syntactic — the texts say the same thing",
  semantic: "Semantic — the meaning matches",
  functional: "Functional — they achieve the same outcome",
};

/**
 * The crosswalk matrix: one row per provision of the first framework, one column per provision
 * (or concept) of the second, a coloured button per mapped cell. Arrow keys move between mapped
 * cells; Enter or a click shows the rationale beside the table and in the address bar (`cell=`),
 * so a selected cell is a link a researcher can cite.
 */
export function CrosswalkMatrix({ matrix, initialCell, startId }: { matrix: Matrix; initialCell?: string; /** Id of the first mapped cell, for a "Skip to matrix" link. */ startId?: string }) {
  const { rows, columns } = matrix;
  const cells = useMemo(() => new Map(matrix.cells.map((c) => [cellKey(c.row, c.col), c])), [matrix.cells]);
  const [selected, setSelected] = useState<string | null>(initialCell && cells.has(initialCell) ? initialCell : null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const detail = useRef<HTMLElement>(null);
  const cell = selected ? cells.get(selected) : undefined;
  const selectedRow = cell?.row;
  const selectedCol = cell?.col;

  const select = useCallback((key: string) => {
    setSelected(key);
    const url = new URL(window.location.href);
    url.searchParams.set("cell", key);
    window.history.replaceState(null, "", url);
    // On narrow screens the rationale sits below the table: bring it into view.
    if (window.matchMedia("(max-width: 1023px)").matches) detail.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      const moves: Record<string, [number, number]> = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
      const move = moves[event.key];
      const target = event.target as HTMLElement;
      if (!move || !target.dataset.row) return;
      event.preventDefault();
      let r = Number(target.dataset.row);
      let c = Number(target.dataset.col);
      for (;;) {
        r += move[0];
        c += move[1];
        const row = rows[r];
        const col = columns[c];
        if (!row || !col) return;
        const next = buttons.current.get(cellKey(row.id, col.id));
        if (next) {
          next.focus();
          return;
        }
      }
    },
    [rows, columns],
  );

  const concepts = matrix.to.id === "concepts";
  const firstKey = useMemo(() => {
    for (const row of rows) for (const col of columns) if (cells.has(cellKey(row.id, col.id))) return cellKey(row.id, col.id);
    return null;
  }, [rows, columns, cells]);
  // Frameworks with several versions (Colorado) repeat citations: label each run of one version.
  const columnGroups = versionRuns(columns);
  const rowGroups = versionRuns(rows);
  const headerTop = columnGroups.length > 1 ? "top-7" : "top-0";
  return (
    <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
      <div
        className="max-h-[75vh] min-w-0 flex-1 overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm"
        role="region"
        aria-label={`${matrix.from.shortName} against ${matrix.to.shortName}: ${rows.length} rows, ${columns.length} columns`}
        tabIndex={0}
      >
        <table className="border-separate border-spacing-0 text-xs" onKeyDown={onKeyDown} data-testid="crosswalk-matrix">
          <caption className="sr-only">
            Rows: provisions of {matrix.from.shortName}. Columns: {concepts ? "concepts" : `provisions of ${matrix.to.shortName}`}. Use the arrow keys to move between mapped cells.
          </caption>
          <thead>
            {columnGroups.length > 1 && (
              <tr>
                <td className="sticky left-0 top-0 z-30 h-7 border-b border-r border-slate-200 bg-white" />
                {columnGroups.map((g) => (
                  <th key={g.versionId} scope="colgroup" colSpan={g.length} className="sticky top-0 z-20 h-7 border-b border-r border-slate-200 bg-slate-50 px-2 text-left text-[11px] font-semibold whitespace-nowrap text-slate-700">
                    <span className="sticky left-2">{g.label}{g.status === "repealed" ? " — repealed" : g.status === "enacted" ? " — enacted" : ""}</span>
                  </th>
                ))}
              </tr>
            )}
            <tr>
              <th scope="col" className={`sticky left-0 ${headerTop} z-30 min-w-36 border-b border-r border-slate-200 bg-white p-2 text-left align-bottom font-semibold text-slate-600 sm:min-w-72`}>
                <span className="block text-[11px] uppercase tracking-wide">{matrix.from.shortName} ↓</span>
                <span className="block text-[11px] uppercase tracking-wide">{matrix.to.shortName} →</span>
              </th>
              {columns.map((col) => (
                <ColumnHeader key={col.id} column={col} active={col.id === selectedCol} top={headerTop} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <Fragment key={row.id}>
              {rowGroups.length > 1 && rowGroups.some((g) => g.start === r) && (
                <tr>
                  <th scope="rowgroup" colSpan={columns.length + 1} className="border-b border-slate-200 bg-slate-50 px-2 py-1 text-left text-[11px] font-semibold text-slate-700">
                    <span className="sticky left-2">{row.versionLabel}{row.versionStatus === "repealed" ? " — repealed" : row.versionStatus === "enacted" ? " — enacted" : ""}</span>
                  </th>
                </tr>
              )}
              <tr className="group">
                <RowHeader row={row} active={row.id === selectedRow} />
                {columns.map((col, c) => {
                  const key = cellKey(row.id, col.id);
                  const entry = cells.get(key);
                  const crossing = row.id === selectedRow || col.id === selectedCol;
                  return (
                    <td key={col.id} className={`h-7 w-7 min-w-7 border-b border-r border-slate-100 p-0.5 ${crossing ? "bg-brand-50" : "group-hover:bg-slate-50"}`}>
                      {entry && (
                        <button
                          type="button"
                          id={key === firstKey ? startId : undefined}
                          ref={(el) => {
                            if (el) buttons.current.set(key, el);
                            else buttons.current.delete(key);
                          }}
                          data-row={r}
                          data-col={c}
                          aria-pressed={selected === key}
                          aria-label={cellLabel(entry, row, col)}
                          title={cellLabel(entry, row, col)}
                          onClick={() => select(key)}
                          className={`grid h-6 w-6 place-items-center rounded-sm text-xs font-bold leading-none ${entry.kind === "mapping" ? RELATIONSHIP_STYLES[entry.relationship].cell : "bg-brand-600 text-white"} ${selected === key ? "outline-2 outline-offset-1 outline-slate-900" : ""}`}
                        >
                          <span aria-hidden>{entry.kind === "mapping" ? RELATIONSHIP_STYLES[entry.relationship].glyph : "●"}</span>
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <aside ref={detail} aria-live="polite" aria-label="Selected cell" className="w-full shrink-0 scroll-mt-4 lg:sticky lg:top-4 lg:w-96" data-testid="cell-detail">
        {cell ? <CellDetail cell={cell} row={rows.find((r) => r.id === cell.row)!} col={columns.find((c) => c.id === cell.col)!} /> : <EmptyDetail concepts={concepts} />}
      </aside>
    </div>
  );
}

function cellLabel(cell: MatrixCell, row: MatrixAxisItem, col: MatrixAxisItem) {
  if (cell.kind === "concept") return `${row.citation} is tagged ${col.title}`;
  return `${row.citation} ${RELATIONSHIP_STYLES[cell.relationship].phrase} ${col.citation}`;
}

/** Consecutive runs of one version along an axis (axes come sorted by version). */
function versionRuns(items: MatrixAxisItem[]) {
  const runs: { versionId: string; label: string; status: string; start: number; length: number }[] = [];
  items.forEach((item, i) => {
    const last = runs[runs.length - 1];
    if (last && last.versionId === item.versionId) last.length++;
    else runs.push({ versionId: item.versionId, label: item.versionLabel, status: item.versionStatus, start: i, length: 1 });
  });
  return runs;
}

function ColumnHeader({ column, active, top }: { column: MatrixAxisItem; active: boolean; top: string }) {
  return (
    <th scope="col" className={`sticky ${top} z-20 h-36 min-w-7 border-b border-r border-slate-200 px-0.5 pb-1 align-bottom font-normal ${active ? "bg-brand-100" : "bg-white"}`}>
      <Link
        href={column.href}
        title={`${column.citation} — ${column.title}${column.versionLabel ? ` (${column.versionLabel})` : ""}`}
        className="mx-auto block max-h-34 overflow-hidden text-ellipsis whitespace-nowrap font-mono text-[11px] text-slate-700 [writing-mode:vertical-rl] rotate-180"
      >
        {column.citation}
      </Link>
    </th>
  );
}

function RowHeader({ row, active }: { row: MatrixAxisItem; active: boolean }) {
  return (
    <th scope="row" className={`sticky left-0 z-10 max-w-36 border-b border-r border-slate-200 px-2 py-1 text-left font-normal sm:max-w-72 ${active ? "bg-brand-100" : "bg-white group-hover:bg-slate-50"}`}>
      <Link href={row.href} className="flex min-w-0 items-baseline gap-2 text-slate-800" title={`${row.citation} — ${row.title}${row.versionStatus === "repealed" ? ` (${row.versionLabel}, repealed)` : ""}`}>
        <span className="shrink-0 font-mono text-[11px] text-brand-700">{row.citation}</span>
        <span className="hidden truncate text-slate-600 sm:inline">{row.title}</span>
        {row.versionStatus === "repealed" && <span className="hidden shrink-0 rounded bg-red-50 px-1 text-[10px] text-red-800 sm:inline">repealed</span>}
      </Link>
    </th>
  );
}

function EmptyDetail({ concepts }: { concepts: boolean }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-600">
      <p className="font-medium text-slate-800">Select a coloured cell</p>
      <p className="mt-1">
        {concepts
          ? "A cell marks a provision tagged with a concept; select it to read the concept and open every provision that shares it."
          : "Its rationale appears here: the relationship read from the row, the explanation, what the target does not cover, the provenance and our confidence."}
      </p>
      <p className="mt-3 text-xs text-slate-500">Keyboard: Tab into the table, arrow keys between mapped cells, Enter to select.</p>
    </div>
  );
}

function CellDetail({ cell, row, col }: { cell: MatrixCell; row: MatrixAxisItem; col: MatrixAxisItem }) {
  if (cell.kind === "concept") {
    const description = "description" in col ? String(col.description) : "";
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm">
        <p className="text-xs uppercase tracking-wide text-slate-500">Concept tag</p>
        <h2 className="mt-1 text-base font-semibold text-slate-900">
          <Link href={row.href}>{row.citation}</Link> — {col.title}
        </h2>
        <p className="mt-2 text-slate-700">{row.title}</p>
        {description && <p className="mt-2 text-slate-600">{description}</p>}
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href={col.href}>Every provision on {col.title}</Link>
          <Link href={`/graph?concept=${col.id}`}>Concept graph</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm">
      <p className="flex flex-wrap items-center gap-2">
        <RelationshipBadge relationship={cell.relationship} />
        {cell.mappings.length > 1 && <span className="text-xs text-slate-500">mapped both ways</span>}
      </p>
      <h2 className="mt-2 text-base font-semibold leading-snug text-slate-900">
        <Link href={row.href}>{row.citation}</Link> {RELATIONSHIP_STYLES[cell.relationship].phrase} <Link href={col.href}>{col.citation}</Link>
      </h2>
      <p className="mt-1 text-xs text-slate-500">
        {row.title} · {col.title}
      </p>
      {cell.mappings.map((m) => (
        <section key={m.id} className="mt-4 border-t border-slate-100 pt-3">
          {cell.mappings.length > 1 && (
            <p className="mb-1 text-xs text-slate-500">
              Recorded as {m.sourceCitation} {RELATIONSHIP_STYLES[m.relationship].phrase} {m.targetCitation}
            </p>
          )}
          <p className="text-slate-800">{m.explanation}</p>
          {m.gapSummary && (
            <div className="mt-3 rounded-md bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-200">
              <p className="text-xs font-semibold uppercase tracking-wide">Not covered by {m.targetCitation}</p>
              <p className="mt-1">{m.gapSummary}</p>
            </div>
          )}
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
            <dt className="text-slate-500">Rationale</dt>
            <dd className="text-slate-800">{RATIONALE_LABELS[m.rationale] ?? m.rationale}</dd>
            <dt className="text-slate-500">Confidence</dt>
            <dd className="flex items-center gap-2 text-slate-800">
              <span aria-hidden className="h-1.5 w-20 overflow-hidden rounded-full bg-slate-200">
                <span className="block h-full bg-brand-600" style={{ width: `${Math.round(m.confidence * 100)}%` }} />
              </span>
              {Math.round(m.confidence * 100)} %
            </dd>
            <dt className="text-slate-500">Provenance</dt>
            <dd className="text-slate-800">{m.provenance}</dd>
            <dt className="text-slate-500">Origin and review</dt>
            <dd className="text-slate-800" data-testid="mapping-origin">{m.provenanceLine}</dd>
          </dl>
        </section>
      ))}
      <p className="mt-4 flex flex-wrap gap-3 border-t border-slate-100 pt-3 text-sm">
        <Link href={row.href}>Open {row.citation}</Link>
        <Link href={col.href}>Open {col.citation}</Link>
        <Link href={`/graph?provision=${encodeURIComponent(row.id)}&depth=2`}>Graph</Link>
      </p>
    </div>
  );
}
