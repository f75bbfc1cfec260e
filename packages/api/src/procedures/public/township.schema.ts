import { Id } from "@gongkai/domain";
import { z } from "zod";

export const TownshipInput = z.object({ townshipId: Id });
