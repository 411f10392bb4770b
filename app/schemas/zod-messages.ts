// Every zod message is a translation key (issue 9). Schemas give their own key where the field
// needs a particular one; this covers the rest (a field missing from a hand-made post, an
// array where a string belongs, a value outside an enum), which zod would otherwise answer
// with an English sentence. Imported for its effect by the form helpers, in browser and server.
import { z } from "zod";

z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "validation:required";
    if (issue.code === "too_big" && issue.origin === "string") return "validation:tooLong";
    if (issue.code === "invalid_value" || issue.code === "invalid_union") return "validation:choose";
    return "validation:invalid";
  },
});
