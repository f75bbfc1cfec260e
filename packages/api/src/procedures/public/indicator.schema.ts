import { IndicatorCode } from "@gongkai/domain";
import { z } from "zod";

export const IndicatorInput = z.object({ code: IndicatorCode });
