/** The device a bearer token belongs to; set by `requireDevice`. */
export interface AuthedDevice {
  id: string;
  unitId: string;
  role: string;
}

/** Hono environment shared by every sub-app. */
export interface AppEnv {
  Bindings: Env;
  Variables: { device: AuthedDevice };
}
