import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../worker/crypto/sha256-hex.ts';
import { proceduresSql, unitSql } from './seed-sql.ts';

/** One enrolled device of the load bench: what its requests carry. */
export interface LoadDevice {
  id: string;
  /** The bearer token; D1 holds only its SHA-256 (hex), as enrolment stores it. */
  token: string;
  unitId: string;
  /** The one extension install (client id) pushing and pulling for the device. */
  clientId: string;
  /** A distinct `CF-Connecting-IP`, as devices behind different networks would send. */
  ip: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * `units` × `perUnit` devices, each with a random token and its own client id: device k belongs to
 * unit k mod `units`, so every unit has `perUnit` devices writing to it at once.
 */
export function loadDevices(units: number, perUnit: number): LoadDevice[] {
  return Array.from({ length: units * perUnit }, (_, k) => ({
    id: `load-d${pad(k + 1, 3)}`,
    token: randomBytes(24).toString('base64url'),
    unitId: `load-u${pad((k % units) + 1, 2)}`,
    clientId: `load-c${pad(k + 1, 3)}`,
    ip: `10.0.${Math.floor(k / 250)}.${(k % 250) + 1}`,
  }));
}

/**
 * SQL (run with `wrangler d1 execute --local` before the server starts) that creates the devices
 * directly, as enrolment would leave them, since enrolling 100 devices through the API would meet
 * its per-IP limit: the `procedures` bench procedures, every unit with all of them assigned, and a
 * `device` row per device with the SHA-256 of its token. No string holds `;`.
 */
export async function loadSeedSql(devices: readonly LoadDevice[], procedures: number): Promise<string> {
  const units = [...new Set(devices.map((device) => device.unitId))];
  const now = Date.now();
  const rows = await Promise.all(
    devices.map(
      async (device) =>
        `('${device.id}', '${await sha256Hex(device.token)}', '${device.unitId}', 'Máy tải ${device.id}', 'editor', ${now})`,
    ),
  );
  return [
    proceduresSql(procedures),
    ...units.map((unit) => unitSql(unit, procedures)),
    `INSERT INTO device (id, token_hash, unit_id, label, role, created_at) VALUES\n${rows.join(',\n')};`,
  ].join('\n');
}
