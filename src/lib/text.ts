// Small text helpers for rendering.

/**
 * Splits text after each slash between letters ("Kontanthjælp/integrationsydelse" →
 * ["Kontanthjælp/", "integrationsydelse"]), so a template can offer a line break there (<wbr>)
 * and a narrow column need not be as wide as both words together.
 */
export function splitAfterSlashes(text: string): string[] {
  return text.split(/(?<=\p{L}\/)(?=\p{L}{2})/u);
}
