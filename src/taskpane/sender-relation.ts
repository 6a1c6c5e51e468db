// Is the bounce about the user's own message? If the original sender is someone else, the user
// is either helping them (a forwarded bounce, e.g. an admin) or received backscatter: a bounce
// for mail someone else sent with the user's address as the return address.
import type { Diagnosis } from '../diagnosis/types';
import type { SourceOrigin } from '../office/types';
import { bareAddress, sameAddress } from './addresses';

export type SenderRelation =
  | { readonly kind: 'own-or-unknown' }
  | { readonly kind: 'forwarded' | 'backscatter'; readonly sender: string; readonly user: string };

const FORWARD_PREFIXES = ['fw:', 'fwd:', 'wg:', 'tr:', 'rv:'];

export function senderRelation(
  diagnosis: Diagnosis,
  userAddress: string | null,
  origin: SourceOrigin,
  itemSubject: string | null,
): SenderRelation {
  const sender = bareAddress(diagnosis.original?.from);
  if (!userAddress || !sender || sameAddress(sender, userAddress)) return { kind: 'own-or-unknown' };
  const subject = (itemSubject ?? '').trim().toLowerCase();
  const forwarded = origin !== 'item' || FORWARD_PREFIXES.some((p) => subject.startsWith(p));
  return { kind: forwarded ? 'forwarded' : 'backscatter', sender, user: userAddress };
}
