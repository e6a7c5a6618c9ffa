import * as v from 'valibot';
import type { FetchLike } from '../../../extension/sync/call-server.ts';
import { type Mutation, PushRequestSchema, PushResponseSchema } from '../../../shared/sync/protocol.ts';
import { toWorker } from './sync-device.ts';

/**
 * What can go wrong with one request of a sync, on the way or at the device:
 * - `lose-request`: it never reaches the server;
 * - `lose-response`: the server applies it, the answer never arrives (the same as the device
 *   crashing between the server's apply and its own acknowledgement);
 * - `duplicate`: it reaches the server twice;
 * - `delay`: a copy of it is held back and reaches the server later, after newer requests;
 * - `reenrol`: the person enrols the device again while this request is under way;
 * - `edit`: the person answers an item on the device while this request is under way.
 */
export type Fault = 'lose-request' | 'lose-response' | 'duplicate' | 'delay' | 'reenrol' | 'edit';

/** A push as it reached the server, to replay after the run. */
export interface DeliveredPush {
  headers: [string, string][];
  body: string;
}

/** A mutation the server answered `applied` (whether or not the device heard the answer). */
export interface AcknowledgedWrite {
  clientId: string;
  mutation: Mutation;
}

/**
 * The network between the devices and the real worker: it injects one fault into a chosen request
 * of a sync, and records what reached the server and what the devices were told was applied.
 */
export class FaultyNetwork {
  readonly delivered: DeliveredPush[] = [];
  readonly acknowledged: AcknowledgedWrite[] = [];
  private readonly held: Request[] = [];
  private plan: { device: string; fault: Fault; at: number; seen: number } | null = null;

  /** Injects `fault` into request number `at` (0-based) of `device`'s next sync. */
  arm(device: string, fault: Fault, at: number): void {
    this.plan = { device, fault, at, seen: 0 };
  }

  disarm(): void {
    this.plan = null;
  }

  /** Delivers every held-back request now, out of order; their answers go nowhere. */
  async flush(): Promise<void> {
    for (const request of this.held.splice(0)) await this.deliver(request);
  }

  /** The fetch of one device; `person` says what the person does when `reenrol` or `edit` strikes. */
  fetchFor(device: string, person: { reenrol(): Promise<void>; edit(): Promise<void> }): FetchLike {
    return async (request) => {
      const plan = this.plan?.device === device ? this.plan : null;
      const fault = plan && plan.seen++ === plan.at ? plan.fault : null;
      if (fault === 'lose-request') throw new TypeError('network: request lost');
      if (fault === 'reenrol') await person.reenrol();
      if (fault === 'edit') await person.edit();
      if (fault === 'delay') this.held.push(request.clone() as Request);
      const copy = fault === 'duplicate' ? (request.clone() as Request) : null;
      let response = await this.deliver(request);
      if (copy) response = await this.deliver(copy);
      if (fault === 'lose-response') throw new TypeError('network: response lost');
      return response;
    };
  }

  private async deliver(request: Request): Promise<Response> {
    const isPush = new URL(request.url).pathname === '/api/v1/sync/push';
    const body = isPush ? await request.clone().text() : null;
    const response = await toWorker(request);
    if (body === null || !response.ok) return response;
    this.delivered.push({ headers: [...request.headers], body });
    const sent = v.parse(PushRequestSchema, JSON.parse(body));
    const answer = v.parse(PushResponseSchema, await response.clone().json());
    const bySeq = new Map(sent.mutations.map((mutation) => [mutation.seq, mutation]));
    for (const result of answer.results)
      if (result.status === 'applied')
        this.acknowledged.push({ clientId: sent.clientId, mutation: bySeq.get(result.seq)! });
    return response;
  }
}
