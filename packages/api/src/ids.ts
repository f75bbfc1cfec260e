import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A short random id with a readable prefix: `rpt-7k2m9x4q1c8d`. */
export function newId(prefix: string): string {
  const bytes = randomBytes(12);
  let s = "";
  for (const b of bytes) s += ALPHABET[b % 32];
  return `${prefix}-${s}`;
}
