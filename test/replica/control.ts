/** A host the replica answers for itself: `GET http://replica.control/day/2` switches the day. */
import type { ReplicaSite } from '../../src/demo/types.js';

export function controlSite(setDay: (day: number) => void): ReplicaSite {
  return {
    name: 'control',
    hosts: ['replica.control'],
    handle(request) {
      const match = /^\/day\/(\d+)$/.exec(request.path);
      if (!match) return null;
      setDay(Number(match[1]));
      return { status: 200, body: `day ${match[1]}\n`, noValidators: true };
    },
  };
}
