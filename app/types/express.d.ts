// Express ships no types and @types/express is not a dependency: the production server is plain
// JavaScript (app/server/*.mjs). Only its tests import it from TypeScript; there it is untyped.
declare module "express";
