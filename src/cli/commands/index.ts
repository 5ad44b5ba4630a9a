/** The CLI's commands. A new command: a module in this folder, listed here. */
import type { Command } from "../command.js";
import { extractCommand } from "./extract.js";
import { factsCommand } from "./facts.js";
import { checkCommand } from "./check.js";
import { reviewCommand } from "./review.js";
import { batchCommand } from "./batch.js";
import { queryCommand } from "./query.js";
import { exportCommand } from "./export.js";
import { layoutCommand } from "./layout.js";
import { evalCommand } from "./eval.js";
import { dbCommand } from "./db.js";

export const commands: Command[] = [extractCommand, factsCommand, checkCommand, reviewCommand, batchCommand, queryCommand, exportCommand, dbCommand, layoutCommand, evalCommand];
