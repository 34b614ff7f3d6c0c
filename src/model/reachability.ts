/** How much of the network a run reached: judged by fetch/reachability.ts, said by report/offline-text.ts. */
export interface Reachability {
  offline: boolean;
  reached: number;
  total: number;
  hosts: number;
}
