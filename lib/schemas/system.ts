import { z } from "zod";

/**
 * A system's id as it arrives in a URL. Ids are cuids; anything else cannot name a system, so
 * pages and routes answer 404 without asking the database.
 */
export const systemIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must be a system id (letters, digits, - and _)");
