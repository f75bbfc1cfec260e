import { z } from "zod";

export const IndicatorsInput = z.object({}).optional();
