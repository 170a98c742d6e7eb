/** ts_headline puts these around matched words; HighlightedText turns them into <mark>. They never occur in our data. */
export const HIGHLIGHT_MARKERS = { start: "\u27e6", stop: "\u27e7" } as const; // ⟦ ⟧
