import { z } from "zod";

// zod compiles object parsers with `new Function` when it may; the editor's Content-Security-Policy forbids eval
// (script-src 'self'), so every first parse would report a violation. Parse without compiling instead.
z.config({ jitless: true });
