// expired: the phrases of its rows (table/expired.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const EXPIRED_RARE: RarePhraseMap = {
  'text.connect-gave-up': ['network is unreachable'],
  'text.mta-queue-timeout': ['it has not been collected after'],
  'text.expired': ['gave up', 'will be deleted from queue', 'failed repeatedly and timed out'],
  'smtp.gave-up-attempts': ['gave up after'],
  'mta.gave-up-wordings': ['prolonged unavailability of its destination'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/expired.ts.
export const EXPIRED_RARE_ROWS = rareRows('expired', [
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.message-expired',
    after: 'sisimai5.failed-to-deliver-domain',
    tier: 'code',
    phrases: ['powermta bounce category: message-expired'],
  },
  {
    id: 'i18n.delayed',
    after: 'smtp.gave-up-attempts',
    tier: 'words',
    phrases: [
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
      '配信が遅延',
      '遅延しています',
      'まだ配信されていません',
      '延迟投递',
      '投递延迟',
      '延遲',
      '尚未投递',
      '전송이 지연',
      '배달 지연',
      '지연되고',
    ],
  },
  {
    id: 'exo.4.4.7-user-text',
    after: 'powermta.message-expired',
    tier: 'fixed',
    phrases: ['and has stopped trying'],
  },
  {
    // chasquid internal/queue/dsn.go: a recipient still pending when the item times out "failed
    // repeatedly and timed out", with Status 4.0.0 and the last error of courier/smtp.go
    id: 'chasquid.timed-out',
    after: 'exo.4.4.7-user-text',
    tier: 'fixed',
    status: ['4.0.0'],
    whenDelayed: 'recipient-system',
    phrases: ['all mxs returned transient failures', 'all servers returned transient failures'],
  },
]);
