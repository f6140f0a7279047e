import { shortDate } from '../sanctuary/format';

/** A cell's colour and words for a record's status. */
export function statusLook(status: 'ok' | 'due' | 'expired' | 'missing' | 'not_required', expiresOn: string | null): { color: 'green' | 'yellow' | 'red' | 'gray'; text: string } {
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
