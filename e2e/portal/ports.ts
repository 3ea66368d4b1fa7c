/** Ports of the portal e2e stack (apart from the other e2e configs, so runs never clash). */
export const PORTAL_BFF_PORT = 18280;
export const PORTAL_EMULATOR_PORT = 18281;
export const PORTAL_IDP_PORT = 18282;
/** The emulator's OBS service (the BFF's OBS endpoints use it). */
export const PORTAL_EMULATOR_OBS_PORT = 18283;
export const PORTAL_ORIGIN = `http://127.0.0.1:${PORTAL_BFF_PORT}`;
export const PORTAL_ISSUER = `http://127.0.0.1:${PORTAL_IDP_PORT}`;
