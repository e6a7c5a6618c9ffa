import type { PasswordHash } from '../crypto/hash-password.ts';

export interface NewAccount {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'viewer';
  clusterId: string;
  password: PasswordHash;
  now: number;
}

/** A new dashboard account, as a statement (the caller batches it with its audit entry). */
export const insertAccount = (db: D1Database, a: NewAccount): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO account (id, username, display_name, role, cluster_id, password_hash, password_salt,
         password_iterations, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(
      a.id,
      a.username,
      a.displayName,
      a.role,
      a.clusterId,
      a.password.hash,
      a.password.salt,
      a.password.iterations,
      a.now,
    );
