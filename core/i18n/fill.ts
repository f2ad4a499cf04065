/**
 * THE message-placeholder filler: "{name}" in a label or problem message replaced by its value;
 * an unknown placeholder stays visible as it is. Every host and core use this one.
 *
 * @example fillPlaceholders("Lembar {sheet} tidak ada", { sheet: "Matriks" }) // "Lembar Matriks tidak ada"
 */
export function fillPlaceholders(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) =>
    Object.prototype.hasOwnProperty.call(vars, k) ? String(vars[k]) : m,
  );
}
