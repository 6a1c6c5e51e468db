// expired: the phrases of its rows (table/expired.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const EXPIRED_RARE: RarePhrases = {
  'text.connect-gave-up': ['network is unreachable'],
  'text.mta-queue-timeout': ['it has not been collected after'],
  'text.expired': ['gave up', 'will be deleted from queue', 'failed repeatedly and timed out'],
  'smtp.gave-up-attempts': ['gave up after'],
  'i18n.delayed': [
    'verzögert',
    'noch nicht zugestellt',
    'remise différée',
    'retardé',
    "n'a pas encore été remis",
    'pas encore été distribué',
    'entrega retrasada',
    'retrasado',
    'aún no se ha entregado',
    'atrasada',
    'ainda não foi entregue',
    'ritardata',
    'non è stato ancora consegnato',
    'vertraagd',
    'nog niet afgeleverd',
    'nog niet bezorgd',
    'opóźnione',
    'opóźnienie dostarczenia',
    'jeszcze nie dostarczona',
    'zpožděno',
    'zpoždění doručení',
    'dosud nebyla doručena',
    'задерживается',
    'задержка доставки',
    'еще не доставлено',
  ],
  'exo.4.4.7-user-text': ['and has stopped trying'],
  'mta.gave-up-wordings': ['prolonged unavailability of its destination'],
};
