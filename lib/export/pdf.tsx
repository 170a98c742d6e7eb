import { strictestLine } from "@/lib/engine/checklist";
import { Document, Font, Link, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { classLabel } from "@/lib/class-labels";
import type { AssessmentResult } from "@/lib/engine/types";
import { CHECKLIST_STATUS_LABELS, type ItemProgress } from "@/lib/schemas/checklist";

// Built-in Helvetica has no glyphs beyond Latin-1: keep the text in that range.
Font.registerHyphenationCallback((word) => [word]);
const latin1 = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/…/g, "...")
    .replace(/≥/g, ">=")
    .replace(/↔/g, "<->")
    .replace(/[^\u0000-\u00ff]/g, "?");

export type ChecklistPdfInput = {
  systemName: string;
  organization: string;
  result: AssessmentResult;
  /** The answers as given, in plain words (the assessment record's first part). */
  answers?: { step: string; question: string; answer: string }[];
  progress?: Record<string, ItemProgress>;
  frameworkNames?: Record<string, string>;
  generatedAt?: Date;
};


const s = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 56, paddingHorizontal: 48, fontSize: 10, fontFamily: "Helvetica", color: "#0f172a" },
  header: { position: "absolute", top: 24, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", fontSize: 9, color: "#334155", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingBottom: 4 },
  footer: { position: "absolute", bottom: 24, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", fontSize: 9, color: "#334155" },
  title: { fontSize: 24, fontFamily: "Helvetica-Bold", marginTop: 120, marginBottom: 8, color: "#172554" },
  subtitle: { fontSize: 13, color: "#334155", marginBottom: 32 },
  h2: { fontSize: 14, fontFamily: "Helvetica-Bold", marginBottom: 8, marginTop: 4, color: "#172554" },
  label: { color: "#334155", width: 130 },
  row: { flexDirection: "row", marginBottom: 4 },
  warning: { backgroundColor: "#fef2f2", borderColor: "#fca5a5", borderWidth: 1, padding: 8, marginBottom: 12, color: "#7f1d1d" },
  open: { backgroundColor: "#f5f3ff", borderColor: "#c4b5fd", borderWidth: 1, padding: 8, marginBottom: 12, color: "#2e1065" },
  scope: { backgroundColor: "#f8fafc", borderColor: "#94a3b8", borderWidth: 1, padding: 8, marginBottom: 12 },
  item: { borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", paddingVertical: 6 },
  itemTitle: { fontFamily: "Helvetica-Bold", fontSize: 10 },
  muted: { color: "#334155" },
  small: { fontSize: 9, color: "#334155" },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#94a3b8", paddingBottom: 3, marginBottom: 2, fontFamily: "Helvetica-Bold", fontSize: 9 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", paddingVertical: 3, fontSize: 9 },
  signLine: { flexDirection: "row", marginTop: 18, alignItems: "flex-end" },
  signBlank: { flex: 1, borderBottomWidth: 0.75, borderBottomColor: "#0f172a", marginLeft: 8, height: 14 },
});

function Chrome({ systemName, asOf }: { systemName: string; asOf: string }) {
  return (
    <>
      <View style={s.header} fixed>
        <Text>{latin1(`Assessment record - ${systemName}`)}</Text>
        <Text>As of {asOf}</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>AI Regulatory Crosswalk - not legal advice; verify against the primary sources cited.</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}

function ChecklistDocument({ systemName, organization, result, answers = [], progress = {}, frameworkNames = {}, generatedAt = new Date() }: ChecklistPdfInput) {
  const name = (id: string) => frameworkNames[id] ?? id;
  const done = result.checklist.filter((i) => progress[i.id]?.status === "done").length;
  return (
    <Document title={latin1(`AI compliance assessment record - ${systemName}`)} author="AI Regulatory Crosswalk" subject="AI compliance assessment record" language="en">
      <Page size="A4" style={s.page}>
        <Chrome systemName={systemName} asOf={result.asOf} />
        <Text style={s.title}>{latin1(systemName)}</Text>
        <Text style={s.subtitle}>{latin1(`AI compliance assessment record for ${organization}`)}</Text>
        <View style={s.row}><Text style={s.label}>Assessment as of</Text><Text>{result.asOf}</Text></View>
        <View style={s.row}><Text style={s.label}>Generated</Text><Text>{generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</Text></View>
        <View style={s.row}><Text style={s.label}>Data version</Text><Text>{result.corpusVersion}</Text></View>
        <View style={s.row}><Text style={s.label}>Jurisdictions and frameworks</Text><Text style={{ flex: 1 }}>{latin1(result.versionsUsed.map((v) => `${name(v.framework)} (${v.label})`).join("; "))}</Text></View>
        <View style={s.row}>
          <Text style={s.label}>Checklist</Text>
          <Text style={{ flex: 1 }}>{`${result.stats.obligations} obligations merged into ${result.checklist.length} items; ${done} done`}</Text>
        </View>
        <Text style={[s.h2, { marginTop: 24 }]}>Classification</Text>
        {result.classifications.map((c) => (
          <View key={`${c.framework}-${c.subject}`} style={s.row} wrap={false}>
            <Text style={s.label}>{latin1(`${name(c.framework)} (${c.subject})`)}</Text>
            <View style={{ flex: 1 }}>
              <Text style={{ fontFamily: "Helvetica-Bold" }}>{latin1(`${classLabel(c.class)}${c.confirmed ? "" : " (not confirmed: depends on open questions)"}`)}</Text>
              {c.reasons.map((r, i) => <Text key={i} style={s.small}>{latin1(r)}</Text>)}
            </View>
          </View>
        ))}
        {result.warnings.map((w, i) => (
          <View key={i} style={[s.warning, { marginTop: 12 }]} wrap={false}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>{result.ifNotProhibited.length ? "Prohibited practice" : "Possibly prohibited practice"} - {latin1(w.citation)}</Text>
            <Text>{latin1(w.message)}</Text>
          </View>
        ))}
        {result.ifNotProhibited.length > 0 && (
          <Text style={s.small}>
            {latin1(`If the practice were changed so that it is no longer prohibited, ${result.ifNotProhibited.length} further obligations would apply (${result.ifNotProhibited.map((o) => o.citation).join(", ")}). Complying with them does not make the prohibited use lawful.`)}
          </Text>
        )}
        {result.scope.map((sc, i) => (
          <View key={`scope-${i}`} style={[s.scope, { marginTop: 12 }]} wrap={false}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>{latin1(`${sc.applies === false ? "Does not apply" : "May not apply"}: ${name(sc.framework)} - ${sc.citation}`)}</Text>
            <Text>{latin1(sc.reason)}</Text>
          </View>
        ))}
        {result.openQuestions.length > 0 && (
          <View style={[s.open, { marginTop: 12 }]}>
            <Text style={{ fontFamily: "Helvetica-Bold" }}>{`Open questions (${result.openQuestions.length})`}</Text>
            <Text style={{ marginBottom: 4 }}>Answered "not sure": the assessment takes the stricter reading; dependent duties are marked "may apply".</Text>
            {result.openQuestions.map((q) => (
              <Text key={q.fact}>{latin1(`- ${q.question} Affects: ${q.affects.slice(0, 8).join(", ")}${q.affects.length > 8 ? ` and ${q.affects.length - 8} more` : ""}.`)}</Text>
            ))}
          </View>
        )}
        <View style={{ marginTop: 28 }} wrap={false}>
          <Text style={s.h2}>Sign-off</Text>
          {["Prepared by", "Reviewed by", "Date", "Signature"].map((label) => (
            <View key={label} style={s.signLine}>
              <Text style={{ width: 90 }}>{label}</Text>
              <View style={s.signBlank} />
            </View>
          ))}
        </View>
      </Page>

      {answers.length > 0 && (
        <Page size="A4" style={s.page}>
          <Chrome systemName={systemName} asOf={result.asOf} />
          <Text style={s.h2}>Answers as given</Text>
          <Text style={[s.small, { marginBottom: 6 }]}>The questions shown for these answers, in the order asked. "Not sure" answers are assessed on the stricter reading.</Text>
          {answers.map((a, i) => (
            <View key={i} style={s.tableRow} wrap={false}>
              <Text style={{ width: 90, color: "#334155" }}>{latin1(a.step)}</Text>
              <Text style={{ flex: 1, paddingRight: 6 }}>{latin1(a.question)}</Text>
              <Text style={{ width: 150, fontFamily: "Helvetica-Bold" }}>{latin1(a.answer)}</Text>
            </View>
          ))}
        </Page>
      )}

      <Page size="A4" style={s.page}>
        <Chrome systemName={systemName} asOf={result.asOf} />
        <Text style={s.h2}>Checklist</Text>
        {result.checklist.map((item, n) => {
          const p = progress[item.id];
          return (
            <View key={item.id} style={s.item} wrap={false}>
              <View style={{ flexDirection: "row", justifyContent: "space-between" }}>
                <Text style={[s.itemTitle, { flex: 1 }]}>{latin1(`${n + 1}. ${item.blocking ? "[BLOCKING] " : ""}${item.status === "may-apply" ? "[MAY APPLY] " : ""}${item.title}`)}</Text>
                <Text style={{ width: 150, textAlign: "right" }}>{`${CHECKLIST_STATUS_LABELS[p?.status ?? "not-started"]} - ${item.binding ? `due ${item.dueDate ?? "n/a"}` : "voluntary"}`}</Text>
              </View>
              <Text style={s.muted}>{latin1(item.description)}</Text>
              <Text style={s.small}>{latin1(`Satisfies: ${item.members.map((m) => `${m.citation} (${name(m.framework)})`).join("; ")}`)}</Text>
              {(item.strictest ?? []).map((st) => (
                <Text key={st.parameter} style={s.small}>{latin1(`Strictest: ${strictestLine(st)}`)}</Text>
              ))}
              {item.members.filter((m) => m.beyondSharedCore).map((m) => (
                <Text key={m.id} style={s.small}>{latin1(`${m.citation}: ${m.beyondSharedCore}`)}</Text>
              ))}
              {p && (p.owner || p.notes || p.evidence.length > 0) && (
                <Text style={s.small}>{latin1([p.owner && `Owner: ${p.owner}`, p.notes && `Notes: ${p.notes}`, p.evidence.length ? `Evidence: ${p.evidence.join(", ")}` : ""].filter(Boolean).join(" | "))}</Text>
              )}
            </View>
          );
        })}
        {result.exemptions.length > 0 && (
          <View style={{ marginTop: 16 }}>
            <Text style={s.h2}>Exemptions applied</Text>
            {result.exemptions.map((e, i) => (
              <View key={i} style={s.item} wrap={false}>
                <Text style={s.itemTitle}>{latin1(`${e.citation} (${name(e.framework)})`)}</Text>
                <Text style={s.muted}>{latin1(e.reason)}</Text>
                <Text style={s.small}>{latin1(`Removes: ${e.removes.join(", ") || "none of the obligations that applied"}`)}</Text>
              </View>
            ))}
          </View>
        )}
      </Page>

      {(result.notApplicable.length > 0 || result.changesSincePrevious) && (
        <Page size="A4" style={s.page}>
          <Chrome systemName={systemName} asOf={result.asOf} />
          {result.changesSincePrevious && result.changesSincePrevious.changes.length > 0 && (
            <View style={{ marginBottom: 16 }}>
              <Text style={s.h2}>{latin1(`What changed since the assessment as of ${result.changesSincePrevious.since.asOf}`)}</Text>
              {result.changesSincePrevious.changes.map((c, i) => (
                <Text key={i} style={s.small}>
                  {latin1(`${c.cause}: ${c.citation} ${c.title} - ${c.kind}${c.fields.length ? ` (${c.fields.map((f) => `${f.field} ${String(f.before)} -> ${String(f.after)}`).join("; ")})` : ""}`)}
                </Text>
              ))}
            </View>
          )}
          {result.notApplicable.length > 0 && (
            <View>
              <Text style={s.h2}>Considered and not applicable</Text>
              <Text style={[s.small, { marginBottom: 6 }]}>Every duty of the binding laws in scope that does not bind this system, and why.</Text>
              {result.notApplicable.map((n) => (
                <View key={n.id} style={s.tableRow} wrap={false}>
                  <Text style={{ width: 95 }}>{latin1(`${n.citation}\n${name(n.framework)}`)}</Text>
                  <View style={{ flex: 1 }}>
                    <Text>{latin1(n.title)}</Text>
                    <Text style={s.small}>{latin1(`${n.because}: ${n.reason}`)}</Text>
                  </View>
                </View>
              ))}
            </View>
          )}
        </Page>
      )}

      <Page size="A4" style={s.page}>
        <Chrome systemName={systemName} asOf={result.asOf} />
        <Text style={s.h2}>Appendix: obligations and sources</Text>
        <View style={s.tableHead}>
          <Text style={{ width: 95 }}>Citation</Text>
          <Text style={{ flex: 1 }}>Obligation</Text>
          <Text style={{ width: 62 }}>Applies from</Text>
          <Text style={{ width: 70 }}>Role</Text>
        </View>
        {result.obligations.map((o) => (
          <View key={o.id} style={s.tableRow} wrap={false}>
            <Text style={{ width: 95 }}>{latin1(`${o.citation}\n${name(o.framework)}`)}</Text>
            <View style={{ flex: 1, paddingRight: 4 }}>
              <Text>{latin1(o.title)}{o.verified ? "" : " (unverified)"}{o.status === "may-apply" ? " - MAY APPLY" : ""}</Text>
              {o.appliesFromContested && <Text style={s.small}>{latin1(`Date contested: ${o.appliesFromContested.readings.map((r) => r.from).join(" or ")}`)}</Text>}
              <Link src={o.source} style={{ color: "#1e40af", fontSize: 9 }}>{o.source}</Link>
            </View>
            <Text style={{ width: 62 }}>{o.appliesFrom ?? "-"}</Text>
            <Text style={{ width: 70 }}>{o.role}</Text>
          </View>
        ))}
      </Page>
    </Document>
  );
}

export async function renderChecklistPdf(input: ChecklistPdfInput): Promise<Buffer> {
  return renderToBuffer(<ChecklistDocument {...input} />);
}
