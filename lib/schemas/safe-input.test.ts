import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checklistItemUpdateSchema, evidenceChangeSchema } from "./checklist";
import { actionRequestProblem, capProblems, checkText, inputSize, MAX_PROBLEMS, parseSafeInput, safeText, unsafeTextReason } from "./safe-input";

describe("unsafeTextReason", () => {
  it.each([
    ["NUL", "a\u0000b", /NUL/],
    ["a C0 control character", "bell\u0007", /control characters/],
    ["DEL", "x\u007F", /control characters/],
    ["a lone high surrogate", "x\uD800y", /lone UTF-16 surrogate/],
    ["a lone low surrogate", "\uDC00", /lone UTF-16 surrogate/],
    ["a high surrogate at the end", "abc\uDBFF", /lone UTF-16 surrogate/],
  ])("refuses %s", (_, text, message) => {
    expect(unsafeTextReason(text)).toMatch(message);
  });

  it.each([
    ["plain text", "Dana Müller"],
    ["tabs and line breaks", "line 1\r\nline 2\tend"],
    ["a surrogate pair (emoji)", "done 👍"],
    ["Korean", "인공지능 기본법"],
  ])("accepts %s", (_, text) => {
    expect(unsafeTextReason(text)).toBeNull();
  });

  it("refuses line breaks only where a single line is asked for", () => {
    expect(unsafeTextReason("a\nb", { singleLine: true })).toBe("must be a single line");
    expect(unsafeTextReason("a\nb")).toBeNull();
  });
});

describe("checkText", () => {
  it("finds unsafe strings and keys anywhere, with their paths", () => {
    const problems = checkText({ a: ["ok", "x\u0000"], b: { "k\uD800": "v" } });
    expect(problems).toEqual([
      { path: "a[1]", message: expect.stringMatching(/NUL/) },
      { path: "b", message: expect.stringMatching(/field name that must not contain a lone/) },
    ]);
  });

  it("checks form fields", () => {
    const form = new FormData();
    form.set("systemId", "abc\u0000");
    expect(checkText(form)).toEqual([{ path: "systemId", message: expect.stringMatching(/NUL/) }]);
  });

  it("refuses nesting deeper than 32 levels instead of recursing without end", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(checkText(deep)[0]?.message).toMatch(/nested more than 32 levels/);
  });
});

