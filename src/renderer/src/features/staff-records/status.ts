import { shortDate } from '../sanctuary/format';

type Status = 'ok' | 'due' | 'expired' | 'missing' | 'not_required';

/** A record's status in one short badge, e.g. for a list ("Due 10 Jun 2026"). */
export function statusLook(status: Status, expiresOn: string | null): { color: 'green' | 'yellow' | 'red' | 'gray'; text: string } {
  switch (status) {
    case 'ok':
      return { color: 'green', text: expiresOn ? `Until ${shortDate(expiresOn)}` : 'Done' };
    case 'due':
      return { color: 'yellow', text: `Due ${shortDate(expiresOn)}` };
    case 'expired':
      return { color: 'red', text: `Expired ${shortDate(expiresOn)}` };
    case 'missing':
      return { color: 'red', text: 'Missing' };
    case 'not_required':
      return { color: 'gray', text: '—' };
  }
}

/** A record's status as a matrix cell shows it: a one-word badge and the date under it. */
export function cellLook(status: Status, expiresOn: string | null): { color: 'green' | 'yellow' | 'red' | 'gray'; word: string; date: string | null } {
  switch (status) {
    case 'ok':
      return { color: 'green', word: expiresOn ? 'Valid' : 'Done', date: expiresOn ? `until ${shortDate(expiresOn)}` : null };
    case 'due':
      return { color: 'yellow', word: 'Due', date: `by ${shortDate(expiresOn)}` };
    case 'expired':
      return { color: 'red', word: 'Expired', date: `on ${shortDate(expiresOn)}` };
    case 'missing':
      return { color: 'red', word: 'Missing', date: null };
    case 'not_required':
      return { color: 'gray', word: '—', date: null };
  }
}
