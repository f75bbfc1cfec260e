import { DivisionCode, Id, PlaceLevel } from "@gongkai/domain";
import { z } from "zod";

export const CreatePlaceInput = z.object({
  id: Id.regex(/^[a-z0-9-]+$/, "lower-case letters, digits and hyphens").optional(),
  level: PlaceLevel,
  name: z.string().trim().min(1).max(40),
  kind: z.string().trim().max(10).nullable().default(null),
  code: DivisionCode.nullable().default(null),
  parentId: Id.nullable(),
  demo: z.boolean().default(false),
});
