import "~/schemas/zod-messages";
import { z } from "zod";
import { isIsoDate } from "~/domain/calendar/bangkok-date";

export const DueDateQuerySchema = z.object({
  completedOn: z.string().refine(isIsoDate, "manual:due.badDate"),
});
