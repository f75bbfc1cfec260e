import { DivisionCode, Id } from "@gongkai/domain";
import { z } from "zod";

export const UpdatePlaceInput = z.object({
  placeId: Id,
  name: z.string().trim().min(1).max(40).optional(),
  kind: z.string().trim().max(10).nullable().optional(),
  code: DivisionCode.nullable().optional(),
  demo: z.boolean().optional(),
});