describe("capProblems and inputSize", () => {
  it("keeps the first 20 problems and counts the rest in one line", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({ path: `x[${i}]`, message: "bad" }));
    const capped = capProblems(many);
    expect(capped).toHaveLength(MAX_PROBLEMS + 1);
    expect(capped.at(-1)).toEqual({ path: "(root)", message: "and 299980 more problems" });
    expect(capProblems(many.slice(0, 3))).toHaveLength(3);
  });

  it("measures UTF-8 bytes and stops counting soon after the limit", () => {
    expect(inputSize("é")).toBe(2 + 2);
    expect(inputSize("👍")).toBe(4 + 2);
    const huge = Array.from({ length: 1_000_000 }, () => "abcdefgh");
    const started = performance.now();
    expect(inputSize(huge, 1024)).toBeGreaterThan(1024);
    expect(inputSize(huge, 1024)).toBeLessThan(1100);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("parseSafeInput", () => {
  const schema = z.object({ tags: z.array(z.enum(["a", "b"])) }).strict();

  it("answers 413 for input over the cap, before validating it", () => {
    // The probe's body: 300k invalid enum values. It must not turn into 300k problems.
    const tags = Array.from({ length: 300_000 }, () => "zz");
    const r = parseSafeInput(schema, { tags });
    expect(r).toEqual({ ok: false, status: 413, problems: [{ path: "(root)", message: expect.stringMatching(/too large \(over 64 KB\)/) }] });
  });

  it("caps the problem list of input under the size cap", () => {
    const r = parseSafeInput(schema, { tags: Array.from({ length: 5_000 }, () => "zz") });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(400);
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems[0]).toEqual({ path: "tags[0]", message: "must be one of: a, b" });
    expect(r.problems.at(-1)?.message).toBe("and 4980 more problems");
    expect(JSON.stringify(r).length).toBeLessThan(4_000);
  });

  it("refuses NUL and lone surrogates with a clear message before the schema runs", () => {
    const r = parseSafeInput(z.object({ name: z.string() }), { name: "Screener\u0000" });
    expect(r).toEqual({ ok: false, status: 400, problems: [{ path: "name", message: "must not contain a NUL character (\\u0000)" }] });
  });

  it.each([
    ["an empty body", undefined],
    ["null", null],
    ["a string", "{not json"],
    ["a list", [1, 2]],
    ["unknown fields", { tags: [], admin: true }],
  ])("refuses %s with a 400 and a message", (_, input) => {
    const r = parseSafeInput(schema, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(400);
      expect(r.problems[0]?.message).toBeTruthy();
    }
  });

  it("passes well-formed input through as parsed data", () => {
    expect(parseSafeInput(schema, { tags: ["a"] })).toEqual({ ok: true, data: { tags: ["a"] } });
  });
});

describe("the checklist schemas", () => {
  const base = { assessmentId: "clx1", itemKey: "eu-ai-act/art-26-1", version: 3 };

  it("needs the version the editor read", () => {
    expect(checklistItemUpdateSchema.safeParse({ assessmentId: "clx1", itemKey: "eu-ai-act/art-26-1", notes: "x" }).success).toBe(false);
    expect(checklistItemUpdateSchema.safeParse({ ...base, notes: "x" }).success).toBe(true);
  });

  it("keeps owners on one line and notes under 10,000 characters", () => {
    expect(checklistItemUpdateSchema.safeParse({ ...base, owner: "Dana\nEvil" }).success).toBe(false);
    expect(checklistItemUpdateSchema.safeParse({ ...base, notes: "x".repeat(10_001) }).success).toBe(false);
    expect(checklistItemUpdateSchema.safeParse({ ...base, notes: "two\nlines" }).success).toBe(true);
  });

  it.each([
    ["https://intranet.example/dpia.pdf", true],
    ["http://example.org/a?b=c#d", true],
    ["DOC-123", true],
    ["javascript:alert(1)", false],
    ["https://", false],
    ["https://exa mple.org", false],
    ["data:text/html,hi", false],
    [`https://example.org/${"a".repeat(2000)}`, false],
    ["", false],
  ])("evidence link %s → %s", (link, ok) => {
    expect(evidenceChangeSchema.safeParse({ assessmentId: "clx1", itemKey: "eu-ai-act/art-26-1", link }).success).toBe(ok);
  });

  it("refuses more than 50 evidence links on a whole-list edit", () => {
    const links = Array.from({ length: 51 }, (_, i) => `https://example.org/${i}`);
    expect(checklistItemUpdateSchema.safeParse({ ...base, evidence: links }).success).toBe(false);
  });

  it("safeText adds the text check to a zod string", () => {
    expect(safeText(z.string()).safeParse("a\u0000").error?.issues[0]?.message).toMatch(/NUL/);
  });
});

describe("actionRequestProblem (the request-level guard for proxy.ts)", () => {
  const req = (headers: Record<string, string>, method = "POST") => ({ method, headers: new Headers(headers) });
  const action = { "next-action": "40abc", "content-type": "text/plain;charset=UTF-8" };

  it.each([
    ["an empty body", action, "", 400, /no body/],
    ["a malformed body", action, "{{{not json", 400, /not valid JSON/],
    ["a body over 1 MB (by Content-Length)", { ...action, "content-length": String(2 * 1024 * 1024) }, "[]", 413, /larger than 1 MB/],
    ["a body over 1 MB (measured)", action, JSON.stringify(["x".repeat(1_100_000)]), 413, /larger than 1 MB/],
  ])("refuses %s", (_, headers, body, status, message) => {
    const problem = actionRequestProblem(req(headers), body);
    expect(problem?.status).toBe(status);
    expect(problem?.message).toMatch(message);
  });

  it.each([
    ["a well-formed action body", action, '[{"systemId":"abc"}]'],
    ["a multipart form (parsed by Next)", { "next-action": "40abc", "content-type": "multipart/form-data; boundary=x" }, null],
    ["a POST that is not an action", { "content-type": "text/plain" }, ""],
  ])("lets through %s", (_, headers, body) => {
    expect(actionRequestProblem(req(headers), body)).toBeNull();
  });

  it("ignores reads", () => {
    expect(actionRequestProblem(req(action, "GET"), null)).toBeNull();
  });
});
