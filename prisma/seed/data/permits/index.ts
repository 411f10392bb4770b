import type { PermitSeed } from "../../types";
import { buildingConstructionPermit } from "./building-construction-permit";
import { commercialRegistration } from "./commercial-registration";
import { foodPremisesLicence } from "./food-premises-licence";
import { shorterPermits } from "./shorter";

export const permits: PermitSeed[] = [buildingConstructionPermit, foodPremisesLicence, commercialRegistration, ...shorterPermits];
