import { z } from "zod";

/*
 * Hostile inputs generated from a procedure's zod input schema and one valid example of it: every location of the
 * example (each field, each array element, the whole input) is replaced by values of the wrong type, by values
 * at and past the limits the schema states (from its JSON Schema), by strings a database or a browser chokes on,
 * by huge and deeply nested values, and removed; every object gets unknown and prototype-polluting keys; and the
 * body as a whole is sent as something that is not JSON at all.
 */

/** A JSON token written as is (JSON.stringify cannot write 1e999 or -0). */
export class Raw {
  constructor(readonly text: string) {}
}
const raw = (text: string) => new Raw(text);

export type Path = ReadonlyArray<string | number>;

export interface HostileCase {
  /** What was done, for the failure message: `patch.title ← huge string`. */
  name: string;
  /** The request body (or the GET `input` parameter) exactly as sent. */
  text: string;
}

// Written as text: building it as a value would overflow JSON.stringify's stack before the server saw it.
const nested = (depth: number) => raw(`${"[".repeat(depth)}0${"]".repeat(depth)}`);

/** Values of every JSON type and the strings and numbers known to break parsers, databases and pages. */
export const HOSTILE_VALUES: ReadonlyArray<readonly [string, unknown]> = [
  ["null", null],
  ["true", true],
  ["zero", 0],
  ["minus one", -1],
  ["a fraction", 1.5],
  ["2^31 (int4 overflow)", 2_147_483_648],
  ["-2^31-1", -2_147_483_649],
  ["2^53+1", raw("9007199254740993")],
  ["1e308", raw("1e308")],
  ["Infinity (1e999)", raw("1e999")],
  ["-Infinity (-1e999)", raw("-1e999")],
  ["minus zero", raw("-0")],
  ["1e-400", raw("1e-400")],
  ["empty string", ""],
  ["blank string", "   "],
  ["numeric string", "1"],
  ["NaN string", "NaN"],
  ["NUL in a string", "a\u0000b"],
  ["lone high surrogate", "a\ud800b"],
  ["lone low surrogate", "\udfff"],
  ["control characters", "\u0001\u0008\u001b\u007f"],
  ["zero-width and BOM", "\ufeff\u200b\u200d"],
  ["right-to-left override", "\u202etxt.exe"],
  ["markup", '<script>alert(1)</script>"><img src=x onerror=alert(1)>'],
  ["SQL", "' OR 1=1; DROP TABLE reports; --"],
  ["template and format", `\${process.exit()}%s%n{{7*7}}`],
  ["a path", "../../../../etc/passwd"],
  ["__proto__ as a string", "__proto__"],
  ["huge string (1 MB)", "A".repeat(1_000_001)],
  ["empty array", []],
  ["array of null", [null]],
  ["huge array (100k)", new Array(100_000).fill(0)],
  ["deeply nested array (5000)", nested(5_000)],
  ["empty object", {}],
  ["object", { a: 1 }],
  ["__proto__ object", raw('{"__proto__":{"polluted":"yes"}}')],
  ["constructor.prototype object", { constructor: { prototype: { polluted: "yes" } } }],
];

/** Bodies that are not a JSON value, or not one a server should take. */
export const HOSTILE_BODIES: ReadonlyArray<readonly [string, string]> = [
  ["empty body", ""],
  ["not JSON", "hello"],
  ["truncated JSON", '{"a":'],
  ["unbalanced nesting (100k)", "[".repeat(100_000)],
  ["balanced nesting (100k)", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
  ["JSON with a comment", '{/* x */"a":1}'],
  ["single-quoted JSON", "{'a':1}"],
  ["trailing comma", '{"a":1,}'],
  ["byte order mark", '\ufeff{"a":1}'],
  ["NaN literal", "NaN"],
  ["bare string", '"x"'],
  ["duplicate keys", '{"a":1,"a":2}'],
  ["escaped NUL key", '{"\\u0000":1}'],
];

// Placeholders for Raw tokens inside JSON.stringify's output.
const MARK = "\u0001raw:";

/** Serialises a value with Raw tokens written as they are. */
export function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_k, v) => {
    if (v instanceof Raw) {
      raws.push(v.text);
      return `${MARK}${raws.length - 1}`;
    }
    return v;
  });
  return (text ?? "null").replace(/"\\u0001raw:(\d+)"/g, (_m, i) => raws[Number(i)] ?? "null");
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Raw);

/** Every location in a value: the root, each field of each object, each element of each array. */
export function locations(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...locations(v, [...path, i]));
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) out.push(...locations(v, [...path, k]));
  return out;
}

/** A copy of `value` with the location replaced (or, with `remove`, the field deleted). */
export function replaceAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const i = head as number;
    if (remove && rest.length === 0) copy.splice(i, 1);
    else copy[i] = replaceAt(copy[i], rest, replacement, remove);
    return copy;
  }
  if (isObject(value)) {
    const copy: Record<string, unknown> = { ...value };
    const k = head as string;
    if (remove && rest.length === 0) delete copy[k];
    else copy[k] = replaceAt(copy[k], rest, replacement, remove);
    return copy;
  }
  return value;
}

const valueAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, k) => (v === null || typeof v !== "object" ? undefined : (v as Record<string, unknown>)[k]),
    value,
  );

const label = (path: Path) => (path.length ? path.join(".") : "(input)");

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  maxLength?: number;
  minLength?: number;
  maximum?: number;
  minimum?: number;
  exclusiveMaximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
};

/** The JSON Schema of a zod schema's input; constraints zod cannot express in it are simply not used. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** The subschemas that may describe a location (every branch of a union, references followed). */
function schemasAt(root: JsonSchema, path: Path): JsonSchema[] {
  const resolve = (s: JsonSchema): JsonSchema[] => {
    if (s.$ref?.startsWith("#/$defs/")) {
      const def = root.$defs?.[s.$ref.slice("#/$defs/".length)];
      return def ? resolve(def) : [];
    }
    const branches = [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];
    return branches.length ? [s, ...branches.flatMap(resolve)] : [s];
  };
  let current = resolve(root);
  for (const key of path) {
    current = current.flatMap((s) => {
      if (typeof key === "number") {
        const items = Array.isArray(s.items) ? s.items[key] : (s.prefixItems?.[key] ?? s.items);
        return items ? resolve(items as JsonSchema) : [];
      }
      const prop = s.properties?.[key];
      return prop ? resolve(prop) : [];
    });
  }
  return current;
}

/** Values at and just past each limit the schema states for a location. */
function boundaryValues(schemas: JsonSchema[], example: unknown): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const s of schemas) {
    if (s.maxLength !== undefined && s.maxLength <= 50_000_000) {
      out.push([`at maxLength ${s.maxLength}`, "字".repeat(s.maxLength)]);
      out.push([`past maxLength ${s.maxLength}`, "x".repeat(s.maxLength + 1)]);
    }
    if (s.minLength !== undefined && s.minLength > 0)
      out.push([`under minLength ${s.minLength}`, "x".repeat(s.minLength - 1)]);
    if (s.maximum !== undefined) {
      out.push([`at maximum ${s.maximum}`, s.maximum]);
      out.push([`past maximum ${s.maximum}`, s.maximum + 1]);
    }
    if (s.minimum !== undefined) out.push([`under minimum ${s.minimum}`, s.minimum - 1]);
    if (s.maxItems !== undefined && s.maxItems <= 100_000) {
      const element = Array.isArray(example) && example.length ? example[0] : 0;
      out.push([`past maxItems ${s.maxItems}`, new Array(s.maxItems + 1).fill(element)]);
    }
    if (s.minItems !== undefined && s.minItems > 0) out.push([`under minItems ${s.minItems}`, []]);
    if (s.pattern !== undefined) out.push([`not matching ${s.pattern}`, "不合规 value!"]);
    if (s.format !== undefined) out.push([`not a ${s.format}`, `not-a-${s.format}`]);
    if (s.enum !== undefined) out.push(["outside the enum", "not_one_of_them"]);
    if (s.const !== undefined) out.push(["not the constant", "something_else"]);
  }
  return out;
}

/** Every hostile case for one procedure: a list, deterministic, from the schema and a valid example. */
export function hostileCases(schema: z.ZodType, example: unknown): HostileCase[] {
  const root = jsonSchemaOf(schema);
  const cases: HostileCase[] = [];
  for (const path of locations(example)) {
    const here = valueAt(example, path);
    for (const [name, value] of HOSTILE_VALUES)
      cases.push({ name: `${label(path)} ← ${name}`, text: serialize(replaceAt(example, path, value)) });
    for (const [name, value] of boundaryValues(schemasAt(root, path), here))
      cases.push({ name: `${label(path)} ← ${name}`, text: serialize(replaceAt(example, path, value)) });
    if (path.length && typeof path.at(-1) === "string")
      cases.push({
        name: `${label(path)} removed`,
        text: serialize(replaceAt(example, path, undefined, true)),
      });
    if (isObject(here)) {
      const extra = (name: string, key: string, v: unknown) =>
        cases.push({
          name: `${label(path)} + ${name}`,
          text: serialize(replaceAt(example, path, { ...here, [key]: v })),
        });
      extra("an unknown field", "unexpectedField", "x");
      extra("a constructor field", "constructor", { prototype: { polluted: "yes" } });
    }
  }
  // JSON.parse makes "__proto__" an own key; a careless merge of the input would then set a prototype.
  const whole = serialize(example);
  if (whole.startsWith("{") && whole !== "{}")
    cases.push({
      name: "(input) + __proto__ key",
      text: `{"__proto__":{"polluted":"yes"},${whole.slice(1)}`,
    });
  for (const [name, text] of HOSTILE_BODIES) cases.push({ name: `body: ${name}`, text });
  return cases;
}

/** Whether any string in a parsed value holds a character a database cannot store (NUL, a lone surrogate). */
export function holdsUnstorableText(value: unknown): boolean {
  if (typeof value === "string")
    return (
      value.includes("\u0000") ||
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)
    );
  if (Array.isArray(value)) return value.some(holdsUnstorableText);
  if (value && typeof value === "object") return Object.values(value).some(holdsUnstorableText);
  return false;
}
