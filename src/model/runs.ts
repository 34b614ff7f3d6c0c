/** The jobs a run can be and how a run ended, as the store records them. */

export type RunKind = 'watch' | 'links' | 'digest' | 'run';
/** `offline`: the run reached no server at all (see fetch/reachability.ts). */
export type RunStatus = 'running' | 'ok' | 'failed' | 'offline' | 'interrupted' | 'crashed';
